// The dashboard's only wrapper around fetch: same-origin credentials, JSON in and out, and every
// error turned into an ApiError whose text a person can read (never raw JSON).

/** An error answer of the API (or no answer at all: status 0). */
export class ApiError extends Error {
  constructor(status, code, message, errors = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

const TITLES = {
  0: 'Polly could not be reached. Check your connection and try again.',
  401: 'You are signed out. Sign in again to continue.',
  403: 'You are not allowed to do that.',
  404: 'This could not be found. It may have been deleted.',
  409: 'Someone else changed this while you were looking at it. Reload to see the latest version.',
  413: 'That is too large to send. Make it shorter and try again.',
  422: 'There is a problem with what you entered.',
  429: 'Too many requests. Wait a few seconds and try again.',
  503: 'Polly is having trouble right now (a service is unavailable). Try again in a moment.',
};

/** A sentence for an error, by status; the API's own message is shown as detail where useful. */
export function describe(err) {
  if (!(err instanceof ApiError)) return 'Something went wrong. Try again.';
  if (err.code === 'has_votes') return 'People have voted already, so the options can no longer change. Put the options back as they were to save your other changes.';
  if (TITLES[err.status]) return TITLES[err.status];
  if (err.status >= 500) return 'Something went wrong on our side. Try again.';
  return err.message || 'The request was refused.';
}

let unauthorized = () => {};

/** Called on every 401 answer (the app goes back to the sign-in page). */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

export async function request(method, path, body, headers = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'network', 'No answer from Polly');
  }
  if (res.status === 204) return null;
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (res.ok) return json;
  const err = new ApiError(
    res.status,
    (json && json.code) || 'http_' + res.status,
    (json && typeof json.message === 'string' && json.message) || res.statusText,
    (json && Array.isArray(json.errors) && json.errors) || [],
  );
  if (res.status === 401) unauthorized(err);
  throw err;
}

export const get = (path) => request('GET', path);
export const post = (path, body, headers) => request('POST', path, body, headers);

/** A fresh Idempotency-Key: 128 random bits in hex (getRandomValues works on plain http too). */
export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The Idempotency-Key headers of one form's creations: sending the same body again (after an
 * answer that never came) reuses its key, so the API returns the poll it stored instead of a
 * second one; a changed body gets a new key.
 */
export function creationKeys() {
  let last = null;
  return (body) => {
    const text = JSON.stringify(body);
    if (!last || last.text !== text) last = { text, key: newIdempotencyKey() };
    return { 'Idempotency-Key': last.key };
  };
}
export const put = (path, body) => request('PUT', path, body);
export const patch = (path, body) => request('PATCH', path, body);
export const del = (path) => request('DELETE', path);

/** GET that answers null for a 404 instead of throwing (drafts, optional endpoints). */
export async function getOrNull(path) {
  try {
    return await get(path);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}
