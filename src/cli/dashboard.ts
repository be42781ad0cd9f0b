// `perf-regression dashboard`: the gh-pages dashboard built from a local history folder (what
// `compare --history-dir` records, or the action's restored cache), to open from disk or publish.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LocalFolderStore } from '../store/local.js';
import { dashboardSite, writeSiteFolder } from '../store/site.js';
import { parseCliArgs, UsageError } from './args.js';

export async function dashboardCommand(args: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    'history-dir': { type: 'string' },
    out: { type: 'string' },
    'repo-url': { type: 'string' },
  });
  if (positionals.length > 0)
    throw new UsageError(`dashboard takes no file arguments (got "${positionals[0]}")`);
  const historyDir = values['history-dir'];
  const outDir = values.out;
  if (typeof historyDir !== 'string') throw new UsageError('dashboard needs --history-dir DIR');
  if (typeof outDir !== 'string') throw new UsageError('dashboard needs --out DIR');
  const docs = await new LocalFolderStore(historyDir).documents();
  const repoUrl = typeof values['repo-url'] === 'string' ? values['repo-url'] : undefined;
  await writeSiteFolder(outDir, dashboardSite(docs, repoUrl));
  const series = docs.reduce(
    (n, d) => n + new Set(d.entries.flatMap((e) => e.results.map((r) => r.id))).size,
    0,
  );
  out(
    `${docs.length} suite(s), ${series} series: ${pathToFileURL(path.resolve(outDir, 'index.html')).href}\n`,
  );
  return 0;
}
