// The dashboard: a static site of every suite's history, as GitHub Pages serves it and as it opens
// from disk. `index.html` holds the data (a JSON block, like the HTML report); its code and styles are
// files under `assets/<version>/`, the version taken from their content, so an upgrade writes a new
// folder and the writer removes the old one (no browser keeps a stale script). Strings out, no I/O.

import uplotScript from 'uplot/dist/uPlot.iife.min.js?page-asset';
import uplotStyle from 'uplot/dist/uPlot.min.css?page-asset';
import dashboardStyle from './client/dashboard.css?page-asset';
import script from './client/dashboard.ts?page-asset';
import pageStyle from './client/page.css?page-asset';
import type { DashboardData } from './dashboard-data.js';
import { htmlDocument, jsonForScript, type PageAsset } from './page.js';

/** The folder every version's assets live under; the writer keeps only the current one. */
export const ASSETS_FOLDER = 'assets';

const STYLES: [string, PageAsset][] = [
  ['uPlot.min.css', uplotStyle],
  ['page.css', pageStyle],
  ['dashboard.css', dashboardStyle],
];
const SCRIPTS: [string, PageAsset][] = [
  ['uPlot.iife.min.js', uplotScript],
  ['dashboard.js', script],
];

/** `assets/<version>`: the version is a digest of the assets' own hashes. */
export function assetsPath(): string {
  return `${ASSETS_FOLDER}/${fnv1a([...STYLES, ...SCRIPTS].map(([, a]) => a.hash).join(' '))}`;
}

/** The site's files, by path relative to its folder. */
export function renderDashboard(data: DashboardData): Map<string, string> {
  const assets = assetsPath();
  const files = new Map<string, string>();
  for (const [name, asset] of [...STYLES, ...SCRIPTS]) files.set(`${assets}/${name}`, asset.code);
  files.set(
    'index.html',
    htmlDocument({
      scriptSrc: "'self'",
      styleSrc: "'self'",
      title: 'perf-regression dashboard',
      head: STYLES.map(([name]) => `<link rel="stylesheet" href="${assets}/${name}">`),
      body: [
        `<script type="application/json" id="dashboard-data">${jsonForScript(data)}</script>`,
        ...SCRIPTS.map(([name]) => `<script src="${assets}/${name}"></script>`),
      ],
    }),
  );
  return files;
}

/** 32-bit FNV-1a in hex: short, stable, and enough to tell two versions of the assets apart. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
