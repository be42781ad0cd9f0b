// criterion's own result files: target/criterion/<benchmark>/new/{benchmark,estimates,sample}.json.
// The three files of one folder make one benchmark; the latest run is in new/ (criterion moves the
// previous one to base/ and writes the comparison to change/).
import type { ConfidenceInterval, ParseOutput, ParseWarning } from '../../model/result.js';
import type { InputFile } from '../input.js';
import { parseJsonText } from '../json-text.js';
import {
  fail,
  fieldPlace,
  isObject,
  type JsonObject,
  type JsonPlace,
  readNumber,
  readNumbers,
  readObject,
  readOptionalString,
  readString,
} from './fields.js';
import { keepFirstPerId, perIterationSamples, sampledSeries, type Throughput } from './series.js';

const PARTS = ['benchmark.json', 'estimates.json', 'sample.json'] as const;
type Part = (typeof PARTS)[number];

/** Folders criterion fills besides new/: they hold older runs and comparisons, never the latest result. */
const OLDER_RUN_FOLDERS = new Set(['base', 'change']);

/** The files of one folder, by part; `tukey.json` and other files are not read. */
type Folder = { dir: string; files: Map<Part, InputFile> };

/**
 * Reads every benchmark folder among `files` (any mix of criterion JSON files). Each benchmark gives a
 * `ns` series: samples = times[i] / iters[i] of sample.json (time per iteration), value = their
 * median, mean/median/stddev = the point estimates of estimates.json, ci = the interval of criterion's
 * typical estimate (the slope in linear sampling mode, else the mean: the `time:` line it prints), and
 * with a `throughput` a `B/s` or `elem/s` series derived from the same samples. Name = full_id,
 * suite = group_id, params = function_id / value_str. Folders base/, change/ and saved baselines next to
 * a new/ folder are skipped; a folder missing one of its three files is skipped with a warning.
 */
export function parseCriterionFolders(files: InputFile[]): ParseOutput {
  const folders = groupByFolder(files);
  const out: ParseOutput = { results: [], warnings: [] };
  for (const file of files.filter((f) => !isPart(basename(f.path)))) {
    const message = `criterion JSON that is not named ${PARTS.join(', ')}: read per folder by those names; skipped`;
    out.warnings.push({ file: file.path, message });
  }
  const skippedOlder: InputFile[] = [];
  for (const folder of folders.values()) {
    if (isOlderRun(folder.dir, folders)) {
      for (const f of folder.files.values()) skippedOlder.push(f);
      continue;
    }
    // criterion 0.2 wrote no benchmark.json: the folder names the benchmark.
    const missing = PARTS.filter((part) => !folder.files.has(part) && part !== 'benchmark.json');
    if (missing.length > 0) {
      out.warnings.push(missingPartsWarning(folder, missing));
      continue;
    }
    for (const r of readBenchmark(folder, out)) out.results.push(r);
  }
  const [firstSkipped] = skippedOlder;
  if (firstSkipped) {
    out.warnings.push({
      file: firstSkipped.path,
      message: `ignored ${skippedOlder.length} criterion file(s) of base/, change/ or saved-baseline folders; only new/ holds the latest run`,
    });
  }
  return keepFirstPerId(out);
}

function isPart(name: string): name is Part {
  return (PARTS as readonly string[]).includes(name);
}

function groupByFolder(files: InputFile[]): Map<string, Folder> {
  const folders = new Map<string, Folder>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const part = basename(file.path);
    if (!isPart(part)) continue;
    const dir = dirname(file.path).replaceAll('\\', '/');
    const folder = folders.get(dir) ?? { dir, files: new Map() };
    folder.files.set(part, file);
    folders.set(dir, folder);
  }
  return folders;
}

/** base/, change/, or a saved baseline (`--save-baseline main`) sitting next to a new/ folder. */
function isOlderRun(dir: string, folders: Map<string, Folder>): boolean {
  if (basename(dir) === 'new') return false;
  return OLDER_RUN_FOLDERS.has(basename(dir)) || folders.has(`${dirname(dir)}/new`);
}

function missingPartsWarning(folder: Folder, missing: Part[]): ParseWarning {
  const present = [...folder.files.values()][0] as InputFile;
  return {
    file: present.path,
    message: `criterion folder ${folder.dir} has no ${missing.join(' or ')} (criterion writes benchmark.json, estimates.json and sample.json together); skipped`,
  };
}

function readBenchmark(folder: Folder, out: ParseOutput) {
  const read = (part: Part) => {
    const file = folder.files.get(part) as InputFile;
    const place: JsonPlace = { file: file.path, path: '$' };
    return { place, json: parseJsonText(file, `criterion's ${part}`) };
  };
  const estimates = read('estimates.json');
  const estimatesJson = readObject(estimates.json, estimates.place);
  const sample = read('sample.json');
  const id = folder.files.has('benchmark.json')
    ? readIdentityFile(read('benchmark.json'))
    : folderIdentity(folder);
  if (!folder.files.has('benchmark.json')) {
    out.warnings.push({
      file: estimates.place.file,
      message: `criterion folder ${folder.dir} has no benchmark.json (criterion before 0.3): named "${id.name}" after its folder`,
    });
  }
  const typical = readTypical(estimatesJson, estimates.place);
  return sampledSeries({
    ...id,
    samples: readSamples(sample.json, sample.place),
    unit: 'ns',
    mean: readPointEstimate(estimatesJson, 'mean', estimates.place),
    median: readPointEstimate(estimatesJson, 'median', estimates.place),
    stddev: readPointEstimate(estimatesJson, 'std_dev', estimates.place),
    typical: typical.ci,
    extra: {
      ciEstimate: typical.of,
      ...(typical.of === 'slope' ? { slope: typical.estimate } : {}),
      medianAbsDev: readPointEstimate(estimatesJson, 'median_abs_dev', estimates.place),
      ...(isObject(sample.json)
        ? { samplingMode: readOptionalString(sample.json, 'sampling_mode', sample.place) }
        : {}),
    },
    source: { file: estimates.place.file },
  });
}

function readIdentityFile(benchmark: { place: JsonPlace; json: unknown }) {
  return readIdentity(readObject(benchmark.json, benchmark.place), benchmark.place);
}

/** `target/criterion/fib/iterative/100/new` → `fib/iterative/100`: the path criterion made of the id. */
function folderIdentity(folder: Folder) {
  const dir = basename(folder.dir) === 'new' ? dirname(folder.dir) : folder.dir;
  const parts = dir.split('/');
  const at = parts.lastIndexOf('criterion');
  const name = (at >= 0 && at < parts.length - 1 ? parts.slice(at + 1) : parts.slice(-1)).join('/');
  return { name, suite: undefined, params: undefined, throughput: [] as Throughput[] };
}

function readIdentity(json: JsonObject, place: JsonPlace) {
  const fullId = readString(json, 'full_id', place);
  const functionId = readOptionalString(json, 'function_id', place);
  const value = readOptionalString(json, 'value_str', place);
  const params = {
    ...(functionId !== undefined ? { function: functionId } : {}),
    ...(value !== undefined ? { value } : {}),
  };
  return {
    name: fullId,
    suite: readOptionalString(json, 'group_id', place),
    params: Object.keys(params).length > 0 ? params : undefined,
    throughput: readThroughput(json.throughput, fieldPlace(place, 'throughput')),
  };
}

/** `null`, `{"Bytes": N}`, `{"BytesDecimal": N}` (criterion ≥ 0.4) or `{"Elements": N}`. */
function readThroughput(value: unknown, place: JsonPlace): Throughput[] {
  if (value === null || value === undefined) return [];
  const json = readObject(value, place);
  for (const [key, unit] of [
    ['Bytes', 'B/s'],
    ['BytesDecimal', 'B/s'],
    ['Elements', 'elem/s'],
  ] as const) {
    if (key in json) return [{ unit, perIteration: readNumber(json, key, place) }];
  }
  return fail(place, 'null or one of {"Bytes": n}, {"BytesDecimal": n}, {"Elements": n}');
}

/** criterion 0.3+: `{"sampling_mode", "iters", "times"}`; criterion 0.2: `[[iters…], [times…]]`. */
function readSamples(json: unknown, place: JsonPlace): number[] {
  if (Array.isArray(json)) {
    if (json.length !== 2) fail(place, 'criterion 0.2 samples [[iters...], [times...]]');
    const pair = { iters: json[0], times: json[1] };
    return perIterationSamples(readNumbers(pair, 'times', place), readNumbers(pair, 'iters', place), place, {
      times: '1',
      iterations: '0',
    });
  }
  const object = readObject(json, place);
  return perIterationSamples(
    readNumbers(object, 'times', place),
    readNumbers(object, 'iters', place),
    place,
    {
      times: 'times',
      iterations: 'iters',
    },
  );
}

/** criterion 0.2 named the estimates `Mean`, `Median`, `StdDev`, `MedianAbsDev`, `Slope`. */
function estimateKey(json: JsonObject, key: string): string {
  if (key in json) return key;
  const capitalized = key.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return capitalized in json ? capitalized : key;
}

function readPointEstimate(json: JsonObject, key: string, place: JsonPlace): number {
  const found = estimateKey(json, key);
  const at = fieldPlace(place, found);
  return readNumber(readObject(json[found], at), 'point_estimate', at);
}

/** Criterion's typical estimate: the slope when it fitted one (linear sampling), else the mean. */
function readTypical(json: JsonObject, place: JsonPlace) {
  const slope = json[estimateKey(json, 'slope')];
  const of = slope === null || slope === undefined ? 'mean' : 'slope';
  const key = estimateKey(json, of);
  const at = fieldPlace(place, key);
  const estimate = readObject(json[key], at);
  const interval = readObject(estimate.confidence_interval, fieldPlace(at, 'confidence_interval'));
  const intervalAt = fieldPlace(at, 'confidence_interval');
  const ci: ConfidenceInterval = {
    lo: readNumber(interval, 'lower_bound', intervalAt),
    hi: readNumber(interval, 'upper_bound', intervalAt),
    level: readNumber(interval, 'confidence_level', intervalAt),
  };
  return { of, estimate: readNumber(estimate, 'point_estimate', at), ci } as const;
}

function basename(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

function dirname(p: string): string {
  const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return cut < 0 ? '.' : p.slice(0, cut);
}
