// Picks the parser from the content of a file (never its name). Order matters: the most specific
// signatures first, the generic JSON format last.

import { inputError } from '../model/errors.js';
import type { Format } from '../model/result.js';
import { looksLikeApacheBench } from './apache-bench.js';
import { looksLikeBenchmarkDotNet } from './benchmarkdotnet.js';
import { looksLikeBenchmarkJs } from './benchmarkjs.js';
import { looksLikeCatch2 } from './catch2.js';
import { looksLikeCriterion } from './criterion/index.js';
import { stripColors } from './criterion/text.js';
import { looksLikeGo } from './go.js';
import { looksLikeGoogleBenchmark } from './googlebenchmark.js';
import { looksLikeHey } from './hey.js';
import { looksLikeHyperfine } from './hyperfine.js';
import type { InputFile } from './input.js';
import { looksLikeJmh } from './jmh.js';
import { looksLikeGenericJson } from './json.js';
import { looksLikeJulia } from './julia.js';
import { looksLikeLocust } from './locust.js';
import { looksLikeLuau } from './luau.js';
import { looksLikeMitata } from './mitata.js';
import { looksLikePytest } from './pytest.js';
import { looksLikeTinybench } from './tinybench.js';
import { looksLikeWrk } from './wrk.js';

const SNIFFERS: [Format, (text: string) => boolean][] = [
  ['googlebenchmark', looksLikeGoogleBenchmark],
  ['hyperfine', looksLikeHyperfine],
  ['jmh', looksLikeJmh],
  ['benchmarkdotnet', looksLikeBenchmarkDotNet],
  ['julia', looksLikeJulia],
  ['pytest', looksLikePytest],
  ['tinybench', looksLikeTinybench],
  ['mitata', looksLikeMitata],
  ['wrk', looksLikeWrk],
  ['hey', looksLikeHey],
  ['apache-bench', looksLikeApacheBench],
  ['locust', looksLikeLocust],
  ['criterion', looksLikeCriterion],
  ['go', looksLikeGo],
  ['catch2', looksLikeCatch2],
  ['benchmarkjs', looksLikeBenchmarkJs],
  ['luau', looksLikeLuau],
  ['json', looksLikeGenericJson],
];

export function detectFormat(file: InputFile): Format | undefined {
  for (const [format, sniff] of SNIFFERS) {
    if (sniff(file.text)) return format;
  }
  return undefined;
}

/**
 * Result lines of the text formats, anywhere in a file (the sniffers read only its start), by tool;
 * `literal`, text every such line holds: a file without it skips the pattern, whose lazy run over each
 * line (benchmark.js's) costs 25 ms per 3 MB of go output.
 */
const TEXT_RESULT_LINES: [tool: string, family: string, pattern: RegExp, literal?: string][] = [
  ['go test', 'go', /^Benchmark\S*[ \t]+\d+[ \t]+[\d.]+(?:[eE][+-]?\d+)?[ \t]+\S/m],
  ['criterion', 'rust', /time:[ \t]+\[[ \t]*\d+(?:\.\d+)?[ \t]*(?:ps|ns|µs|μs|us|ms|s)[ \t]/],
  [
    'libtest bench',
    'rust',
    /^test [^\n]{1,2000}? \.\.\. bench:[ \t]+\d[\d,]*(?:\.\d+)? ns\/iter/m,
    ' bench:',
  ],
  [
    'benchmark.js',
    'benchmarkjs',
    /^[^\n]{1,2000}? x [\d,]+(?:\.\d+)? ops\/sec (?:±|\+-|\+\/-)[ \t]*\d/m,
    ' ops/sec ',
  ],
  // A JSON document in a text log: its first line, or a line opening the generic format's array.
  ['JSON', 'json', /^[ \t]*[[{][ \t]*\r?\n[ \t]*[{"]|^\[\r?\n[ \t]*\{\r?\n[ \t]*"name"/m],
];

/**
 * A text file holding two tools' output (`go test` then `cargo bench` into one log, a JSON report and
 * a log) would be read by one parser and lose the other's part silently: it is refused, naming where
 * each part starts.
 */
export function refuseMixedText(file: InputFile, chosen: Format): void {
  if (chosen !== 'go' && chosen !== 'criterion' && chosen !== 'benchmarkjs') return;
  const text = stripColors(file.text);
  const found = TEXT_RESULT_LINES.flatMap(([tool, family, pattern, literal]) => {
    const at = literal === undefined || text.includes(literal) ? pattern.exec(text)?.index : undefined;
    return at === undefined ? [] : [{ tool, family, line: lineAt(text, at) }];
  });
  // criterion's bencher output is libtest's line format: those two are one tool's output.
  const [first, second] = found
    .filter((f, i) => found.findIndex((g) => g.family === f.family) === i)
    .sort((a, b) => a.line - b.line);
  if (!first || !second) return;
  throw inputError(
    file.path,
    `holds the output of two tools, ${first.tool} (line ${first.line}) and ${second.tool} (line ${second.line}); write each tool's output to its own file and list both`,
  );
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
