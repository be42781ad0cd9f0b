/**
 * The `benchmarkjs` format: what benchmark.js prints per cycle (`String(event.target)`),
 * `name x 1,234 ops/sec ±1.23% (90 runs sampled)`, the lines github-action-benchmark reads.
 *
 * One `ops/s` series (bigger is better) per line: value = the printed hz, n = the runs sampled, ci = the
 * printed relative margin of error (benchmark.js's 95% interval of the mean) around it. Other lines
 * (`Fastest is …`, the program's own output) are skipped.
 */
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type ParseOutput, seriesId } from '../model/result.js';
import type { InputFile } from './input.js';

const LINE =
  /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+-|\+\/-)\s*(\d+(?:\.\d+)?)% \((\d+) runs? sampled\)\s*$/;
const EXPECTED = 'benchmark.js output (lines like "name x 1,234 ops/sec ±1.23% (90 runs sampled)")';

export function looksLikeBenchmarkJs(text: string): boolean {
  return text
    .slice(0, 64 * 1024)
    .split('\n')
    .some((line) => LINE.test(line.trimEnd()));
}

export function parseBenchmarkJs(file: InputFile): ParseOutput {
  const results: BenchmarkResult[] = [];
  file.text.split('\n').forEach((raw, i) => {
    const m = LINE.exec(raw.trimEnd());
    if (!m) return;
    const [, name = '', hz = '', rme = '', runs = ''] = m;
    const value = Number(hz.replaceAll(',', ''));
    const margin = (value * Number(rme)) / 100;
    results.push({
      id: seriesId(undefined, name, 'ops/s'),
      name,
      unit: 'ops/s',
      direction: 'bigger',
      n: Number(runs),
      value,
      mean: value,
      ci: { lo: value - margin, hi: value + margin, level: 0.95 },
      extra: { rme: Number(rme) },
      source: { file: file.path, line: i + 1 },
    });
  });
  if (results.length === 0) throw inputError(file.path, `no benchmark results found; expected ${EXPECTED}`);
  return { results, warnings: [] };
}
