// Finds where a benchmark is defined in the checked-out repository, so its annotation lands on
// `func BenchmarkMix(` rather than on line 40 of bench.txt. One bounded walk of the workspace builds an
// index of every benchmark definition; lookups are then map reads, so 50 regressions cost one walk.
//
// Benchmark names come from result files, which a pull request controls: they are only ever used as
// map keys, never put into a regular expression or a path.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Format } from '../model/result.js';

export interface BenchmarkSource {
  /** Relative to the workspace, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
}

export interface BenchmarkSourceQuery {
  name: string;
  /** Go package path, pytest/criterion group, vitest `file > describe`: used to choose among namesakes. */
  suite?: string;
  /** Which language to look in; all of them when absent or `json`. */
  format?: Format;
}

export interface IndexOptions {
  /** Only index the languages of these formats (default: all). */
  formats?: Format[];
  /** Directory entries looked at before the walk stops. */
  maxEntries?: number;
  /** Source files read before the walk stops. */
  maxFiles?: number;
  /** Larger files are skipped: generated code, not benchmarks. */
  maxFileBytes?: number;
}

export interface BenchmarkSourceIndex {
  lookup(query: BenchmarkSourceQuery): BenchmarkSource | undefined;
  filesRead: number;
  /** false when a limit stopped the walk early: a miss may then be a benchmark that was not reached. */
  complete: boolean;
}

type Language = 'go' | 'python' | 'rust' | 'js';
/** `group`: criterion's benchmark_group; `function`: every other definition. */
type Kind = 'function' | 'group';

interface Definition {
  file: string;
  line: number;
  kind: Kind;
}

/** Directories that hold dependencies, build output or tool state, never the project's benchmarks. */
const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  'target',
  'vendor',
  'dist',
  'build',
  'coverage',
  '__pycache__',
  'site-packages',
  'venv',
]);

const LANGUAGES_OF_FORMAT: Record<Format, Language[]> = {
  go: ['go'],
  pytest: ['python'],
  criterion: ['rust'],
  tinybench: ['js'],
  benchmarkjs: ['js'],
  mitata: ['js'],
  // No source index for these languages yet: their annotations point at no line.
  googlebenchmark: [],
  hyperfine: [],
  catch2: [],
  jmh: [],
  benchmarkdotnet: [],
  julia: [],
  luau: [],
  // Load tests measure a server, not a benchmark function: no source line to point at.
  wrk: [],
  hey: [],
  'apache-bench': [],
  locust: [],
  json: ['go', 'python', 'rust', 'js'],
};

const READ_CONCURRENCY = 16;
const DEFAULT_LIMITS = { maxEntries: 200_000, maxFiles: 10_000, maxFileBytes: 1_000_000 };

/** The language whose benchmark definitions `file` (workspace-relative, `/`-separated) may hold. */
function languageOf(file: string): Language | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base.endsWith('_test.go')) return 'go';
  if (/^test_.*\.py$|_test\.py$/.test(base)) return 'python';
  if (base.endsWith('.rs') && `/${file}`.includes('/benches/')) return 'rust';
  if (/\.(?:[cm]?js|[cm]?ts)$/.test(base) && !/\.d\.[cm]?ts$/.test(base)) return 'js';
  return undefined;
}

// Patterns over whole files (a call may put its string on the next line). `m` lets ^ match line starts.
const GO_BENCHMARK = /^[ \t]*func[ \t]+(Benchmark[\p{L}\p{N}_]*)[ \t]*\(/gmu;
const PYTHON_FUNCTION = /^[ \t]*(?:async[ \t]+)?def[ \t]+([\p{L}_][\p{L}\p{N}_]*)[ \t]*\(/gmu;
const RUST_BENCHMARK =
  /\b(bench_function|bench_with_input|BenchmarkId::new|benchmark_group)\s*\(\s*"((?:[^"\\]|\\.)*)"/g;
const JS_BENCHMARK = /(?:\.add|\bbench(?:\.(?:skip|only|todo))?)\s*\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g;

/** Every benchmark definition in one file's text, keyed by the name a result would carry. */
function definitionsIn(language: Language, text: string): { name: string; offset: number; kind: Kind }[] {
  const found: { name: string; offset: number; kind: Kind }[] = [];
  const add = (name: string | undefined, offset: number, kind: Kind = 'function') => {
    if (name !== undefined) found.push({ name, offset, kind });
  };
  switch (language) {
    case 'go':
      for (const m of text.matchAll(GO_BENCHMARK)) add(m[1], m.index);
      break;
    case 'python':
      for (const m of text.matchAll(PYTHON_FUNCTION)) add(m[1], m.index);
      break;
    case 'rust':
      for (const m of text.matchAll(RUST_BENCHMARK)) {
        add(unescapeString(m[2] ?? ''), m.index, m[1] === 'benchmark_group' ? 'group' : 'function');
      }
      break;
    case 'js':
      for (const m of text.matchAll(JS_BENCHMARK)) {
        // A template literal with `${…}` has no fixed name.
        if (m[1] === '`' && m[2]?.includes('${')) continue;
        add(unescapeString(m[2] ?? ''), m.index);
      }
      break;
  }
  return found;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

function unescapeString(literal: string): string {
  return literal.replace(
    /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g,
    (_, sequence: string) => {
      if (sequence.length === 1) return SIMPLE_ESCAPES[sequence] ?? sequence;
      const codePoint = Number.parseInt(sequence.replace(/^[ux]\{?|\}$/g, ''), 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : sequence;
    },
  );
}

/** 1-based line of `offset` in `text`, given the offsets where lines start. */
function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Walks `workspace` once and indexes every benchmark definition of the requested languages. */
export async function indexBenchmarkSources(
  workspace: string,
  options: IndexOptions = {},
): Promise<BenchmarkSourceIndex> {
  const limits = { ...DEFAULT_LIMITS, ...options };
  const languages = new Set((options.formats ?? ['json']).flatMap((f) => LANGUAGES_OF_FORMAT[f]));
  const root = path.resolve(workspace);
  const { files, complete: walked } = await listSourceFiles(root, languages, limits.maxEntries);
  const definitions: Record<Language, Map<string, Definition[]>> = {
    go: new Map(),
    python: new Map(),
    rust: new Map(),
    js: new Map(),
  };
  const toRead = files.slice(0, limits.maxFiles);
  let filesRead = 0;
  for (let start = 0; start < toRead.length; start += READ_CONCURRENCY) {
    const chunk = toRead.slice(start, start + READ_CONCURRENCY);
    const texts = await Promise.all(
      chunk.map((f) => readSmallText(path.join(root, f.file), limits.maxFileBytes)),
    );
    chunk.forEach(({ file, language }, i) => {
      const text = texts[i];
      if (text === undefined) return;
      filesRead++;
      const lineStarts = lineStartsOf(text);
      for (const d of definitionsIn(language, text)) {
        const list = definitions[language].get(d.name) ?? [];
        list.push({ file, line: lineAt(lineStarts, d.offset), kind: d.kind });
        definitions[language].set(d.name, list);
      }
    });
  }
  return {
    filesRead,
    complete: walked && files.length <= limits.maxFiles,
    lookup: (query) => lookupDefinition(definitions, query),
  };
}

/** One benchmark's definition; for many, build the index once with indexBenchmarkSources. */
export async function findBenchmarkSource(
  workspace: string,
  query: BenchmarkSourceQuery,
): Promise<BenchmarkSource | undefined> {
  const index = await indexBenchmarkSources(workspace, { formats: [query.format ?? 'json'] });
  return index.lookup(query);
}

async function listSourceFiles(
  root: string,
  languages: Set<Language>,
  maxEntries: number,
): Promise<{ files: { file: string; language: Language }[]; complete: boolean }> {
  const files: { file: string; language: Language }[] = [];
  // Breadth first, entries sorted: files near the root come first and the order never varies.
  const pending = [''];
  let entriesSeen = 0;
  for (let next = 0; next < pending.length; next++) {
    const dir = pending[next] as string;
    const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++entriesSeen > maxEntries) return { files, complete: false };
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      // Symbolic links are neither files nor directories here: the walk never leaves the workspace.
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push(relative);
      } else if (entry.isFile()) {
        const language = languageOf(relative);
        if (language && languages.has(language)) files.push({ file: relative, language });
      }
    }
  }
  return { files, complete: true };
}

async function readSmallText(file: string, maxBytes: number): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info || info.size > maxBytes) return undefined;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text?.includes('\0') ? undefined : text;
}

function lookupDefinition(
  definitions: Record<Language, Map<string, Definition[]>>,
  query: BenchmarkSourceQuery,
): BenchmarkSource | undefined {
  const languages = LANGUAGES_OF_FORMAT[query.format ?? 'json'];
  for (const language of languages) {
    const found = LOOKUP[language](definitions[language], query);
    if (found) return { file: found.file, line: found.line };
  }
  return undefined;
}

type LanguageLookup = (
  defs: Map<string, Definition[]>,
  query: BenchmarkSourceQuery,
) => Definition | undefined;

const LOOKUP: Record<Language, LanguageLookup> = {
  // `BenchmarkParse/size=64-8` is defined as `func BenchmarkParse(`; the suite is the package import
  // path, whose tail is the test file's directory.
  go: (defs, { name, suite }) => {
    const top = name.split('/', 1)[0]?.split('-', 1)[0] ?? '';
    return best(defs.get(top), (d) => (suite === undefined ? 0 : sharedTailSegments(suite, dirOf(d.file))));
  },
  // `test_sort[10]`, `TestSorts::test_sort[10]` or `tests/test_x.py::test_sort[10]` → `def test_sort(`.
  python: (defs, { name }) => {
    const parts = name.split('[', 1)[0]?.split('::') ?? [];
    const file = parts.find((p) => p.endsWith('.py'));
    return best(defs.get(parts.at(-1) ?? ''), (d) => (file !== undefined && d.file.endsWith(file) ? 1 : 0));
  },
  // `fib_rec 15` (bench_function), `count_primes/2000` (a `/` in a bench_function name), or
  // `fib/iterative/10` (benchmark_group "fib" + BenchmarkId::new("iterative", 10)).
  rust: (defs, { name }) => {
    const segments = name.split('/');
    for (let n = segments.length; n >= 1; n--) {
      const whole = functions(defs.get(segments.slice(0, n).join('/')));
      if (whole) return unambiguous(whole);
    }
    const group = defs.get(segments[0] ?? '')?.filter((d) => d.kind === 'group');
    if (!group?.length) return undefined;
    const inGroupFile = functions(defs.get(segments[1] ?? ''))?.filter((d) =>
      group.some((g) => g.file === d.file),
    );
    return unambiguous(inGroupFile?.length ? inGroupFile : group);
  },
  // tinybench `.add('name'` or vitest `bench('name'`; prefer *.bench.* files and the file the suite names.
  js: (defs, { name, suite }) => {
    const candidates = defs.get(name);
    const inSuiteFile = candidates?.filter((d) => suite?.includes(d.file.slice(d.file.lastIndexOf('/') + 1)));
    return best(inSuiteFile?.length ? inSuiteFile : candidates, (d) =>
      /\.bench\.[cm]?[jt]s$/.test(d.file) ? 1 : 0,
    );
  },
};

function functions(defs: Definition[] | undefined): Definition[] | undefined {
  const list = defs?.filter((d) => d.kind === 'function');
  return list?.length ? list : undefined;
}

/**
 * The highest-scoring definition. A tie between files is ambiguous and gives undefined: the caller then
 * annotates the result file, which is better than pointing at the wrong benchmark.
 */
function best(defs: Definition[] | undefined, score: (d: Definition) => number): Definition | undefined {
  let top: Definition[] = [];
  let topScore = -1;
  for (const d of defs ?? []) {
    const s = score(d);
    if (s > topScore) [top, topScore] = [[d], s];
    else if (s === topScore) top.push(d);
  }
  return unambiguous(top);
}

/** The first definition when all are in one file, else undefined. */
function unambiguous(defs: Definition[] | undefined): Definition | undefined {
  const first = defs?.[0];
  return first && defs.every((d) => d.file === first.file) ? first : undefined;
}

function dirOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/**
 * How many trailing path segments a Go import path and a directory share: `example.com/m/internal/hash`
 * and `go/internal/hash` share 2. The module root need not be the workspace root, so only tails compare.
 */
function sharedTailSegments(importPath: string, dir: string): number {
  const a = importPath.split('/');
  const b = dir.split('/');
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && b[b.length - 1 - n])
    n++;
  return n;
}
