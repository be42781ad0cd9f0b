// `perf-regression import --from github-action-benchmark data.js --history-dir DIR`: another tool's
// history turned into a local history folder (what `compare --history-dir` reads and `dashboard` shows).
// Everything is read and checked before the first file is written.
import { readFile } from 'node:fs/promises';
import { InputError } from '../model/errors.js';
import { readInputFiles } from '../parsers/files.js';
import { parseRun } from '../parsers/index.js';
import { type ImportedSuite, importGabData, matchCurrentScopes } from '../store/github-action-benchmark.js';
import { LocalFolderStore } from '../store/local.js';
import { parseCliArgs, parseCount, UsageError } from './args.js';
import { LOCAL_BRANCH } from './compare.js';

const SOURCES = ['github-action-benchmark'];

export async function importCommand(args: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    from: { type: 'string' },
    'history-dir': { type: 'string' },
    suite: { type: 'string' },
    as: { type: 'string' },
    branch: { type: 'string', default: LOCAL_BRANCH },
    'history-size': { type: 'string', default: '100' },
    match: { type: 'string', multiple: true },
  });
  if (!SOURCES.includes(String(values.from)))
    throw new UsageError(`import needs --from ${SOURCES.join(' | ')} (got ${values.from ?? 'none'})`);
  const historyDir = values['history-dir'];
  if (typeof historyDir !== 'string') throw new UsageError('import needs --history-dir DIR');
  if (positionals.length !== 1)
    throw new UsageError('import takes one file: the data.js of github-action-benchmark');
  const file = positionals[0] as string;
  const historySize = parseCount(String(values['history-size']), '--history-size');

  const suites = selectSuites(
    importGabData(await readText(file), { origin: file, branch: String(values.branch) }),
    values.suite,
    values.as,
    file,
  );
  const matched = values.match ? await matchScopes(suites, values.match) : suites;
  const store = new LocalFolderStore(historyDir);
  // A suite whose stored history cannot be read stops the import before anything is written.
  for (const suite of matched) await store.readDocument(suite.name);
  for (const suite of matched) {
    const counts = await store.importEntries(suite.name, suite.entries, historySize);
    const notes = [
      counts.alreadyThere ? `${counts.alreadyThere} already there` : '',
      counts.leftOut ? `${counts.leftOut} older ones beyond --history-size ${historySize} left out` : '',
    ].filter(Boolean);
    out(
      `${suite.name}: ${counts.added} run(s) imported${notes.length ? ` (${notes.join(', ')})` : ''} → ${store.fileOf(suite.name)}\n`,
    );
  }
  return 0;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
}

/** `--suite` picks one of the file's benchmark names, `--as` renames it. */
function selectSuites(
  suites: ImportedSuite[],
  only: string | undefined,
  as: string | undefined,
  file: string,
): ImportedSuite[] {
  const names = suites.map((s) => JSON.stringify(s.name)).join(', ') || 'none';
  const chosen = only === undefined ? suites : suites.filter((s) => s.name === only);
  if (only !== undefined && chosen.length === 0)
    throw new InputError(`${file}: no benchmark named ${JSON.stringify(only)}; it holds ${names}`);
  if (as === undefined) return chosen;
  const [one] = chosen;
  if (chosen.length !== 1 || !one)
    throw new UsageError(`--as renames one suite; ${file} holds ${names}: pick one with --suite`);
  return [{ ...one, name: as }];
}

/**
 * Today's output of the suite's tool (--match): an imported series that lacks only the scope our parser
 * gives (catch2's test case, a lone go package) takes that series' id.
 */
async function matchScopes(suites: ImportedSuite[], patterns: string[]): Promise<ImportedSuite[]> {
  const files = await readInputFiles(patterns);
  return suites.map((suite) => {
    const current = parseRun(files, suite.tool ?? 'auto').results;
    return { ...suite, entries: matchCurrentScopes(suite.entries, current) };
  });
}
