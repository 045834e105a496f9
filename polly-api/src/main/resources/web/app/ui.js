// Small shared pieces: the page heading (focused on navigation), error notices, async loading.
import { h } from 'preact';
import { useEffect, useRef, useState, useCallback } from 'preact/hooks';
import { ApiError, describe } from './api.js';

/** The page's h1; takes focus when the page opens so screen readers announce it. */
export function PageTitle({ children, text }) {
  const ref = useRef(null);
  useEffect(() => {
    document.title = (text || String(children)) + ' · Polly';
    if (ref.current) ref.current.focus({ preventScroll: true });
  }, [text, children]);
  return h('h1', { ref, tabIndex: -1 }, children);
}

/**
 * An API error as readable text, with the action that helps: reload, try again or sign in. With
 * focus set, the notice takes the focus when it appears (and so scrolls into view): an error
 * answering a button at the bottom of a long form is seen, not left above the fold.
 */
export function ErrorNotice({ error, onRetry, focus }) {
  const ref = useRef(null);
  useEffect(() => {
    if (focus && error && ref.current) ref.current.focus();
  }, [error, focus]);
  if (!error) return null;
  const status = error instanceof ApiError ? error.status : -1;
  const detail =
    error instanceof ApiError && error.message && status !== 0 && status < 500 && status !== 401
      ? error.message
      : null;
  let action = null;
  if (status === 409 && error.code !== 'has_votes') {
    action = h('button', { type: 'button', onClick: () => location.reload() }, 'Reload');
  } else if (status === 401) {
    action = h('a', { href: '#/', class: 'button' }, 'Sign in');
  } else if (onRetry && (status === 503 || status === 429 || status === 0 || status >= 500)) {
    action = h('button', { type: 'button', onClick: onRetry }, 'Try again');
  }
  return h(
    'div',
    { class: 'notice error', role: 'alert', 'data-status': String(status), ref, tabIndex: focus ? -1 : undefined },
    h('p', null, h('strong', null, describe(error))),
    detail && detail !== describe(error) ? h('p', null, detail) : null,
    action,
  );
}

/** Runs an async loader when deps change; returns {data, error, loading, reload}. */
export function useLoad(loader, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    loader().then(
      (data) => alive && setState({ data, error: null, loading: false }),
      (error) => alive && setState({ data: null, error, loading: false }),
    );
    return () => {
      alive = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

/** Loading text, an error notice, or the rendered data. */
export function Loaded({ state, children }) {
  if (state.error) return h(ErrorNotice, { error: state.error, onRetry: state.reload });
  if (state.loading && state.data == null) return h('p', { class: 'loading' }, 'Loading…');
  return children(state.data);
}

export function go(hash) {
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

/** An option's emoji as text: a custom Discord emoji (<:name:id>) reads as :name:. */
export function emojiText(emoji) {
  const custom = /^<a?:(\w+):\d+>$/.exec(emoji || '');
  return custom ? ':' + custom[1] + ':' : emoji || '';
}
