// Preferences: time zone (searchable), default server and channel, sign out (here or everywhere).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, get, post, put } from '../api.js';
import { ErrorNotice, Loaded, PageTitle, useLoad } from '../ui.js';
import { ErrorSummary, Field } from '../components/error-summary.js';
import { allZones, browserZone } from '../time.js';

const IDS = { timezone: 'p-timezone', last_guild_id: 'p-guild', last_channel_id: 'p-channel' };
const LABELS = { timezone: 'Time zone', last_guild_id: 'Default server', last_channel_id: 'Default channel' };

export function Preferences({ ctx }) {
  const guilds = useLoad(() => get('/api/guilds'), []);
  return h(
    'div',
    null,
    h(PageTitle, null, 'Preferences'),
    h(Loaded, { state: guilds }, (list) => h(PrefsForm, { ctx, guilds: list.filter((g) => g.bot_present !== false) })),
    h(SignOut, { ctx }),
  );
}

function PrefsForm({ ctx, guilds }) {
  const p = ctx.prefs;
  const [zone, setZone] = useState(p.timezone || browserZone());
  const [guildId, setGuildId] = useState(p.last_guild_id || '');
  const [channelId, setChannelId] = useState(p.last_channel_id || '');
  const [channels, setChannels] = useState([]);
  const [summary, setSummary] = useState([]);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    if (!guildId) return setChannels([]);
    get(`/api/guilds/${guildId}/channels`).then(setChannels, () => setChannels([]));
  }, [guildId]);

  const save = async (e) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    try {
      const prefs = await put('/api/me/preferences', {
        timezone: zone.trim(),
        last_guild_id: guildId || null,
        last_channel_id: channelId || null,
        last_role_id: p.last_role_id || null,
      });
      setSummary([]);
      ctx.setSession({ me: ctx.me, prefs });
      setSaved('Your preferences are saved.');
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.errors.length) {
        setSummary(err.errors.map((fe) => ({ id: IDS[fe.field] || null, text: `${LABELS[fe.field] || fe.field} ${fe.message}` })));
      } else {
        setError(err);
      }
    }
  };
  const errors = Object.fromEntries(summary.filter((s) => s.id).map((s) => [s.id, s.text]));
  return h(
    'form',
    { noValidate: true, onSubmit: save, id: 'prefs-form' },
    h(ErrorSummary, { items: summary }),
    h(ErrorNotice, { error }),
    h(Field, { id: 'p-timezone', label: 'Time zone', hint: 'Type to search, e.g. Europe/Paris. Poll times are shown and entered in this zone.', error: errors['p-timezone'] }, (a) =>
      h('div', null,
        h('input', { ...a, type: 'text', list: 'zones', autocomplete: 'off', value: zone, onInput: (e) => setZone(e.target.value) }),
        h('datalist', { id: 'zones' }, allZones().map((z) => h('option', { value: z }))))),
    h(Field, { id: 'p-guild', label: 'Default server', error: errors['p-guild'] }, (a) =>
      h('select', { ...a, value: guildId, onChange: (e) => (setGuildId(e.target.value), setChannelId('')) },
        h('option', { value: '' }, 'None'), guilds.map((g) => h('option', { value: g.id }, g.name)))),
    h(Field, { id: 'p-channel', label: 'Default channel', error: errors['p-channel'] }, (a) =>
      h('select', { ...a, value: channelId, disabled: !guildId, onChange: (e) => setChannelId(e.target.value) },
        h('option', { value: '' }, 'None'), channels.map((c) => h('option', { value: c.id }, '#' + c.name)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-prefs' }, 'Save preferences')),
    h('p', { role: 'status', id: 'prefs-status' }, saved),
  );
}

function SignOut({ ctx }) {
  const [error, setError] = useState(null);
  const out = (path) => async () => {
    try {
      await post(path);
      ctx.setSession(null);
      location.hash = '#/';
    } catch (e) {
      setError(e);
    }
  };
  return h(
    'section',
    { 'aria-labelledby': 'signout-title' },
    h('h2', { id: 'signout-title' }, 'Sign out'),
    h(ErrorNotice, { error }),
    h('p', null, '“Sign out everywhere” also ends your sessions in other browsers and devices.'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'sign-out', onClick: out('/auth/logout') }, 'Sign out'),
      h('button', { type: 'button', id: 'sign-out-everywhere', class: 'danger', onClick: out('/auth/logout-all') }, 'Sign out everywhere')),
  );
}
