/// <reference lib="dom" />
// The dashboard's script: one card per series, its chart drawn only while the card is near the
// viewport (IntersectionObserver), so a suite of thousands of series opens and scrolls quickly.
// Filters by name, suite, unit and status; `#suite/series` opens a series; a click on a point shows
// its commit and run; ticked series are drawn together on one chart.
import type uPlotType from 'uplot';
import { formatValue } from '../../../model/units.js';
import type { DashboardData, DashboardSeries, DashboardSuite } from '../dashboard-data.js';
import { el, readData } from './dom.js';

declare const uPlot: typeof uPlotType;

interface Card {
  suite: DashboardSuite;
  series: DashboardSeries;
  anchor: string;
  element: HTMLElement;
  chartBox: HTMLElement;
  detail: HTMLElement;
  chart?: uPlotType;
  /** Lower-cased name, suite and unit: what the search looks in. */
  text: string;
}

const CHART_HEIGHT = 170;
const FIRST_CHART = 'perf-regression:first-chart';
// Marks for bench:dashboard: the script starts (the HTML is parsed), the data is parsed, the cards are in.
performance.mark('perf-regression:script');
const data = readData<DashboardData>('dashboard-data');
performance.mark('perf-regression:data');
const cards: Card[] = [];
const byElement = new Map<Element, Card>();
const selected = new Set<Card>();

function main(): void {
  const page = el('main');
  const total = data.suites.reduce((n, s) => n + s.series.length, 0);
  page.append(
    el('h1', {}, 'perf-regression dashboard'),
    el('p', { class: 'quiet' }, `${total} series in ${data.suites.length} suite(s)`),
  );
  const controls = filters();
  const combined = el('section', { id: 'combined', hidden: true });
  const list = el('div', { id: 'series-list' });
  page.append(controls.element, combined, list);
  for (const suite of data.suites) {
    list.append(el('h2', { class: 'suite', 'data-suite': suite.suite }, suite.suite));
    for (const series of suite.series) list.append(cardOf(suite, series).element);
  }
  document.body.append(page);
  performance.mark('perf-regression:cards');
  observeCards();
  controls.apply();
  window.addEventListener('hashchange', openPermalink);
  openPermalink();
}

function cardOf(suite: DashboardSuite, series: DashboardSeries): Card {
  const anchor = `${suite.suite}/${series.id}`;
  const last = series.points.at(-1);
  const tick = el('input', { type: 'checkbox', class: 'select', 'aria-label': `select ${series.name}` });
  const link = el(
    'a',
    { href: `#${encodeURIComponent(anchor)}`, class: 'permalink', title: 'permalink' },
    '#',
  );
  const chartBox = el('div', { class: 'chart' });
  chartBox.style.height = `${CHART_HEIGHT}px`;
  const detail = el('div', { class: 'detail quiet' }, 'Click a point for its commit and run.');
  // The dashed lines in words: where each step of the weekly watch starts and how large it is.
  const changes = series.changePoints?.length
    ? el(
        'div',
        { class: 'changes quiet' },
        `Change points (dashed): ${series.changePoints
          .map(
            (c) =>
              `run ${c.run + 1} (${runLabel(suite, c.run)})${c.percent === undefined ? '' : ` ${c.percent > 0 ? '+' : ''}${c.percent}%`}${c.kind ? ` ${c.kind}` : ''}`,
          )
          .join('; ')}`,
      )
    : undefined;
  const element = el(
    'section',
    { class: `series ${series.status}`, id: anchor, 'data-status': series.status },
    el(
      'header',
      {},
      tick,
      el('span', { class: 'name' }, series.name),
      el('span', { class: 'unit quiet' }, ` ${series.unit}`),
      last ? el('span', { class: 'latest' }, formatValue(last[1], series.unit)) : undefined,
      series.status !== 'unchanged' && el('span', { class: `badge ${series.status}` }, series.status),
      link,
    ),
    chartBox,
    changes,
    detail,
  );
  const card: Card = {
    suite,
    series,
    anchor,
    element,
    chartBox,
    detail,
    text: `${series.name} ${suite.suite} ${series.unit}`.toLowerCase(),
  };
  tick.addEventListener('change', () => {
    if (tick.checked) selected.add(card);
    else selected.delete(card);
    drawCombined();
  });
  cards.push(card);
  byElement.set(element, card);
  return card;
}

/** Charts exist only for cards within a screen of the viewport; the others are torn down. */
function observeCards(): void {
  const observer = new IntersectionObserver(
    (changes) => {
      for (const change of changes) {
        const card = byElement.get(change.target);
        if (!card) continue;
        if (change.isIntersecting) drawCard(card);
        else {
          card.chart?.destroy();
          card.chart = undefined;
        }
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const card of cards) observer.observe(card.element);
}

function drawCard(card: Card): void {
  if (card.chart) return;
  const { series, suite } = card;
  const xs = series.points.map((p) => p[0]);
  const center = series.points.map((p) => p[1]);
  const lo = series.points.map((p) => p[2]);
  const hi = series.points.map((p) => p[3]);
  const style = getComputedStyle(document.body);
  const colour = (name: string) => style.getPropertyValue(name).trim();
  const width = card.chartBox.clientWidth || 600;
  const opts: uPlotType.Options = {
    width,
    height: CHART_HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false }, y: { range: valueRange } },
    axes: [
      {
        stroke: colour('--muted'),
        grid: { stroke: colour('--line'), width: 0.5 },
        space: 100,
        values: (_u, splits) => splits.map((i) => runLabel(suite, i)),
      },
      {
        stroke: colour('--muted'),
        grid: { stroke: colour('--line'), width: 0.5 },
        size: 80,
        values: (_u, splits) => splits.map((v) => formatValue(v, series.unit)),
      },
    ],
    series: [
      {},
      { stroke: colour('--current'), width: 1.5, points: { show: true, size: 4 } },
      { stroke: 'transparent', points: { show: false } },
      { stroke: 'transparent', points: { show: false } },
    ],
    bands: [{ series: [3, 2], fill: colour('--band') }],
    hooks: { draw: [(u) => drawMarks(u, card, colour)] },
  };
  card.chart = new uPlot(opts, [xs, center, lo, hi] as uPlotType.AlignedData, card.chartBox);
  // For the benchmark (__tests__/bench/dashboard.ts): when the first chart was drawn.
  if (performance.getEntriesByName(FIRST_CHART).length === 0) performance.mark(FIRST_CHART);
  card.chart.over.addEventListener('click', () => {
    const idx = card.chart?.cursor.idx;
    if (idx !== null && idx !== undefined) showPoint(card, idx);
  });
}

/** Flagged runs as rings in the status colour, change points as dashed vertical lines. */
function drawMarks(u: uPlotType, card: Card, colour: (name: string) => string): void {
  const ctx = u.ctx;
  ctx.save();
  for (const p of card.series.points) {
    if (p[4] === 0) continue;
    const x = u.valToPos(p[0], 'x', true);
    const y = u.valToPos(p[1], 'y', true);
    ctx.strokeStyle = colour(p[4] > 0 ? '--regression' : '--improvement');
    ctx.lineWidth = 2.5 * devicePixelRatio;
    ctx.beginPath();
    ctx.arc(x, y, 6 * devicePixelRatio, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);
  ctx.strokeStyle = colour('--over-budget');
  for (const change of card.series.changePoints ?? []) {
    const x = u.valToPos(change.run, 'x', true);
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
  }
  ctx.restore();
}

/** A flat series gets a range around its value (uPlot's own would repeat one label on every tick). */
function valueRange(_u: uPlotType, min: number, max: number): [number, number] {
  if (min !== max) return uPlot.rangeNum(min, max, 0.1, true) as [number, number];
  return min === 0 ? [0, 1] : [min * 0.9, min * 1.1];
}

/** Runs by day (`11-04`), or by hour too when a suite records several runs a day. */
function runLabel(suite: DashboardSuite, i: number): string {
  const run = suite.runs[Math.round(i)];
  if (!run || !Number.isInteger(i)) return '';
  return sameDays(suite) ? run.date.slice(5, 16).replace('T', ' ') : run.date.slice(5, 10);
}

const manyADay = new Map<DashboardSuite, boolean>();
function sameDays(suite: DashboardSuite): boolean {
  let many = manyADay.get(suite);
  if (many === undefined) {
    many = new Set(suite.runs.map((r) => r.date.slice(0, 10))).size < suite.runs.length;
    manyADay.set(suite, many);
  }
  return many;
}

/** The commit (message, link) and the run of one point, written into the card. */
function showPoint(card: Card, idx: number): void {
  const point = card.series.points[idx];
  const run = point && card.suite.runs[point[0]];
  if (!point || !run) return;
  const repo = data.repositoryUrl;
  const sha = run.commit.slice(0, 7);
  const value = formatValue(point[1], card.series.unit);
  const interval =
    point[2] !== null && point[3] !== null
      ? ` [${formatValue(point[2], card.series.unit)}, ${formatValue(point[3], card.series.unit)}]`
      : '';
  const flag = point[4] > 0 ? ' · flagged: regression' : point[4] < 0 ? ' · flagged: improvement' : '';
  card.detail.replaceChildren(
    el('span', { class: 'value' }, `${value}${interval}${flag}`),
    ' · commit ',
    repo
      ? el('a', { href: `${repo}/commit/${run.commit}`, class: 'commit' }, sha)
      : el('code', { class: 'commit' }, sha),
    run.message ? el('span', { class: 'message' }, ` ${run.message}`) : '',
    ` · ${run.branch} · ${run.date.replace('T', ' ').slice(0, 16)} · run `,
    repo
      ? el('a', { href: `${repo}/actions/runs/${run.runId}`, class: 'run' }, run.runId)
      : el('code', { class: 'run' }, run.runId),
  );
  card.detail.classList.remove('quiet');
}

function filters(): { element: HTMLElement; apply: () => void } {
  const search = el('input', {
    type: 'search',
    id: 'search',
    placeholder: 'Filter by name…',
    'aria-label': 'Filter by name',
  });
  const menu = (id: string, label: string, values: string[]) =>
    el(
      'select',
      { id, 'aria-label': label },
      el('option', { value: '' }, label),
      ...[...new Set(values)].sort().map((v) => el('option', { value: v }, v)),
    );
  const suite = menu(
    'suite-filter',
    'all suites',
    data.suites.map((s) => s.suite),
  );
  const unit = menu(
    'unit-filter',
    'all units',
    data.suites.flatMap((s) => s.series.map((x) => x.unit)),
  );
  const status = menu('status-filter', 'all statuses', ['regression', 'improvement', 'unchanged']);
  const count = el('span', { id: 'shown', class: 'quiet' });
  const apply = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    const suitesShown = new Set<string>();
    for (const card of cards) {
      const visible =
        words.every((w) => card.text.includes(w)) &&
        (suite.value === '' || card.suite.suite === suite.value) &&
        (unit.value === '' || card.series.unit === unit.value) &&
        (status.value === '' || card.series.status === status.value);
      card.element.hidden = !visible;
      if (visible) {
        shown++;
        suitesShown.add(card.suite.suite);
      }
    }
    for (const heading of document.querySelectorAll<HTMLElement>('h2.suite')) {
      heading.hidden = !suitesShown.has(heading.dataset.suite ?? '');
    }
    count.textContent = `${shown} of ${cards.length} series`;
  };
  for (const control of [search, suite, unit, status]) control.addEventListener('input', apply);
  return { element: el('div', { class: 'controls sticky' }, search, suite, unit, status, count), apply };
}

/** Ticked series on one chart over time: in their unit when they share one, else relative to their first run. */
function drawCombined(): void {
  const box = document.getElementById('combined') as HTMLElement;
  box.replaceChildren();
  box.hidden = selected.size < 2;
  if (box.hidden) return;
  const chosen = [...selected];
  const units = new Set(chosen.map((c) => c.series.unit));
  const sameUnit = units.size === 1;
  const times = [
    ...new Set(
      chosen.flatMap((c) => c.series.points.map((p) => Date.parse(c.suite.runs[p[0]]?.date ?? '') / 1000)),
    ),
  ].sort((a, b) => a - b);
  const columns = chosen.map((c) => {
    const first = c.series.points[0]?.[1] ?? 1;
    const at = new Map(
      c.series.points.map((p) => [
        Date.parse(c.suite.runs[p[0]]?.date ?? '') / 1000,
        sameUnit ? p[1] : (p[1] / first) * 100,
      ]),
    );
    return times.map((t) => at.get(t) ?? null);
  });
  const palette = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00', '#1b7c83', '#bf3989'];
  const unitName = [...units][0] as string;
  const legend = el('ul', { class: 'legend' });
  chosen.forEach((c, i) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = palette[i % palette.length] as string;
    legend.append(el('li', {}, swatch, `${c.series.name} (${c.suite.suite}, ${c.series.unit})`));
  });
  const chartBox = el('div', { class: 'chart' });
  box.append(
    el('h2', {}, `${chosen.length} series together${sameUnit ? '' : ' (% of their first run)'}`),
    legend,
    chartBox,
  );
  new uPlot(
    {
      width: chartBox.clientWidth || 900,
      height: 260,
      legend: { show: false },
      axes: [
        {},
        {
          size: 80,
          values: (_u, splits) => splits.map((v) => (sameUnit ? formatValue(v, unitName) : `${v}%`)),
        },
      ],
      series: [
        {},
        ...chosen.map((_, i) => ({ stroke: palette[i % palette.length], width: 1.5, spanGaps: true })),
      ],
    },
    [times, ...columns] as uPlotType.AlignedData,
    chartBox,
  );
}

function openPermalink(): void {
  const anchor = decodeURIComponent(location.hash.slice(1));
  if (!anchor) return;
  const target = document.getElementById(anchor);
  if (!target) return;
  for (const old of document.querySelectorAll('.series.target')) old.classList.remove('target');
  target.hidden = false;
  target.classList.add('target');
  target.scrollIntoView({ block: 'start' });
}

main();
