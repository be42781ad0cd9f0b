// One run's results of the same series, read from several files or several passes, as one result.
//
// A run may come as several files: pytest run in five passes with a JSON file each, `go test` run
// per package or in passes into separate files. benchstat pools every measurement of a benchmark in
// its inputs; so does a run here (the action's `files`, one `--baseline` or `--current` of the CLI,
// and compare() itself for history entries written before): results with the same id are one
// series, their raw samples concatenated in input order. Without it, compare() took each part for a
// run of its own (a "window" made of one run) and reported the same benchmark several times.
// `parse` still lists what each file holds.
//
// Only raw samples can be pooled exactly. Parts without them (summaries, an interval) keep the first
// part, and a warning names the rest as ignored.
import type { BenchmarkResult, ParseOutput, ParseWarning } from '../model/result.js';
import { sampleSummary } from './sample-summary.js';

export function poolSameSeries(results: readonly BenchmarkResult[]): ParseOutput {
  // The usual run names each series once (compare() pools runs a second time): nothing to pool then,
  // and no list per series is made.
  const seen = new Set<string>();
  for (const result of results) {
    if (seen.has(result.id)) return poolRepeated(results);
    seen.add(result.id);
  }
  return { results: [...results], warnings: [] };
}

function poolRepeated(results: readonly BenchmarkResult[]): ParseOutput {
  const byId = new Map<string, BenchmarkResult[]>();
  for (const result of results) {
    const parts = byId.get(result.id);
    if (parts) parts.push(result);
    else byId.set(result.id, [result]);
  }
  const warnings: ParseWarning[] = [];
  const pooledResults: BenchmarkResult[] = [];
  for (const parts of byId.values()) {
    const [first] = parts as [BenchmarkResult, ...BenchmarkResult[]];
    if (parts.length === 1) pooledResults.push(first);
    else if (parts.every((p) => p.samples && p.samples.length > 0)) pooledResults.push(pooled(parts));
    else {
      pooledResults.push(first);
      for (const ignored of parts.slice(1)) {
        warnings.push({
          file: ignored.source.file,
          ...(ignored.source.line !== undefined ? { line: ignored.source.line } : {}),
          message: `${first.id} again (first in ${first.source.file}), without raw samples to pool; ignored`,
        });
      }
    }
  }
  return { results: pooledResults, warnings };
}

/** The parts' samples in input order; the rest of the first part (where it was read, its extras). */
function pooled(parts: BenchmarkResult[]): BenchmarkResult {
  const [first] = parts as [BenchmarkResult, ...BenchmarkResult[]];
  const { ci: _perPart, stddev: _old, ...rest } = first;
  return {
    ...rest,
    ...sampleSummary(parts.flatMap((p) => p.samples as number[])),
    extra: { ...pooledExtra(parts), pooledFrom: parts.map((p) => p.source) },
  };
}

/** The first part's extras, with arrays that run parallel to the samples (go's iterations) joined. */
function pooledExtra(parts: BenchmarkResult[]): Record<string, unknown> {
  const extra: Record<string, unknown> = { ...(parts[0]?.extra ?? {}) };
  for (const [key, value] of Object.entries(extra)) {
    const parallel = parts.every((p) => {
      const own = p.extra?.[key];
      return Array.isArray(own) && own.length === p.samples?.length;
    });
    if (Array.isArray(value) && parallel) extra[key] = parts.flatMap((p) => p.extra?.[key] as unknown[]);
  }
  return extra;
}
