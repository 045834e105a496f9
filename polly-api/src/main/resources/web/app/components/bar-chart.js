// A horizontal bar chart drawn as SVG: one bar per option, its width the option's share.
import { h } from 'preact';

const ROW = 34;
const LABEL_W = 180;
const WIDTH = 640;

export function BarChart({ options, title }) {
  const max = Math.max(1, ...options.map((o) => o.votes || 0));
  const barW = WIDTH - LABEL_W - 90;
  const height = options.length * ROW + 8;
  const summary = options.map((o) => `${o.label}: ${o.votes} votes`).join(', ');
  return h(
    'svg',
    { class: 'chart', id: 'results-chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': `${title}. ${summary}` },
    options.map((o, i) => {
      const y = i * ROW + 4;
      const w = Math.round(((o.votes || 0) / max) * barW);
      return h(
        'g',
        { key: o.position },
        h('text', { x: 0, y: y + 20 }, clip((o.emoji && !o.emoji.startsWith('<') ? o.emoji + ' ' : '') + o.label)),
        h('rect', { class: 'track', x: LABEL_W, y, width: barW, height: ROW - 8, rx: 3 }),
        h('rect', { class: 'bar', x: LABEL_W, y, width: w, height: ROW - 8, rx: 3, 'data-votes': String(o.votes) }),
        h('text', { x: LABEL_W + barW + 8, y: y + 20 }, `${o.votes} (${Math.round(o.percent || 0)}%)`),
      );
    }),
  );
}

function clip(s) {
  return s.length > 22 ? s.slice(0, 21) + '…' : s;
}
