// Form drafts kept by the API under /api/drafts/{key}; saved a moment after the last change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { del, getOrNull, put } from './api.js';

const DELAY_MS = 800;

export const loadDraft = (key) => getOrNull(`/api/drafts/${encodeURIComponent(key)}`);
export const deleteDraft = (key) => del(`/api/drafts/${encodeURIComponent(key)}`).catch(() => {});

/** Saves value under key after it stops changing while enabled; returns a status sentence. */
export function useAutosave(key, value, enabled) {
  const [status, setStatus] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (!enabled) return undefined;
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const timer = setTimeout(() => {
      put(`/api/drafts/${encodeURIComponent(key)}`, value).then(
        () => setStatus('Draft saved at ' + new Date().toLocaleTimeString('en-GB')),
        () => setStatus('Your draft could not be saved just now; it will be tried again on your next change.'),
      );
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, value, enabled]);
  return status;
}
