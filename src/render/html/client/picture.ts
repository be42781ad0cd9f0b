/// <reference lib="dom" />
// The picture of why one series was flagged or left inconclusive, as SVG on one value axis: on the
// left both sides' samples (the newest baseline run, this run) as strips with their medians; on the
// right the baseline window's run centers, oldest first, then this run with the change's interval.
// The dashed line is the reference the change is measured against, the shaded band its threshold.
import { formatValue } from '../../../model/units.js';
import type { SeriesPicture } from '../report-data.js';
import { niceTicks, svg } from './dom.js';

const WIDTH = 720;
const HEIGHT = 210;
const TOP = 22;
const BOTTOM = 30;
const LEFT = 92;
const STRIPS: [number, number] = [LEFT + 10, 330];
const RUNS: [number, number] = [360, WIDTH - 12];

export function seriesPicture(p: SeriesPicture, unit: string, label: string): SVGElement {
  const values = [
    ...(p.baselineSamples ?? []),
    ...(p.currentSamples ?? []),
    ...p.runCenters,
    p.current,
    p.reference,
    ...p.thresholdBand,
    ...(p.interval ?? []),
  ].filter(Number.isFinite);
  let lo = values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  let hi = values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
  lo -= pad;
  hi += pad;
  const y = (v: number) => TOP + ((hi - v) / (hi - lo)) * (HEIGHT - TOP - BOTTOM);
  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: 'picture',
    role: 'img',
    'aria-label': label,
  });
  root.append(
    svg('rect', {
      class: 'band',
      x: LEFT,
      width: WIDTH - LEFT,
      y: y(p.thresholdBand[1]),
      height: Math.max(0, y(p.thresholdBand[0]) - y(p.thresholdBand[1])),
    }),
  );
  for (const t of niceTicks(lo, hi, 4)) {
    root.append(
      svg('line', { class: 'grid', x1: LEFT, x2: WIDTH, y1: y(t), y2: y(t) }),
      svg('text', { class: 'tick', x: LEFT - 6, y: y(t) + 4, 'text-anchor': 'end' }, formatValue(t, unit)),
    );
  }
  root.append(
    svg('line', { class: 'ref', x1: LEFT, x2: WIDTH, y1: y(p.reference), y2: y(p.reference) }),
    svg('line', { class: 'divider', x1: RUNS[0] - 15, x2: RUNS[0] - 15, y1: TOP - 14, y2: HEIGHT - 4 }),
  );
  drawStrips(root, p, y);
  drawRuns(root, p, y);
  return root;
}

function drawStrips(root: SVGElement, p: SeriesPicture, y: (v: number) => number): void {
  const [x0, x1] = STRIPS;
  const column = (x1 - x0) / 2;
  const sides: [string, string, number[] | undefined, number | undefined, number][] = [
    ['baseline', 'newest baseline run', p.baselineSamples, p.baselineMedian, p.reference],
    ['current', 'this run', p.currentSamples, p.currentMedian, p.current],
  ];
  root.append(svg('text', { class: 'panel', x: x0, y: 12 }, 'samples'));
  sides.forEach(([kind, name, samples, median, center], i) => {
    const mid = x0 + column * (i + 0.5);
    const points = samples ?? [center];
    points.forEach((v, k) => {
      // A low-discrepancy jitter: the same picture every time, dots spread evenly across the strip.
      const jitter = (((k * 0.618034) % 1) - 0.5) * column * 0.55;
      root.append(svg('circle', { class: `dot ${kind}`, cx: mid + jitter, cy: y(v), r: 3 }));
    });
    if (median !== undefined) {
      root.append(
        svg('line', {
          class: `median ${kind}`,
          x1: mid - column * 0.36,
          x2: mid + column * 0.36,
          y1: y(median),
          y2: y(median),
        }),
      );
    }
    root.append(svg('text', { class: 'axis', x: mid, y: HEIGHT - 10, 'text-anchor': 'middle' }, name));
  });
}

function drawRuns(root: SVGElement, p: SeriesPicture, y: (v: number) => number): void {
  const [x0, x1] = RUNS;
  const slots = p.runCenters.length + 1;
  const x = (i: number) => x0 + ((i + 0.5) / slots) * (x1 - x0);
  root.append(svg('text', { class: 'panel', x: x0, y: 12 }, 'run centers'));
  const path = [...p.runCenters, p.current].map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(v)}`);
  root.append(svg('path', { class: 'runs', d: path.join(' ') }));
  p.runCenters.forEach((v, i) => {
    root.append(svg('circle', { class: 'dot window', cx: x(i), cy: y(v), r: 3.5 }));
  });
  const last = x(p.runCenters.length);
  if (p.interval) {
    const [a, b] = p.interval.map(y) as [number, number];
    root.append(
      svg('line', { class: 'ci', x1: last, x2: last, y1: a, y2: b }),
      svg('line', { class: 'ci', x1: last - 5, x2: last + 5, y1: a, y2: a }),
      svg('line', { class: 'ci', x1: last - 5, x2: last + 5, y1: b, y2: b }),
    );
  }
  root.append(svg('circle', { class: 'dot this', cx: last, cy: y(p.current), r: 5.5 }));
  root.append(
    svg('text', { class: 'axis', x: x0, y: HEIGHT - 10 }, `${p.runCenters.length} baseline run(s)`),
    svg('text', { class: 'axis', x: last, y: HEIGHT - 10, 'text-anchor': 'end' }, 'this run'),
  );
}
