// The text `cargo bench` prints: criterion's report blocks (`name  time: [lo est hi]`), and the
// one-line `test name ... bench: N ns/iter (+/- M)` of libtest `#[bench]` and of criterion's
// `--output-format bencher`.
import { inputError } from '../../model/errors.js';
import type { BenchmarkResult, ParseOutput } from '../../model/result.js';
import { conversionFactor } from '../../model/units.js';
import type { InputFile } from '../input.js';
import { bencherSeries, DEFAULT_SAMPLE_SIZE, keepFirstPerId, series } from './series.js';

const VALUE_WITH_UNIT = String.raw`(\d+(?:\.\d+)?)\s*(\S+)`;
const TRIPLE = String.raw`\[\s*${VALUE_WITH_UNIT}\s+${VALUE_WITH_UNIT}\s+${VALUE_WITH_UNIT}\s*\]`;
/** `mix   time:   [362.86 ns 364.47 ns 366.30 ns]`; the `change:` block's `time: [+0.3% …]` does not match. */
const TIME_LINE = new RegExp(String.raw`^(.*?)\s*time:\s+${TRIPLE}`);
const THROUGHPUT_LINE = new RegExp(String.raw`^\s*thrpt:\s+${TRIPLE}`);
const COLLECTING_LINE = /^Benchmarking (.+): Collecting (\d+) samples in estimated /;
const BENCHMARKING_LINE =
  /^Benchmarking (.+?)(?:: (?:Warming up|Collecting|Analyzing|Profiling|Complete)\b.*)?$/;
const OUTLIERS_LINE = /^Found \d+ outliers among (\d+) measurements/;
/** Recent libtest prints fractional ns with thousands separators (`1,401.94`); criterion plain integers. */
const GROUPED = String.raw`(\d[\d,]*(?:\.\d+)?)`;
/** `ns/iter` from libtest and criterion; any `x/y` from custom measurements (`cycles/iter`, `MS/s`). */
const BENCH_LINE = new RegExp(
  String.raw`^test (.+?)\s+\.\.\. bench:\s+${GROUPED} (\S+/\S+) \(\+/- ${GROUPED}\)(?: = ${GROUPED} MB/s)?\s*$`,
);
const FAILED_LINE = /^test (.+?)\s+\.\.\. FAILED\s*$/;
const LIBTEST_START = /^running \d+ tests?\s*$/;
const LIBTEST_END = /^test result: /;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the color codes criterion prints on a terminal
const ANSI_COLOR = /\u001b\[[0-9;]*m/g;

/** Text without the color codes criterion and cargo print on a terminal. */
export function stripColors(text: string): string {
  return text.replace(ANSI_COLOR, '');
}

/** Criterion's default confidence level; its text output does not print the level. */
const TEXT_CI_LEVEL = 0.95;

interface TextLine {
  text: string;
  line: number;
}

/** A `[lo est hi]` triple in one unit, and the line it was printed on. */
interface Triple {
  unit: string;
  lo: number;
  estimate: number;
  hi: number;
  line: number;
}

/** One criterion report block: its `time:` line and what the lines after it add. */
interface CriterionBlock {
  name: string;
  time: Triple;
  throughput?: Triple;
  /** From `Collecting N samples`, else `Found … outliers among N measurements`. */
  n?: number;
}

/**
 * criterion text: one `ns` series per `time:` line (value = the middle estimate, criterion's typical
 * estimate; ci = [lo, hi] at 95%) whatever unit it was printed in (ps…s), and a `B/s` or `elem/s` series
 * per `thrpt:` line; n from `Collecting N samples` (else the outlier line's count, else 100, flagged
 * `extra.assumedSampleCount`). `test NAME ... bench:` lines: see bencherSeries. `change:`, verdict,
 * outlier and `test result:` lines are skipped; a failed libtest benchmark is a warning.
 */
export function parseCriterionText(file: InputFile): ParseOutput {
  const out: ParseOutput = { results: [], warnings: [] };
  const samplesByName = new Map<string, number>();
  let block: CriterionBlock | undefined;
  let previous: TextLine | undefined;
  let inLibtest = false;
  let sawBenchOutput = false;
  // Bencher lines are decided libtest or criterion per block of them, never per line (see benchBlockResults).
  let benchLines: BenchLine[] = [];
  const finishBlock = () => {
    if (block) for (const r of blockResults(file, block)) out.results.push(r);
    block = undefined;
    for (const r of benchBlockResults(file, benchLines)) out.results.push(r);
    benchLines = [];
  };
  for (const current of logicalLines(file.text)) {
    const { text, line } = current;
    const time = TIME_LINE.exec(text);
    const throughput = THROUGHPUT_LINE.exec(text);
    const bench = BENCH_LINE.exec(text);
    const collecting = COLLECTING_LINE.exec(text);
    const outliers = OUTLIERS_LINE.exec(text);
    const failed = FAILED_LINE.exec(text);
    if (time) {
      finishBlock();
      const name = (time[1] as string).trim() || nameAbove(previous);
      const triple = name ? readTriple(file, name, 'time', time.slice(2), line, out) : undefined;
      if (!name)
        out.warnings.push({ file: file.path, line, message: 'time: line without a benchmark name; skipped' });
      block = triple && { name, time: triple, n: samplesByName.get(name) };
    } else if (throughput && block?.time.line === line - 1) {
      block.throughput = readTriple(file, block.name, 'thrpt', throughput.slice(1), line, out);
    } else if (outliers && block) {
      block.n ??= Number(outliers[1]);
    } else if (bench) {
      if (block) finishBlock();
      benchLines.push({ match: bench, line, inLibtest });
    } else if (failed) {
      out.warnings.push({
        file: file.path,
        line,
        message: `benchmark ${failed[1]} failed; it has no result`,
      });
    } else if (collecting) {
      samplesByName.set(collecting[1] as string, Number(collecting[2]));
    }
    if (BENCHMARKING_LINE.test(text)) {
      finishBlock();
      sawBenchOutput = true;
    } else if (LIBTEST_START.test(text)) {
      finishBlock();
      inLibtest = sawBenchOutput = true;
    } else if (LIBTEST_END.test(text)) {
      finishBlock();
      inLibtest = false;
    }
    previous = current;
  }
  finishBlock();
  if (out.results.length === 0 && !sawBenchOutput) {
    throw inputError(
      file.path,
      'no benchmark results found; expected criterion `NAME time: [lo est hi]` lines or `test NAME ... bench: N ns/iter` lines',
    );
  }
  return keepFirstPerId(out);
}

/**
 * Lines without color codes, each `\r`-separated part of a line on its own (on a terminal criterion
 * rewrites its progress line in place), blank parts dropped; `line` is 1-based.
 */
function* logicalLines(text: string): Generator<TextLine> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (const part of stripColors(lines[i] as string).split('\r')) {
      if (part.trim() !== '') yield { text: part.trimEnd(), line: i + 1 };
    }
  }
}

/** Ids longer than 23 characters are printed on their own line, `time:` on the next one. */
function nameAbove(previous: TextLine | undefined): string {
  const text = previous?.text.trim() ?? '';
  return BENCHMARKING_LINE.exec(text)?.[1] ?? text;
}

/** Target units: times become ns, rates B/s or elem/s. */
const TARGET_UNITS = { time: ['ns'], thrpt: ['B/s', 'elem/s'] } as const;

function readTriple(
  file: InputFile,
  name: string,
  kind: keyof typeof TARGET_UNITS,
  raw: string[],
  line: number,
  out: ParseOutput,
): Triple | undefined {
  const triple = normalizeTriple(raw, TARGET_UNITS[kind]);
  if (triple) return { ...triple, line };
  const message = `${name}: mixed or unknown units in ${kind}: [${raw.join(' ')}]; skipped`;
  out.warnings.push({ file: file.path, line, message });
  return undefined;
}

/**
 * `[1.1073 µs 1.1105 µs 1.1141 µs]` → ns. Criterion scales each value on its own
 * (`[999.12 ns 1.0001 µs 1.0020 µs]`), so each is converted to the first of `targets` that all three
 * fit. Units that fit none (a custom measurement) are kept when all three agree.
 */
function normalizeTriple(raw: string[], targets: readonly string[]): Omit<Triple, 'line'> | undefined {
  const pairs = [0, 2, 4].map((i) => ({ value: Number(raw[i]), unit: raw[i + 1] as string }));
  const target = targets.find((t) => pairs.every((p) => conversionFactor(p.unit, t) !== undefined));
  const unit = target ?? (pairs.every((p) => p.unit === pairs[0]?.unit) ? pairs[0]?.unit : undefined);
  if (unit === undefined) return undefined;
  const [a = 0, b = 0, c = 0] = pairs.map((p) =>
    roundFloatNoise(p.value * (conversionFactor(p.unit, unit) as number)),
  );
  // thrpt lists the rate at the time's upper bound first: order the bounds either way.
  return { unit, lo: Math.min(a, c), estimate: b, hi: Math.max(a, c) };
}

/** `1.6699 µs` is 1669.9 ns, not 1669.8999999999999: the printed values have 5 significant digits. */
function roundFloatNoise(value: number): number {
  return Number(value.toPrecision(12));
}

function blockResults(file: InputFile, block: CriterionBlock): BenchmarkResult[] {
  const n = block.n ?? DEFAULT_SAMPLE_SIZE;
  const extra = block.n === undefined ? { assumedSampleCount: true } : undefined;
  return [block.time, block.throughput].flatMap((triple) =>
    triple
      ? series({
          name: block.name,
          unit: triple.unit,
          n,
          value: triple.estimate,
          ci: { lo: triple.lo, hi: triple.hi, level: TEXT_CI_LEVEL },
          extra,
          source: { file: file.path, line: triple.line },
        })
      : [],
  );
}

interface BenchLine {
  match: RegExpExecArray;
  line: number;
  inLibtest: boolean;
}

/**
 * A block of `test NAME ... bench:` lines (one run of the tool, between other output). It is libtest's
 * when any line is inside a `running N tests` … `test result:` block or has separators or decimals
 * (criterion prints plain integers), else criterion's bencher format. One tool prints a whole block: a
 * per-line decision split one run into two tools whenever a libtest value happened to be an integer.
 */
function benchBlockResults(file: InputFile, lines: BenchLine[]): BenchmarkResult[] {
  const libtest = lines.some(({ match, inLibtest }) => inLibtest || /[,.]/.test(`${match[2]}${match[4]}`));
  return lines.flatMap(({ match, line }) => {
    const [, name = '', value = '', unit = '', plusMinus = '', megabytesPerSecond] = match;
    return bencherSeries({
      name,
      median: groupedNumber(value),
      unit: unit === 'ns/iter' ? 'ns' : unit,
      plusMinus: groupedNumber(plusMinus),
      megabytesPerSecond: megabytesPerSecond === undefined ? undefined : groupedNumber(megabytesPerSecond),
      tool: libtest ? 'libtest' : 'criterion',
      source: { file: file.path, line },
    });
  });
}

/** `1,401.94` → 1401.94 */
function groupedNumber(text: string): number {
  return Number(text.replaceAll(',', ''));
}
