/// <reference lib="dom" />
// The HTML report's script: builds the page from its JSON block with DOM calls only.
import { CHANGED, ICON } from '../../inline.js';
import type { ReportPageData, ReportPageSeries } from '../report-data.js';
import { el, readData } from './dom.js';
import { seriesPicture } from './picture.js';

function main(): void {
  const data = readData<ReportPageData>('report-data');
  document.title = data.title;
  const main = el('main');
  main.append(
    el('h1', {}, data.title),
    el('p', { class: `verdict ${data.verdictKind}`, id: 'verdict' }, data.verdict),
    ...data.notes.map((n) => el('p', { class: 'note' }, n)),
  );
  const changed = data.series.filter((s) => CHANGED.includes(s.status));
  main.append(el('h2', {}, 'Changes'));
  main.append(
    changed.length > 0
      ? seriesTable(changed, 'changes', data.headings)
      : el('p', { class: 'quiet' }, 'No series changed beyond its threshold.'),
  );
  const pictured = data.series.filter((s) => s.picture);
  if (pictured.length > 0) {
    main.append(
      el('h2', {}, 'Why'),
      el(
        'p',
        { class: 'quiet legend' },
        data.legend ??
          'Left: the samples of the newest baseline run and of this run, with their medians. Right: the center of each baseline run, oldest first, then this run with the interval of the change. Dashed: the reference the change is measured against; shaded: the threshold around it.',
      ),
      ...pictured.map(figureOf),
    );
  }
  main.append(...allSeries(data.series, data.headings));
  document.body.append(main);
}

function seriesTable(series: ReportPageSeries[], id: string, headings?: string[]): HTMLTableElement {
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      ...(headings ?? ['Benchmark', 'Baseline → Current', 'Change', 'p (q)']).map((h) => el('th', {}, h)),
    ),
  );
  const body = el('tbody');
  for (const s of series) body.append(rowOf(s));
  return el('table', { id, class: 'series' }, head, body);
}

function rowOf(s: ReportPageSeries): HTMLTableRowElement {
  const row = el(
    'tr',
    { class: s.status, 'data-status': s.status },
    el('td', { class: 'name' }, el('span', { class: 'icon' }, ICON[s.status] ?? ''), s.name),
    el('td', { class: 'num' }, s.values),
    el('td', { class: 'num' }, s.change),
    el('td', { class: 'num' }, s.p),
  );
  if (s.reason) row.title = s.reason;
  return row;
}

function figureOf(s: ReportPageSeries): HTMLElement {
  const picture = s.picture as NonNullable<ReportPageSeries['picture']>;
  const label = `${s.name}: ${s.status}, ${s.values}, ${s.change}`;
  return el(
    'figure',
    { class: `why ${s.status}` },
    el(
      'figcaption',
      {},
      el('strong', {}, `${ICON[s.status] ?? ''} ${s.name}`),
      el('span', { class: 'quiet' }, ` ${s.status} · ${s.values} · ${s.change}`),
      s.reason && el('span', { class: 'reason' }, s.reason),
    ),
    seriesPicture(picture, s.unit, label),
  );
}

/** Every series, with a search box and a status filter. */
function allSeries(series: ReportPageSeries[], headings?: string[]): HTMLElement[] {
  const search = el('input', {
    type: 'search',
    id: 'search',
    placeholder: 'Filter by name…',
    'aria-label': 'Filter by name',
  });
  const statuses = [...new Set(series.map((s) => s.status))];
  const filter = el(
    'select',
    { id: 'status-filter', 'aria-label': 'Filter by status' },
    el('option', { value: '' }, 'all statuses'),
    ...statuses.map((s) => el('option', { value: s }, s)),
  );
  const count = el('span', { id: 'shown', class: 'quiet' });
  const table = seriesTable(series, 'all', headings);
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const names = series.map((s) => `${s.name} ${s.unit}`.toLowerCase());
  const apply = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row, i) => {
      const name = names[i] as string;
      const visible =
        (filter.value === '' || series[i]?.status === filter.value) && words.every((w) => name.includes(w));
      row.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = `${shown} of ${series.length} series`;
  };
  search.addEventListener('input', apply);
  filter.addEventListener('change', apply);
  apply();
  return [el('h2', {}, 'All series'), el('div', { class: 'controls' }, search, filter, count), table];
}

main();
