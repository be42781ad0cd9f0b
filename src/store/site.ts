// The dashboard's site on disk (the CLI's --out folder, the action's artifact): its files written,
// and an older version's assets folder removed so the folder holds exactly one version.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ThresholdRules } from '../engine/options.js';
import { changeMarks } from '../pipeline/change-marks.js';
import { ASSETS_FOLDER, renderDashboard } from '../render/html/dashboard.js';
import { dashboardData } from '../render/html/dashboard-data.js';
import type { HistoryDocument } from './store.js';

/**
 * The site of `docs`, by path inside its folder, each series' change points marked as the weekly watch
 * finds them (at `thresholds`, the default 10% without).
 */
export function dashboardSite(
  docs: HistoryDocument[],
  repositoryUrl?: string,
  thresholds?: ThresholdRules,
): Map<string, string> {
  return renderDashboard(dashboardData(docs, { repositoryUrl, changePoints: changeMarks(docs, thresholds) }));
}

/** What the gh-pages store needs to write the site with every recording. */
export function ghPagesSite(repositoryUrl?: string, thresholds?: ThresholdRules) {
  return {
    files: (docs: HistoryDocument[]) => dashboardSite(docs, repositoryUrl, thresholds),
    staleFolder: ASSETS_FOLDER,
  };
}

export async function writeSiteFolder(dir: string, files: Map<string, string>): Promise<void> {
  const keep = new Set([...files.keys()].map((f) => f.split('/').slice(0, 2).join('/')));
  const assets = path.join(dir, ASSETS_FOLDER);
  for (const version of await readdir(assets).catch(() => [] as string[])) {
    if (!keep.has(`${ASSETS_FOLDER}/${version}`))
      await rm(path.join(assets, version), { recursive: true, force: true });
  }
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}
