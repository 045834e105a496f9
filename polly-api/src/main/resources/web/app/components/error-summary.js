// GOV.UK-style error summary: "There is a problem", one link per field error, focused on show.
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** items: [{id, text}]; a link moves focus to its field. */
export function ErrorSummary({ items }) {
  const ref = useRef(null);
  useEffect(() => {
    if (items.length && ref.current) ref.current.focus();
  }, [items]);
  if (!items.length) return null;
  const jump = (e, id) => {
    const el = document.getElementById(id);
    if (el) {
      e.preventDefault();
      el.focus();
      el.scrollIntoView({ block: 'center' });
    }
  };
  return h(
    'div',
    { class: 'error-summary', ref, tabIndex: -1, role: 'alert', 'aria-labelledby': 'error-summary-title', id: 'error-summary' },
    h('h2', { id: 'error-summary-title' }, 'There is a problem'),
    h(
      'ul',
      null,
      items.map((it) =>
        h('li', null, it.id ? h('a', { href: '#' + it.id, onClick: (e) => jump(e, it.id) }, it.text) : it.text),
      ),
    ),
  );
}

/** A labelled control with its hint and error message wired through aria-describedby. */
export function Field({ id, label, hint, error, children }) {
  const described = [hint && id + '-hint', error && id + '-error'].filter(Boolean).join(' ') || undefined;
  return h(
    'div',
    { class: 'field' + (error ? ' has-error' : '') },
    h('label', { for: id }, label),
    hint && h('p', { class: 'hint', id: id + '-hint' }, hint),
    error && h('p', { class: 'error-message', id: id + '-error' }, h('span', { class: 'visually-hidden' }, 'Error: '), error),
    children({ id, 'aria-describedby': described, 'aria-invalid': error ? 'true' : undefined }),
  );
}
