// Entry point: loads who is signed in, then renders the page the hash route names.
import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { get, onUnauthorized } from './api.js';
import { parseHash } from './router.js';
import { ErrorNotice, PageTitle } from './ui.js';
import { SignedOut } from './pages/signed-out.js';
import { Servers } from './pages/servers.js';
import { PollList } from './pages/poll-list.js';
import { PollForm } from './pages/poll-form.js';
import { PollPage } from './pages/poll-page.js';
import { Preferences } from './pages/preferences.js';
import { browserZone } from './time.js';

const PAGES = {
  servers: Servers,
  pollList: PollList,
  pollNew: PollForm,
  pollEdit: PollForm,
  poll: PollPage,
  preferences: Preferences,
};

async function loadSession() {
  try {
    const [me, prefs] = await Promise.all([get('/api/me'), get('/api/me/preferences')]);
    return { me, prefs };
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

function TopBar({ me }) {
  return h(
    'header',
    { class: 'topbar' },
    h('a', { class: 'brand', href: '#/' }, 'Polly'),
    me &&
      h(
        'nav',
        { 'aria-label': 'Main' },
        h(
          'ul',
          null,
          h('li', null, h('a', { href: '#/servers' }, 'Servers')),
          h('li', null, h('a', { href: '#/preferences' }, 'Preferences')),
          h('li', { class: 'muted' }, 'Signed in as ', h('span', { id: 'whoami' }, me.username)),
        ),
      ),
  );
}

function App() {
  const [route, setRoute] = useState(parseHash(location.hash));
  const [session, setSession] = useState(undefined);
  const [error, setError] = useState(null);

  const refresh = () =>
    loadSession().then(
      (s) => {
        setError(null);
        setSession(s);
      },
      (e) => setError(e),
    );

  useEffect(() => {
    onUnauthorized(() => setSession(null));
    const onHash = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onHash);
    refresh();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  let page;
  if (error) {
    page = h('div', null, h(PageTitle, null, 'Polly'), h(ErrorNotice, { error, onRetry: refresh }));
  } else if (session === undefined) {
    page = h('p', { class: 'loading' }, 'Loading…');
  } else if (session === null) {
    page = h(SignedOut, { onSignedIn: refresh });
  } else {
    const zone = session.prefs.timezone || browserZone();
    const ctx = { ...session, zone, route, refreshSession: refresh, setSession };
    const name = route.name === 'home' ? 'servers' : route.name;
    const Page = PAGES[name];
    page = Page
      ? h(Page, { key: name + ':' + (route.id || ''), ctx, home: route.name === 'home' })
      : h('div', null, h(PageTitle, null, 'Page not found'), h('a', { href: '#/' }, 'Go to your servers'));
  }
  return h(
    'div',
    null,
    h(TopBar, { me: session && session.me }),
    h('main', { id: 'main' }, page),
  );
}

const root = document.getElementById('root');
root.textContent = ''; // the "Loading Polly…" placeholder of index.html
render(h(App), root);
