// The create/edit form's state: built from a poll, a draft or an export, and turned into the
// API's request body. Field names of 422 errors map to the inputs' ids here.
import { toLocalInput } from './time.js';

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 25;
const UNITS = { minutes: 1, hours: 60, days: 1440 };

export function emptyModel(channelId) {
  return {
    title: '',
    question: '',
    options: [
      { label: '', emoji: '' },
      { label: '', emoji: '' },
    ],
    channel_id: channelId || '',
    allowed_role_id: '',
    ping_role_id: '',
    ping_on_open: false,
    ping_on_close: false,
    anonymous: false,
    hide_results: false,
    max_choices: 1,
    kind: 'choice',
    image_url: '',
    opens_mode: 'now',
    opens_at: '',
    closes_mode: 'duration',
    duration_value: 1,
    duration_unit: 'days',
    closes_at: '',
    remind_before_minutes: '',
  };
}

/** The form for an existing poll (or an export's poll), times shown in zone. */
export function fromPoll(p, zone) {
  const m = emptyModel(p.channel_id);
  Object.assign(m, {
    title: p.title || '',
    question: p.question || '',
    options: (p.options || []).map((o) => ({ label: o.label || '', emoji: o.emoji || '' })),
    allowed_role_id: p.allowed_role_id || '',
    ping_role_id: p.ping_role_id || '',
    ping_on_open: !!p.ping_on_open,
    ping_on_close: !!p.ping_on_close,
    anonymous: !!p.anonymous,
    hide_results: !!p.hide_results,
    max_choices: p.max_choices || 1,
    kind: p.kind === 'ranked' ? 'ranked' : 'choice',
    image_url: p.image_url || '',
    remind_before_minutes: p.remind_before_minutes || '',
  });
  if (p.opens_at) Object.assign(m, { opens_mode: 'at', opens_at: toLocalInput(p.opens_at, zone) });
  if (p.closes_at) Object.assign(m, { closes_mode: 'at', closes_at: toLocalInput(p.closes_at, zone) });
  else if (p.duration_minutes) Object.assign(m, { duration_value: p.duration_minutes, duration_unit: 'minutes' });
  while (m.options.length < MIN_OPTIONS) m.options.push({ label: '', emoji: '' });
  return m;
}

/**
 * The edit of an open poll: only what may change once it is open (title, question, options while
 * nobody has voted, close time, reminder); local times are in the poll's own zone, and a duration
 * counts from the poll's open time.
 */
export function toOpenEdit(m, guildId, version) {
  const body = {
    guild_id: guildId,
    title: m.title,
    question: m.question || null,
    options: m.options.map((o) => ({ label: o.label, emoji: o.emoji || null })),
    remind_before_minutes: Number(m.remind_before_minutes) || null,
    version,
  };
  if (m.closes_mode === 'at') body.closes_at = m.closes_at || null;
  else body.duration_minutes = Math.round(Number(m.duration_value) * UNITS[m.duration_unit]) || null;
  return body;
}

/** The API request body; local times are sent without offset, with the zone they are in. */
export function toRequest(m, guildId, zone, version) {
  const body = {
    guild_id: guildId,
    channel_id: m.channel_id || null,
    title: m.title,
    question: m.question || null,
    options: m.options.map((o) => ({ label: o.label, emoji: o.emoji || null })),
    anonymous: m.anonymous,
    hide_results: m.hide_results,
    max_choices: m.kind === 'ranked' ? 1 : Number(m.max_choices) || 1,
    kind: m.kind,
    allowed_role_id: m.allowed_role_id || null,
    ping_role_id: m.ping_role_id || null,
    ping_on_open: m.ping_on_open,
    ping_on_close: m.ping_on_close,
    image_url: m.image_url || null,
    opens_at: m.opens_mode === 'at' ? m.opens_at || null : null,
    timezone: zone,
    remind_before_minutes: Number(m.remind_before_minutes) || null,
  };
  if (m.closes_mode === 'at') body.closes_at = m.closes_at || null;
  else body.duration_minutes = Math.round(Number(m.duration_value) * UNITS[m.duration_unit]) || null;
  if (version != null) body.version = version;
  return body;
}

const LABELS = {
  guild_id: 'Server',
  channel_id: 'Channel',
  title: 'Title',
  question: 'Question',
  options: 'Options',
  max_choices: 'Most choices per voter',
  kind: 'Kind',
  allowed_role_id: 'Who can vote',
  ping_role_id: 'Role to ping',
  image_url: 'Image URL',
  opens_at: 'Opens at',
  closes_at: 'Closes at',
  duration_minutes: 'Duration',
  timezone: 'Time zone',
  remind_before_minutes: 'Reminder',
};

/** {id, text} for one API field error: the input to link to and the full sentence. */
export function describeField(field, message, m) {
  const opt = /^options\[(\d+)\](?:\.(label|emoji))?$/.exec(field);
  if (opt) {
    const n = Number(opt[1]);
    const part = opt[2] === 'emoji' ? ' emoji' : '';
    return { id: `f-option-${n}${part ? '-emoji' : ''}`, text: `Option ${n + 1}${part} ${message}` };
  }
  const ids = {
    channel_id: 'f-channel',
    title: 'f-title',
    question: 'f-question',
    options: 'f-option-0',
    max_choices: m.kind === 'ranked' ? 'f-kind-ranked' : 'f-max-choices',
    kind: 'f-kind-choice',
    allowed_role_id: 'f-allowed-role',
    ping_role_id: 'f-ping-role',
    image_url: 'f-image-url',
    opens_at: m.opens_mode === 'at' ? 'f-opens-at' : 'f-opens-now',
    closes_at: m.closes_mode === 'at' ? 'f-closes-at' : 'f-duration',
    duration_minutes: 'f-duration',
    timezone: 'f-timezone',
    remind_before_minutes: 'f-remind',
  };
  return { id: ids[field] || null, text: `${LABELS[field] || field} ${message}` };
}
