/**
 * The `luau` format (github-action-benchmark's `benchmarkluau`): Luau's bench runner
 * (`bench/bench.py`), `SUCCESS: name : 15.041ms +/- 0.636% on luau` lines and its results table
 * `Test | Min | Average | StdDev% | Driver`.
 *
 * One `ms` series per test: value = the average, n unknown (1: the runner prints no sample count), the
 * relative standard deviation as stddev, the table's minimum and driver in `extra`. The `Total` row is
 * a sum, not a benchmark: skipped.
 */
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type ParseOutput, seriesId } from '../model/result.js';
import type { InputFile } from './input.js';

const SUCCESS = /^SUCCESS:\s*(.+?)\s*:\s*(\d+(?:\.\d+)?)ms \+\/-\s*(\d+(?:\.\d+)?)% on (\S+)\s*$/;
const ROW =
  /^(.+?)\s*\|\s*(\d+(?:\.\d+)?)ms\s*\|\s*(\d+(?:\.\d+)?)ms\s*\|\s*(?:\d+(?:\.\d+)?%|---)\s*\|\s*(\S+)\s*$/;
const EXPECTED = 'Luau bench output (lines like "SUCCESS: base64 : 15.041ms +/- 0.636% on luau")';

export function looksLikeLuau(text: string): boolean {
  return /^SUCCESS:\s*.+?:\s*\d+(?:\.\d+)?ms \+\/-/m.test(text.slice(0, 64 * 1024));
}

export function parseLuau(file: InputFile): ParseOutput {
  const lines = file.text.split('\n').map((line) => line.trimEnd());
  const minimum = new Map<string, number>();
  for (const line of lines) {
    const row = ROW.exec(line);
    if (row) minimum.set((row[1] as string).trim(), Number(row[2]));
  }
  const results: BenchmarkResult[] = [];
  lines.forEach((line, i) => {
    const m = SUCCESS.exec(line);
    if (!m) return;
    const [, name = '', average = '', relStd = '', driver = ''] = m;
    const value = Number(average);
    const min = minimum.get(name);
    results.push({
      id: seriesId(undefined, name, 'ms'),
      name,
      unit: 'ms',
      direction: 'smaller',
      n: 1,
      value,
      mean: value,
      stddev: (value * Number(relStd)) / 100,
      ...(min !== undefined ? { min } : {}),
      extra: { stddevPercent: Number(relStd), driver },
      source: { file: file.path, line: i + 1 },
    });
  });
  if (results.length === 0) throw inputError(file.path, `no benchmark results found; expected ${EXPECTED}`);
  return { results, warnings: [] };
}
