// Create or edit a poll: every field the API takes, 422 errors GOV.UK-style, drafts, import.
import { h } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ApiError, creationKeys, get, patch, post, put } from '../api.js';
import { ErrorNotice, Loaded, PageTitle, go, useLoad } from '../ui.js';
import { ErrorSummary } from '../components/error-summary.js';
import { PollFields } from '../components/poll-fields.js';
import { describeField, emptyModel, fromPoll, toOpenEdit, toRequest } from '../form-model.js';
import { deleteDraft, loadDraft, useAutosave } from '../drafts.js';

async function loadForm(ctx) {
  const editing = ctx.route.name === 'pollEdit';
  const poll = editing ? await get(`/api/polls/${ctx.route.id}`) : null;
  const guildId = editing ? poll.guild_id : ctx.route.id;
  const base = `/api/guilds/${guildId}`;
  const [guilds, channels, roles, emojis] = await Promise.all([
    get('/api/guilds'), get(base + '/channels'), get(base + '/roles'), get(base + '/emojis'),
  ]);
  const key = editing ? `poll-${poll.id}` : `new-${guildId}`;
  const draft = await loadDraft(key);
  const guild = { id: guildId, name: (guilds.find((g) => g.id === guildId) || {}).name || 'Server', channels, roles, emojis };
  return { poll, guild, key, draft: draft && (!poll || draft.data.version === poll.version) ? draft : null };
}

export function PollForm({ ctx }) {
  const state = useLoad(() => loadForm(ctx), [ctx.route.name, ctx.route.id]);
  return h(Loaded, { state }, (data) => h(Form, { ctx, data }));
}

/** Times of an open poll are shown and sent in the poll's own zone; others in the user's. */
const zoneOf = (ctx, poll) => (poll && poll.status === 'active' && poll.timezone) || ctx.zone;

function initial(ctx, data) {
  if (data.poll) return fromPoll(data.poll, zoneOf(ctx, data.poll));
  const last = ctx.prefs.last_channel_id;
  return emptyModel(data.guild.channels.some((c) => c.id === last) ? last : '');
}

function Form({ ctx, data }) {
  const { poll, guild, key } = data;
  const open = !!poll && poll.status === 'active';
  const zone = zoneOf(ctx, poll);
  const [m, setM] = useState(data.draft ? data.draft.data.model : initial(ctx, data));
  const [restored, setRestored] = useState(!!data.draft);
  const [summary, setSummary] = useState([]);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const keyFor = useRef(creationKeys()).current;
  const set = (patchObj) => setM((old) => ({ ...old, ...patchObj }));
  const saved = useAutosave(key, { model: m, version: poll ? poll.version : null }, !busy);

  const discard = () => {
    deleteDraft(key);
    setM(initial(ctx, data));
    setRestored(false);
  };
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = open ? toOpenEdit(m, guild.id, poll.version) : toRequest(m, guild.id, ctx.zone, poll ? poll.version : null);
      const result = poll ? await put(`/api/polls/${poll.id}`, body) : await post('/api/polls', body, keyFor(body));
      await deleteDraft(key);
      if (body.channel_id && body.channel_id !== ctx.prefs.last_channel_id) {
        await patch('/api/me/preferences', { last_channel_id: body.channel_id }).then((prefs) => ctx.setSession({ me: ctx.me, prefs }), () => {});
      }
      go(`#/polls/${result.id}`);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 422 && err.errors.length) {
        setSummary(err.errors.map((fe) => describeField(fe.field, fe.message, m)));
      } else {
        setSummary([]);
        setError(err);
      }
    }
  };
  const errors = Object.fromEntries(summary.filter((s) => s.id).map((s) => [s.id, s.text]));
  const title = open ? 'Edit open poll' : poll ? 'Edit poll' : 'New poll in ' + guild.name;
  return h(
    'div',
    null,
    h(ErrorSummary, { items: summary }),
    h(PageTitle, null, title),
    restored &&
      h('div', { class: 'notice ok', id: 'draft-restored' },
        h('p', null, 'Your unsaved draft was restored.'),
        h('button', { type: 'button', onClick: discard }, 'Discard draft')),
    open &&
      h('p', { class: 'notice', id: 'open-edit-note' },
        'This poll is open. You can change its title, question, close time and reminder; its options only until the first vote. Everything else stays as it is, and Polly updates the message in Discord.'),
    !poll && h(Import, { set: setM, zone: ctx.zone, guild, onError: setError }),
    h(ErrorNotice, { error, focus: true }),
    h(
      'form',
      { noValidate: true, onSubmit: submit, id: 'poll-form' },
      h(PollFields, { m, set, errors, guild, zone, open }),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', disabled: busy, id: 'submit-poll' }, poll ? 'Save changes' : 'Create poll'),
        h('a', { href: poll ? `#/polls/${poll.id}` : `#/guilds/${guild.id}/polls` }, 'Cancel')),
      h('p', { class: 'hint', role: 'status', 'aria-live': 'polite', id: 'draft-status' }, saved),
    ),
  );
}

function Import({ set, zone, guild, onError }) {
  const onFile = async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    try {
      const parsed = JSON.parse(await file.text());
      if (!parsed || typeof parsed.poll !== 'object') throw new Error('not an export');
      const p = parsed.poll;
      const minutes = p.opens_at && p.closes_at ? Math.round((Date.parse(p.closes_at) - Date.parse(p.opens_at)) / 60000) : p.duration_minutes;
      const model = fromPoll({ ...p, opens_at: null, closes_at: null, duration_minutes: minutes || 1440 }, zone);
      if (!guild.channels.some((c) => c.id === model.channel_id)) model.channel_id = '';
      set(model);
      onError(null);
    } catch (err) {
      onError(new ApiError(-1, 'bad_import', 'That file is not a Polly JSON export.'));
    }
  };
  return h('div', { class: 'field' },
    h('label', { for: 'import-file' }, 'Import from a JSON export (optional)'),
    h('p', { class: 'hint', id: 'import-hint' }, 'Fills this form from a poll exported as JSON. Nothing is saved until you create the poll.'),
    h('input', { id: 'import-file', type: 'file', accept: 'application/json,.json', 'aria-describedby': 'import-hint', onChange: onFile }));
}
