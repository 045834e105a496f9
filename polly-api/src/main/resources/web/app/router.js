// Hash routes (#/guilds/123/polls?status=active): the API keeps every real path.

const ROUTES = [
  ['servers', /^\/servers$/],
  ['pollList', /^\/guilds\/(\d+)\/polls$/],
  ['pollNew', /^\/guilds\/(\d+)\/polls\/new$/],
  ['pollEdit', /^\/polls\/(\d+)\/edit$/],
  ['poll', /^\/polls\/(\d+)$/],
  ['preferences', /^\/preferences$/],
];

/** {name, id, query} for a location hash; name "home" for "#/" or anything unknown. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const [name, re] of ROUTES) {
    const m = path.match(re);
    if (m) return { name, id: m[1], query };
  }
  return { name: path === '/' ? 'home' : 'notFound', id: null, query };
}
