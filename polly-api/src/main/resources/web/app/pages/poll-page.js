// One poll: its settings, results as a chart and a table, refreshed every few seconds while open.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { get } from '../api.js';
import { ErrorNotice, Loaded, PageTitle, emojiText, go, useLoad } from '../ui.js';
import { formatInstant } from '../time.js';
import { BarChart } from '../components/bar-chart.js';
import { PollActions } from '../components/poll-actions.js';

export const REFRESH_MS = 5000;

export function PollPage({ ctx }) {
  const id = ctx.route.id;
  const poll = useLoad(() => get(`/api/polls/${id}`), [id]);
  return h(Loaded, { state: poll }, (p) => h(Poll, { p, ctx, reload: poll.reload }));
}

function Poll({ p, ctx, reload }) {
  return h(
    'div',
    null,
    h('p', null, h('a', { href: `#/guilds/${p.guild_id}/polls` }, '← All polls of this server')),
    h(PageTitle, null, p.title),
    p.question && h('p', null, p.question),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Status'), h('dd', { id: 'poll-status' }, p.status),
      h('dt', null, 'Opens'), h('dd', null, formatInstant(p.opens_at, ctx.zone), ' (', ctx.zone, ')'),
      h('dt', null, 'Closes'), h('dd', null, formatInstant(p.closes_at, ctx.zone), ' (', ctx.zone, ')'),
      h('dt', null, 'Voting'), h('dd', { id: 'poll-voting' }, p.anonymous ? 'Anonymous' : 'Public', ', ',
        p.kind === 'ranked' ? 'ranked (instant runoff)' : `up to ${p.max_choices} ${p.max_choices === 1 ? 'choice' : 'choices'}`),
    ),
    h(PollActions, { poll: p, onChanged: reload, onDeleted: () => go(`#/guilds/${p.guild_id}/polls`) }),
    h(Results, { p }),
  );
}

/** Results, re-read every REFRESH_MS while the poll is active: one request at a time per tab. */
function Results({ p }) {
  const [state, setState] = useState({ data: null, error: null });
  useEffect(() => {
    let alive = true;
    let timer = null;
    const tick = async () => {
      try {
        const data = await get(`/api/polls/${p.id}/results`);
        if (alive) setState({ data, error: null });
      } catch (error) {
        if (alive) setState((s) => ({ data: s.data, error }));
      }
      if (alive && p.status === 'active') timer = setTimeout(tick, REFRESH_MS);
    };
    tick();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [p.id, p.status, p.version]);

  const r = state.data;
  return h(
    'section',
    { 'aria-labelledby': 'results-title' },
    h('h2', { id: 'results-title' }, 'Results'),
    h(ErrorNotice, { error: state.error }),
    !r ? h('p', { class: 'loading' }, 'Loading results…') : h(ResultsBody, { r, title: p.title }),
  );
}

function ResultsBody({ r, title }) {
  return h(
    'div',
    { id: 'results' },
    r.anonymous && h('p', { class: 'notice', id: 'anonymous-note' }, 'This poll is anonymous: who voted for what is never recorded or shown.'),
    r.hidden
      ? h('p', { class: 'notice', id: 'hidden-note' }, 'Results are hidden until the poll closes.')
      : h(BarChart, { options: r.options, title: 'Results of ' + title }),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { id: 'results-table' },
        h('caption', { class: 'visually-hidden' }, 'Votes per option'),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col', class: 'num' }, r.kind === 'ranked' ? 'Final round' : 'Votes'), h('th', { scope: 'col', class: 'num' }, 'Share'))),
        h('tbody', null, r.options.map((o) =>
          h('tr', { key: o.position },
            h('th', { scope: 'row' }, (o.emoji ? emojiText(o.emoji) + ' ' : '') + o.label, r.winners.includes(o.position) ? (r.status === 'closed' ? ' (winner)' : ' (leading)') : ''),
            h('td', { class: 'num' }, o.votes == null ? 'hidden' : String(o.votes)),
            h('td', { class: 'num' }, o.percent == null ? 'hidden' : Math.round(o.percent) + '%')))),
      ),
    ),
    !r.hidden && h('p', { id: 'totals' }, r.kind === 'ranked'
      ? `${r.ballots} ballots` + (r.exhausted ? `; ${r.exhausted} of them ranked none of the options left in the final round.` : '.')
      : `${r.total_votes} votes from ${r.total_voters} voters.`),
    !r.hidden && h(Rounds, { r }),
    h('p', { class: 'hint' }, r.status === 'active' ? 'Updates every few seconds while the poll is open.' : ''),
  );
}

/** A ranked poll's instant runoff: ballots per option in each round, and who was eliminated. */
function Rounds({ r }) {
  if (!r.rounds || !r.rounds.length) return null;
  const label = (pos) => (r.options.find((o) => o.position === pos) || { label: `Option ${pos + 1}` }).label;
  const cell = (round, o) => {
    const c = round.counts.find((x) => x.position === o.position);
    return h('td', { class: 'num' }, c ? String(c.votes) : '–');
  };
  return h(
    'section',
    { 'aria-labelledby': 'rounds-title' },
    h('h3', { id: 'rounds-title' }, 'Instant-runoff rounds'),
    h('p', { class: 'hint' }, 'Each round counts every ballot for its highest-ranked option still in the race; the option with the fewest is eliminated, until one has a majority.'),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { id: 'rounds-table' },
        h('caption', { class: 'visually-hidden' }, 'Ballots per option in each round'),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, 'Round'),
          r.options.map((o) => h('th', { scope: 'col', class: 'num', key: o.position }, o.label)),
          h('th', { scope: 'col', class: 'num' }, 'Exhausted'),
          h('th', { scope: 'col' }, 'Eliminated'))),
        h('tbody', null, r.rounds.map((round) =>
          h('tr', { key: round.round },
            h('th', { scope: 'row' }, String(round.round)),
            r.options.map((o) => cell(round, o)),
            h('td', { class: 'num' }, String(round.exhausted)),
            h('td', null, round.eliminated == null ? '' : label(round.eliminated))))),
      ),
    ),
    r.tie && h('p', { id: 'runoff-tie' }, 'The final round is a tie.'),
  );
}
