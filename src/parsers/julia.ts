/**
 * The `julia` format: BenchmarkTools.jl's `BenchmarkTools.save(file, results)` JSON, `[{"Julia": …,
 * "BenchmarkTools": …}, [["BenchmarkGroup", {"data": {key: [type, value]}, "tags": […]}]]]`.
 *
 * One `ns` series per leaf, named by its path of group keys joined with `/` (`fib/20`): a
 * `TrialEstimate` (what `median(results)` saves) gives one value (n = 1); a `Trial` gives its `times` as
 * samples. memory (bytes), allocs, gctime and the parameters go to `extra`, the leaf's group tags too.
 */
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type ParseOutput, seriesId } from '../model/result.js';
import type { InputFile } from './input.js';
import { isFiniteNumber, isObject, type JsonObject, parseJsonText } from './json-text.js';
import { sampleSummary } from './sample-summary.js';

const EXPECTED = 'BenchmarkTools.save JSON ([{"Julia", "BenchmarkTools"}, [["BenchmarkGroup", {...}]]])';

export function looksLikeJulia(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return /"BenchmarkTools"\s*:/.test(head) && /"BenchmarkGroup"/.test(head);
}

export function parseJulia(file: InputFile): ParseOutput {
  const doc = parseJsonText(file, EXPECTED);
  if (!Array.isArray(doc) || !Array.isArray(doc[1]))
    throw inputError(file.path, `expected ${EXPECTED}`, { path: '$' });
  const results: BenchmarkResult[] = [];
  for (const [i, item] of (doc[1] as unknown[]).entries()) visit(file, item, [], [], `$[1][${i}]`, results);
  if (results.length === 0) throw inputError(file.path, `no benchmark results; expected ${EXPECTED}`);
  return { results, warnings: [] };
}

/** `[type, value]` pairs all the way down: groups hold `data`, leaves are Trial or TrialEstimate. */
function visit(
  file: InputFile,
  item: unknown,
  path: string[],
  tags: unknown[],
  at: string,
  out: BenchmarkResult[],
): void {
  if (!Array.isArray(item) || typeof item[0] !== 'string' || !isObject(item[1])) {
    throw inputError(file.path, 'expected ["BenchmarkGroup" | "Trial" | "TrialEstimate", {...}]', {
      path: at,
    });
  }
  const [type, value] = item as [string, JsonObject];
  if (type === 'BenchmarkGroup') {
    const groupTags = [...tags, ...(Array.isArray(value.tags) ? value.tags : [])];
    const data = isObject(value.data) ? value.data : {};
    for (const [key, child] of Object.entries(data)) {
      visit(file, child, [...path, key], groupTags, `${at}[1].data[${JSON.stringify(key)}]`, out);
    }
    return;
  }
  const name = path.join('/');
  const measured = readTimes(file, type, value, at);
  const { time: _, times: __, params, ...rest } = value;
  out.push({
    id: seriesId(undefined, name, 'ns'),
    name,
    unit: 'ns',
    direction: 'smaller',
    ...measured,
    extra: {
      type,
      ...rest,
      ...(Array.isArray(params) && isObject(params[1]) ? { parameters: params[1] } : {}),
      ...(tags.length > 0 ? { tags } : {}),
    },
    source: { file: file.path },
  });
}

function readTimes(file: InputFile, type: string, value: JsonObject, at: string) {
  if (Array.isArray(value.times) && value.times.length > 0 && value.times.every(isFiniteNumber)) {
    return sampleSummary(value.times as number[]);
  }
  if (isFiniteNumber(value.time)) return { n: 1, value: value.time };
  throw inputError(file.path, `expected "time" (TrialEstimate) or "times" (Trial) in a ${type}`, {
    path: `${at}[1]`,
  });
}
