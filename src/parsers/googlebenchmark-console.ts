/**
 * Google Benchmark's console output (`--benchmark_format=console`, the default) as the entries its
 * JSON would hold, so both shapes go through one reader (googlebenchmark.ts):
 *   BM_Sort/64            534 ns    176 ns   3945326 bytes_per_second=1.3557G/s   (one repetition)
 *   BM_Sort/64_mean       557 ns    176 ns         3 bytes_per_second=1.35195G/s  (aggregate; 3 = repetitions)
 *   BM_Sort/64_cv        3.55 %    0.25 %          3 bytes_per_second=0.25%
 *   BM_Sort_BigO         8.65 NlgN 2.36 NlgN                                       (complexity)
 *   BM_SkipsWithError    ERROR OCCURRED: 'simulated failure'
 * The console rounds to about 3 significant digits. Counter prefixes are SI (k = 1000), except for
 * bytes_per_second, which Google Benchmark prints with k = 1024 (SetBytesProcessed's kIs1024) while
 * writing `G/s`; percentages (`_cv`) become fractions, as in the JSON.
 */
import { inputError } from '../model/errors.js';
import { withoutFloatNoise } from '../model/units.js';
import { stripColors } from './criterion/text.js';
import { detached, type InputFile } from './input.js';
import type { JsonObject } from './json-text.js';

const HEADER = /^-{10,}\n\s*Benchmark\s+Time\s+CPU\s+Iterations[^\n]*\n-{10,}$/m;
const TIME_UNITS = new Set(['ns', 'us', 'ms', 's']);
const AGGREGATE = /^(.+)_(mean|median|stddev|cv)$/;
const COMPLEXITY = /^(.+)_(BigO|RMS)$/;
const BIG_PREFIXES = 'kMGTPEZY';
const SMALL_PREFIXES: Record<string, number> = { m: 1e-3, u: 1e-6, n: 1e-9, p: 1e-12 };

export function looksLikeGoogleBenchmarkConsole(text: string): boolean {
  return HEADER.test(stripColors(text.slice(0, 64 * 1024)));
}

export function consoleEntries(file: InputFile): { entry: JsonObject; at: string }[] {
  const text = stripColors(file.text);
  const header = HEADER.exec(text);
  if (!header) throw inputError(file.path, 'expected the "Benchmark  Time  CPU  Iterations" header');
  const first = text.slice(0, header.index + header[0].length).split('\n').length + 1;
  // --benchmark_counters_tabular prints counters as unnamed columns: refused rather than misread.
  if (/Iterations[ \t]+\S/.test(header[0]))
    throw inputError(
      file.path,
      'counters printed as columns (--benchmark_counters_tabular) are not read; write --benchmark_format=json',
      { line: first - 2 },
    );
  const out: { entry: JsonObject; at: string }[] = [];
  text
    .slice(header.index + header[0].length + 1)
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || /^-+$/.test(line)) return;
      out.push({ entry: consoleEntry(file, line, first + i), at: `line ${first + i}` });
    });
  return out;
}

function consoleEntry(file: InputFile, line: string, at: number): JsonObject {
  const fail = (what: string): never => {
    throw inputError(file.path, `expected ${what} in "${line}"`, { line: at });
  };
  const error = /^(\S+)\s+ERROR OCCURRED: '(.*)'$/.exec(line);
  if (error) return { name: detached(error[1] ?? ''), error_occurred: true, error_message: error[2] };
  const [name = '', ...tokens] = line.split(/\s+/);
  const complexity = COMPLEXITY.exec(name);
  if (complexity) {
    const [real = '', realUnit = '', cpu = '', cpuUnit = ''] = tokens;
    const percent = (unit: string) => (unit === '%' ? 100 : 1);
    return {
      name: detached(name),
      run_name: detached(complexity[1] ?? ''),
      run_type: 'aggregate',
      aggregate_name: complexity[2],
      real_time: withoutFloatNoise(number(real) / percent(realUnit)),
      cpu_time: withoutFloatNoise(number(cpu) / percent(cpuUnit)),
      ...(complexity[2] === 'BigO' ? { big_o: realUnit } : {}),
    };
  }
  const [real = '', realUnit = '', cpu = '', cpuUnit = '', iterations = '', ...rest] = tokens;
  const aggregate = AGGREGATE.exec(name);
  const percent = aggregate?.[2] === 'cv' && realUnit === '%' && cpuUnit === '%';
  if (!percent && (!TIME_UNITS.has(realUnit) || realUnit !== cpuUnit))
    fail('a time like "534 ns" and a CPU time');
  if (![real, cpu, iterations].every((x) => Number.isFinite(number(x))))
    fail('numbers for time, CPU and iterations');
  const scale = percent ? 100 : 1;
  const entry: JsonObject = {
    name: detached(name),
    run_name: detached(aggregate ? (aggregate[1] ?? '') : name),
    run_type: aggregate ? 'aggregate' : 'iteration',
    ...(aggregate ? { aggregate_name: aggregate[2], repetitions: number(iterations) } : {}),
    ...(aggregate ? {} : { iterations: number(iterations) }),
    // withoutFloatNoise: 1.86 % is the 0.0186 the tool printed, not 0.018600000000000002.
    real_time: withoutFloatNoise(number(real) / scale),
    cpu_time: withoutFloatNoise(number(cpu) / scale),
    ...(percent ? { aggregate_unit: 'percentage' } : { time_unit: realUnit }),
  };
  const label: string[] = [];
  for (const token of rest) {
    const counter = /^([^=]+)=(.+)$/.exec(token);
    const value = counter ? counterValue(counter[2] ?? '', counter[1] === 'bytes_per_second') : Number.NaN;
    if (counter && Number.isFinite(value)) entry[detached(counter[1] ?? '')] = value;
    else label.push(token);
  }
  if (label.length > 0) entry.label = detached(label.join(' '));
  return entry;
}

/** `1.3557G/s`, `2.112k`, `36`, `0.25%` as the number the JSON would hold. */
function counterValue(text: string, binary: boolean): number {
  const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)([kMGTPEZY]|[munp])?(\/s)?(%)?$/.exec(text);
  if (!m) return Number.NaN;
  const prefix = m[2] ?? '';
  const big = prefix === '' ? -1 : BIG_PREFIXES.indexOf(prefix);
  const factor = big >= 0 ? (binary ? 1024 : 1000) ** (big + 1) : (SMALL_PREFIXES[prefix] ?? 1);
  return m[4] ? withoutFloatNoise(Number(m[1]) / 100) : Number(m[1]) * factor;
}

function number(text: string): number {
  return /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
