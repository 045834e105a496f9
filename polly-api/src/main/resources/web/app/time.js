// Dates in the user's chosen time zone (IANA names, as the API stores them).

export function browserZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch (e) {
    return 'UTC';
  }
}

export function allZones() {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
}

/** "1 Dec 2026, 14:05" for an ISO instant in zone; "" for null. */
export function formatInstant(iso, zone) {
  if (!iso) return '';
  try {
    return new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone,
    }).format(new Date(iso));
  } catch (e) {
    return new Date(iso).toISOString();
  }
}

/** The wall-clock "YYYY-MM-DDTHH:MM" of an ISO instant in zone, for a datetime-local input. */
export function toLocalInput(iso, zone) {
  if (!iso) return '';
  const parts = {};
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(new Date(iso))
    .forEach((p) => (parts[p.type] = p.value));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
