// Server picker: the servers the user manages; an invite link where the bot is missing.
import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { get } from '../api.js';
import { Loaded, PageTitle, go, useLoad } from '../ui.js';

export function Servers({ ctx, home }) {
  const last = ctx.prefs.last_guild_id;
  const guilds = useLoad(() => get('/api/guilds'), []);

  useEffect(() => {
    // "#/" opens the server used last time, when it is still there
    if (home && last && guilds.data && guilds.data.some((g) => g.id === last && g.bot_present !== false)) {
      go(`#/guilds/${last}/polls`);
    }
  }, [guilds.data]);

  return h(
    'div',
    null,
    h(PageTitle, null, 'Your servers'),
    h(Loaded, { state: guilds }, (list) =>
      list.length === 0
        ? h('p', null, 'You do not manage any server yet. You need the Manage Server permission.')
        : h(
            'ul',
            { class: 'cards', id: 'servers' },
            sortLastFirst(list, last).map((g) => h(ServerCard, { g, last: g.id === last })),
          ),
    ),
  );
}

function sortLastFirst(list, last) {
  return [...list].sort((a, b) => (b.id === last) - (a.id === last));
}

function ServerCard({ g, last }) {
  const present = g.bot_present !== false;
  return h(
    'li',
    { class: 'card', 'data-guild': g.id },
    h('h2', null, g.name),
    last && h('p', { class: 'badge' }, 'Last used'),
    present
      ? h('a', { class: 'button primary', href: `#/guilds/${g.id}/polls` }, 'Open polls', h('span', { class: 'visually-hidden' }, ' of ' + g.name))
      : h(
          'div',
          null,
          h('p', { class: 'muted' }, 'Polly is not in this server yet.'),
          g.invite_url &&
            h(
              'a',
              { class: 'button', href: g.invite_url, target: '_blank', rel: 'noopener noreferrer' },
              'Invite Polly to ' + g.name,
            ),
        ),
  );
}
