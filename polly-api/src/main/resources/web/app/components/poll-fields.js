// The inputs of the create/edit form; state lives in the page, errors come keyed by input id.
import { h } from 'preact';
import { Field } from './error-summary.js';
import { EmojiPicker } from './emoji-picker.js';
import { MAX_OPTIONS, MIN_OPTIONS } from '../form-model.js';

const text = (m, set, key, extra = {}) => (a) =>
  h('input', { ...a, type: 'text', value: m[key], onInput: (e) => set({ [key]: e.target.value }), ...extra });

const check = (m, set, key, id, label) =>
  h('div', { class: 'field' }, h('label', { class: 'check', for: id },
    h('input', { id, type: 'checkbox', checked: m[key], onChange: (e) => set({ [key]: e.target.checked }) }), label));

const select = (m, set, key, items, none) => (a) =>
  h('select', { ...a, value: m[key], onChange: (e) => set({ [key]: e.target.value }) },
    h('option', { value: '' }, none), items.map((it) => h('option', { value: it.id }, it.name)));

/** All of a poll's inputs; for an {@code open} poll only those that may still change. */
export function PollFields({ m, set, errors, guild, zone, open = false }) {
  const setOption = (i, patch) => set({ options: m.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  return h(
    'div',
    null,
    h(Field, { id: 'f-title', label: 'Title', error: errors['f-title'] }, text(m, set, 'title', { maxLength: 256 })),
    h(Field, { id: 'f-question', label: 'Question (optional)', error: errors['f-question'] }, (a) =>
      h('textarea', { ...a, rows: 3, maxLength: 1000, value: m.question, onInput: (e) => set({ question: e.target.value }) })),
    h(
      'fieldset',
      { id: 'options' },
      h('legend', null, `Options (${MIN_OPTIONS} to ${MAX_OPTIONS})`),
      m.options.map((o, i) => h(OptionRow, { key: i, i, o, m, set, setOption, errors, emojis: guild.emojis })),
      m.options.length < MAX_OPTIONS &&
        h('button', { type: 'button', id: 'add-option', onClick: () => set({ options: [...m.options, { label: '', emoji: '' }] }) }, 'Add option'),
    ),
    !open && h(Settings, { m, set, errors, guild }),
    h(Timing, { m, set, errors, zone, open }),
    h(Field, { id: 'f-remind', label: 'Reminder before the close, in minutes (optional)', hint: 'Polly posts a reminder in the channel this long before the poll closes.', error: errors['f-remind'] },
      (a) => h('input', { ...a, type: 'number', min: 1, value: m.remind_before_minutes, onInput: (e) => set({ remind_before_minutes: e.target.value }) })),
  );
}

/** What is fixed once a poll opens: where it is posted, who votes and how, pings, image. */
function Settings({ m, set, errors, guild }) {
  return h(
    'div',
    null,
    h(Field, { id: 'f-channel', label: 'Channel', hint: 'Only channels where Polly can post are listed.', error: errors['f-channel'] },
      select(m, set, 'channel_id', guild.channels.map((c) => ({ id: c.id, name: '#' + c.name })), 'Choose a channel')),
    h(Field, { id: 'f-allowed-role', label: 'Who can vote', error: errors['f-allowed-role'] },
      select(m, set, 'allowed_role_id', guild.roles, 'Everyone')),
    h(Field, { id: 'f-ping-role', label: 'Role to ping', error: errors['f-ping-role'] },
      select(m, set, 'ping_role_id', guild.roles, 'Nobody')),
    check(m, set, 'ping_on_open', 'f-ping-open', 'Ping the role when the poll opens'),
    check(m, set, 'ping_on_close', 'f-ping-close', 'Ping the role when the poll closes'),
    check(m, set, 'anonymous', 'f-anonymous', 'Anonymous: nobody can see who voted for what'),
    check(m, set, 'hide_results', 'f-hide-results', 'Hide results until the poll closes'),
    h(Kind, { m, set, errors }),
    m.kind !== 'ranked' &&
      h(Field, { id: 'f-max-choices', label: 'Most choices per voter', error: errors['f-max-choices'] }, (a) =>
        h('input', { ...a, type: 'number', min: 1, max: m.options.length, value: m.max_choices, onInput: (e) => set({ max_choices: e.target.value }) })),
    h(Field, { id: 'f-image-url', label: 'Image URL (optional)', hint: 'An https link to an image shown with the poll.', error: errors['f-image-url'] },
      (a) => h('input', { ...a, type: 'url', value: m.image_url, onInput: (e) => set({ image_url: e.target.value }) })),
  );
}

function OptionRow({ i, o, m, set, setOption, errors, emojis }) {
  const id = `f-option-${i}`;
  const err = errors[id] || errors[id + '-emoji'];
  return h(
    'div',
    { class: 'field' + (err ? ' has-error' : '') },
    err && h('p', { class: 'error-message', id: id + '-error' }, h('span', { class: 'visually-hidden' }, 'Error: '), err),
    h(
      'div',
      { class: 'option-row' },
      h('div', { class: 'label-input' },
        h('label', { for: id }, `Option ${i + 1}`),
        h('input', { id, type: 'text', maxLength: 80, value: o.label, 'aria-describedby': err ? id + '-error' : undefined,
          'aria-invalid': errors[id] ? 'true' : undefined, onInput: (e) => setOption(i, { label: e.target.value }) })),
      h(EmojiPicker, { id: id + '-emoji', label: `Option ${i + 1} emoji`, value: o.emoji, emojis,
        describedBy: err ? id + '-error' : undefined, invalid: errors[id + '-emoji'] ? 'true' : undefined,
        onPick: (v) => setOption(i, { emoji: v }) }),
      m.options.length > MIN_OPTIONS &&
        h('button', { type: 'button', class: 'narrow', onClick: () => set({ options: m.options.filter((_, j) => j !== i) }) },
          'Remove', h('span', { class: 'visually-hidden' }, ` option ${i + 1}`)),
    ),
  );
}

/** Choice (pick up to N options) or ranked (rank the options; counted by instant runoff). */
function Kind({ m, set, errors }) {
  const error = errors['f-kind-choice'] || errors['f-kind-ranked'];
  const radio = (value, id, label) =>
    h('label', { class: 'check', for: id }, h('input', { id, type: 'radio', name: 'kind', value, checked: m.kind === value,
      onChange: () => set({ kind: value }) }), label);
  return h('fieldset', { class: 'field' + (error ? ' has-error' : '') },
    h('legend', null, 'Kind of poll'),
    error && h('p', { class: 'error-message' }, error),
    radio('choice', 'f-kind-choice', 'Choice: members pick options'),
    radio('ranked', 'f-kind-ranked', 'Ranked: members rank the options, counted by instant runoff'));
}

function Timing({ m, set, errors, zone, open }) {
  const radio = (name, value, id, label) =>
    h('label', { class: 'check', for: id }, h('input', { id, type: 'radio', name, value, checked: m[name] === value,
      onChange: () => set({ [name]: value }) }), label);
  return h(
    'fieldset',
    null,
    h('legend', null, 'When'),
    open
      ? h('p', { class: 'hint', id: 'f-timezone' }, 'Times are in the poll\'s time zone, ', h('strong', null, zone), '.')
      : h('p', { class: 'hint', id: 'f-timezone' }, 'Times are in ', h('strong', null, zone), ' (change it in ', h('a', { href: '#/preferences' }, 'Preferences'), ').'),
    errors['f-timezone'] && h('p', { class: 'error-message' }, errors['f-timezone']),
    !open && h('div', { class: 'field' + (errors['f-opens-now'] || errors['f-opens-at'] ? ' has-error' : ''), role: 'radiogroup', 'aria-label': 'Opens' },
      errors['f-opens-now'] && h('p', { class: 'error-message' }, errors['f-opens-now']),
      radio('opens_mode', 'now', 'f-opens-now', 'Open now'),
      radio('opens_mode', 'at', 'f-opens-later', 'Open at a time')),
    !open && m.opens_mode === 'at' && h(Field, { id: 'f-opens-at', label: `Opens at (${zone})`, error: errors['f-opens-at'] }, (a) =>
      h('input', { ...a, type: 'datetime-local', value: m.opens_at, onInput: (e) => set({ opens_at: e.target.value }) })),
    h('div', { class: 'field', role: 'radiogroup', 'aria-label': 'Closes' },
      radio('closes_mode', 'duration', 'f-closes-after', 'Close after a duration'),
      radio('closes_mode', 'at', 'f-closes-later', 'Close at a time')),
    m.closes_mode === 'at'
      ? h(Field, { id: 'f-closes-at', label: `Closes at (${zone})`, error: errors['f-closes-at'] }, (a) =>
          h('input', { ...a, type: 'datetime-local', value: m.closes_at, onInput: (e) => set({ closes_at: e.target.value }) }))
      : h('div', { class: 'row' },
          h(Field, { id: 'f-duration', label: open ? 'Duration from the open time' : 'Duration', error: errors['f-duration'] }, (a) =>
            h('input', { ...a, type: 'number', min: 1, value: m.duration_value, onInput: (e) => set({ duration_value: e.target.value }) })),
          h(Field, { id: 'f-duration-unit', label: 'Unit' }, (a) =>
            h('select', { ...a, value: m.duration_unit, onChange: (e) => set({ duration_unit: e.target.value }) },
              ['minutes', 'hours', 'days'].map((u) => h('option', { value: u }, u))))),
  );
}
