// The actions on one poll: edit, close, reopen, duplicate, delete (confirmed first), export.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { del, newIdempotencyKey, post } from '../api.js';
import { ErrorNotice, go } from '../ui.js';

const CONFIRM = {
  close: (p) => `Close “${p.title}” now? Nobody can vote after that.`,
  delete: (p) => `Delete “${p.title}” and all its votes? This cannot be undone.`,
};

/** onChanged(poll) after a change; onDeleted() after a delete. */
export function PollActions({ poll, onChanged, onDeleted }) {
  const [confirming, setConfirming] = useState(null);
  const [reopening, setReopening] = useState(false);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const duplicateKey = useRef(newIdempotencyKey()).current; // a second click cannot copy twice

  const run = async (action) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };
  const base = `/api/polls/${poll.id}`;
  const actions = {
    close: () => run(async () => onChanged(await post(base + '/close'))),
    delete: () => run(async () => (await del(base), onDeleted())),
  };
  const duplicate = () =>
    run(async () => {
      const copy = await post(base + '/duplicate', {}, { 'Idempotency-Key': duplicateKey });
      go(`#/polls/${copy.id}`);
    });

  if (confirming) {
    return h(Confirm, {
      text: CONFIRM[confirming](poll),
      yes: confirming === 'delete' ? 'Yes, delete' : 'Yes, close',
      onYes: actions[confirming],
      onNo: () => setConfirming(null),
    });
  }
  return h(
    'div',
    null,
    h(ErrorNotice, { error }),
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': 'Actions for ' + poll.title },
      poll.status !== 'closed' && h('a', { class: 'button', href: `#/polls/${poll.id}/edit` }, 'Edit'),
      poll.status === 'active' &&
        h('button', { type: 'button', disabled: busy, onClick: () => setConfirming('close') }, 'Close'),
      poll.status === 'closed' &&
        h('button', { type: 'button', disabled: busy, onClick: () => setReopening(!reopening) }, 'Reopen…'),
      h('button', { type: 'button', disabled: busy, onClick: duplicate }, 'Duplicate'),
      h('a', { class: 'button', href: base + '/export.csv', download: '' }, 'Export CSV'),
      h('a', { class: 'button', href: base + '/export.json', download: '' }, 'Export JSON'),
      h('button', { type: 'button', class: 'danger', disabled: busy, onClick: () => setConfirming('delete') }, 'Delete'),
    ),
    reopening && h(Reopen, { poll, run, onChanged: (p) => (setReopening(false), onChanged(p)) }),
  );
}

function Confirm({ text, yes, onYes, onNo }) {
  const ref = useRef(null);
  useEffect(() => ref.current && ref.current.focus(), []);
  return h(
    'div',
    { class: 'notice', role: 'alertdialog', 'aria-labelledby': 'confirm-text' },
    h('p', { id: 'confirm-text' }, text),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'danger', onClick: onYes, id: 'confirm-yes' }, yes),
      h('button', { type: 'button', ref, onClick: onNo }, 'Cancel'),
    ),
  );
}

function Reopen({ poll, run, onChanged }) {
  const [minutes, setMinutes] = useState(60);
  const id = `reopen-${poll.id}`;
  const submit = (e) => {
    e.preventDefault();
    run(async () => onChanged(await post(`/api/polls/${poll.id}/reopen`, { duration_minutes: Number(minutes) })));
  };
  return h(
    'form',
    { class: 'row', onSubmit: submit },
    h(
      'div',
      null,
      h('label', { for: id }, 'Keep it open for (minutes)'),
      h('input', { id, type: 'number', min: 1, value: minutes, onInput: (e) => setMinutes(e.target.value) }),
    ),
    h('div', { class: 'narrow' }, h('button', { type: 'submit', class: 'primary' }, 'Reopen poll')),
  );
}
