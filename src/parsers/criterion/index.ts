/**
 * The `criterion` format: everything Rust benchmarks print, in four shapes.
 *
 * - **target/criterion JSON** (`<benchmark>/new/{benchmark,estimates,sample}.json`, or the directory
 *   holding them): read per folder, with criterion's raw samples; see criterion-dir.ts.
 * - **`cargo bench` text** of criterion (`name  time: [lo est hi]`, `thrpt: […]`); see criterion-text.ts.
 * - **bencher lines** `test name ... bench: 1,234 ns/iter (+/- 56)` of libtest `#[bench]` and of
 *   criterion's `--output-format bencher`; see criterion-text.ts.
 * - **JSON lines** of cargo-criterion `--message-format=json` and libtest `--format json`; see
 *   criterion-jsonl.ts.
 *
 * Every time is converted to `ns` (a benchmark crossing 1 µs keeps its unit and id); ids are
 * `<full id> [ns]`, so the text, JSON and bencher outputs of one benchmark share a series. Throughput
 * is a second series of the same name in `B/s`, `elem/s` (criterion) or `MB/s` (libtest).
 */
import type { ParseOutput } from '../../model/result.js';
import type { InputFile } from '../input.js';
import { parseCriterionFolders } from './dir.js';
import { parseCriterionJsonLines } from './jsonl.js';
import { parseCriterionText, stripColors } from './text.js';

/** Sniffing reads the start of a file only: every signature appears in its first lines. */
const SNIFF_WINDOW = 64 * 1024;

/** criterion's tukey.json: the four outlier fences. Claimed (and skipped) so `new/*.json` globs work. */
const TUKEY_FENCES = /^\s*\[\s*-?[\d.e+-]+(?:\s*,\s*-?[\d.e+-]+){3}\s*\]\s*$/;
/** criterion 0.2's sample.json: `[[iters…], [times…]]` (0.3 writes an object). */
const PAIR_OF_ARRAYS = /^\s*\[\s*\[\s*-?[\d.]/;
/** A line of cargo-criterion (`{"reason":…}`) or libtest (`{ "type": … }`) JSON output. */
const JSON_LINE = /^\s*\{\s*"(?:reason|type)"\s*:/m;

const SIGNATURES: RegExp[] = [
  /"point_estimate"\s*:/, // estimates.json
  /^\s*\{\s*"(?:sampling_mode|iters)"\s*:/, // sample.json
  /^\s*\{\s*"group_id"\s*:[^\n]*"full_id"\s*:/, // benchmark.json
  TUKEY_FENCES,
  PAIR_OF_ARRAYS,
  /time:\s+\[\s*\d+(?:\.\d+)?\s*(?:ps|ns|µs|μs|us|ms|s)\s/, // criterion text
  /^test .+ \.\.\. bench:\s+\d[\d,]*(?:\.\d+)? \S+\/\S+ \(\+\/- /m, // libtest / bencher text
  /^\s*\{\s*"type"\s*:\s*"bench"/m, // libtest --format json
  /"reason"\s*:\s*"(?:benchmark|group)-complete"/, // cargo-criterion --message-format=json
];

export function looksLikeCriterion(text: string): boolean {
  const head = stripColors(text.slice(0, SNIFF_WINDOW));
  return SIGNATURES.some((signature) => signature.test(head));
}

/** All files detected as criterion, at once: target/criterion JSON comes as three files per benchmark. */
export function parseCriterion(files: InputFile[]): ParseOutput {
  const out: ParseOutput = { results: [], warnings: [] };
  const folderFiles: InputFile[] = [];
  for (const file of files) {
    const shape = shapeOf(file.text);
    if (shape === 'folder-file') {
      folderFiles.push(file);
      continue;
    }
    if (shape === 'tukey') continue;
    const part = shape === 'json-lines' ? parseCriterionJsonLines(file) : parseCriterionText(file);
    for (const r of part.results) out.results.push(r);
    for (const w of part.warnings) out.warnings.push(w);
  }
  if (folderFiles.length > 0) {
    const part = parseCriterionFolders(folderFiles);
    for (const r of part.results) out.results.push(r);
    for (const w of part.warnings) out.warnings.push(w);
  }
  return out;
}

type Shape = 'folder-file' | 'tukey' | 'json-lines' | 'text';

/**
 * JSON lines when a line is a `"reason"` (cargo-criterion) or `"type"` (libtest) object; any other
 * JSON object is one of criterion's result files (benchmark/estimates/sample.json), even one too broken
 * to parse, so that the error names that file.
 */
function shapeOf(text: string): Shape {
  if (TUKEY_FENCES.test(text)) return 'tukey';
  if (JSON_LINE.test(text.slice(0, SNIFF_WINDOW))) return 'json-lines';
  return text.trimStart().startsWith('{') || PAIR_OF_ARRAYS.test(text) ? 'folder-file' : 'text';
}
