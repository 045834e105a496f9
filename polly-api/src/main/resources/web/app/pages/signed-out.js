// Signed out: what Polly is, and the ways in (Discord, or the demo user in demo mode).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { get, post } from '../api.js';
import { ErrorNotice, Loaded, PageTitle, useLoad } from '../ui.js';

export function SignedOut({ onSignedIn }) {
  const options = useLoad(() => get('/auth/options'), []);
  const [error, setError] = useState(null);
  const demo = async () => {
    try {
      await post('/auth/demo');
      onSignedIn();
    } catch (e) {
      setError(e);
    }
  };
  return h(
    'div',
    null,
    h(PageTitle, null, 'Polls for your Discord server'),
    h(
      'p',
      null,
      'Polly runs polls in your Discord channels. Create them here or with slash commands, ',
      'schedule when they open and close, and watch the results come in.',
    ),
    h(
      'ul',
      null,
      h('li', null, 'Up to 25 options, with emojis from your server'),
      h('li', null, 'Anonymous polls and hidden results until the poll closes'),
      h('li', null, 'Export the results as CSV or JSON'),
    ),
    h(ErrorNotice, { error }),
    h(Loaded, { state: options }, (o) =>
      h(
        'div',
        { class: 'actions' },
        o.discord_login &&
          h('a', { class: 'button primary', href: '/auth/login', id: 'sign-in' }, 'Sign in with Discord'),
        o.demo &&
          h('button', { type: 'button', id: 'demo-sign-in', onClick: demo }, 'Continue as demo user'),
      ),
    ),
  );
}
