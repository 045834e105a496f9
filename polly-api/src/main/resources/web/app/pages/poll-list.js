// A server's polls: status filter, paging and the actions on each poll.
import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { get, patch } from '../api.js';
import { Loaded, PageTitle, go, useLoad } from '../ui.js';
import { formatInstant } from '../time.js';
import { PollActions } from '../components/poll-actions.js';

const SIZE = 10;
const STATUSES = [
  ['', 'All'],
  ['scheduled', 'Scheduled'],
  ['active', 'Active'],
  ['closed', 'Closed'],
];

export function PollList({ ctx }) {
  const guildId = ctx.route.id;
  const status = ctx.route.query.status || '';
  const page = Number(ctx.route.query.page || 1);
  const guild = useLoad(async () => (await get('/api/guilds')).find((g) => g.id === guildId), [guildId]);
  const polls = useLoad(
    () => get(`/api/polls?guild=${guildId}&page=${page}&size=${SIZE}` + (status ? `&status=${status}` : '')),
    [guildId, status, page],
  );

  useEffect(() => {
    if (ctx.prefs.last_guild_id !== guildId) {
      patch('/api/me/preferences', { last_guild_id: guildId }).then(
        (prefs) => ctx.setSession({ me: ctx.me, prefs }),
        () => {},
      );
    }
  }, [guildId]);

  const to = (s, p) => go(`#/guilds/${guildId}/polls?` + new URLSearchParams({ status: s, page: String(p) }));
  const name = guild.data ? guild.data.name : 'Server';
  return h(
    'div',
    null,
    h(PageTitle, { text: 'Polls in ' + name }, 'Polls in ', name),
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        null,
        h('label', { for: 'status-filter' }, 'Show'),
        h(
          'select',
          { id: 'status-filter', value: status, onChange: (e) => to(e.target.value, 1) },
          STATUSES.map(([v, label]) => h('option', { value: v }, label)),
        ),
      ),
      h('div', { class: 'narrow' }, h('a', { class: 'button primary', href: `#/guilds/${guildId}/polls/new`, id: 'new-poll' }, 'New poll')),
    ),
    h(Loaded, { state: polls }, (data) => h(Items, { data, ctx, reload: polls.reload, to: (p) => to(status, p) })),
  );
}

function Items({ data, ctx, reload, to }) {
  const pages = Math.max(1, Math.ceil(data.total / data.page_size));
  if (data.items.length === 0) return h('p', { id: 'no-polls' }, 'No polls here yet.');
  return h(
    'div',
    null,
    h(
      'ul',
      { class: 'poll-list', id: 'polls' },
      data.items.map((p) =>
        h(
          'li',
          { 'data-poll': p.id, key: p.id },
          h('h2', null, h('a', { href: `#/polls/${p.id}` }, p.title)),
          h(
            'p',
            { class: 'muted' },
            h('span', { class: 'badge', 'data-status': p.status }, p.status),
            ' Opens ',
            formatInstant(p.opens_at, ctx.zone),
            ' · closes ',
            formatInstant(p.closes_at, ctx.zone),
          ),
          h(PollActions, { poll: p, onChanged: reload, onDeleted: reload }),
        ),
      ),
    ),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      data.page > 1 && h('button', { type: 'button', onClick: () => to(data.page - 1) }, 'Previous page'),
      h('span', { id: 'page-info' }, `Page ${data.page} of ${pages} (${data.total} polls)`),
      data.page < pages && h('button', { type: 'button', onClick: () => to(data.page + 1) }, 'Next page'),
    ),
  );
}
