// Picks the parser from the content of a file (never its name). Order matters: the most specific
// signatures first, the generic JSON format last.
import type { Format } from '../model/result.js';
import { looksLikeBenchmarkDotNet } from './benchmarkdotnet.js';
import { looksLikeBenchmarkJs } from './benchmarkjs.js';
import { looksLikeCatch2 } from './catch2.js';
import { looksLikeCriterion } from './criterion/index.js';
import { looksLikeGo } from './go.js';
import { looksLikeGoogleBenchmark } from './googlebenchmark.js';
import { looksLikeHyperfine } from './hyperfine.js';
import type { InputFile } from './input.js';
import { looksLikeJmh } from './jmh.js';
import { looksLikeGenericJson } from './json.js';
import { looksLikeJulia } from './julia.js';
import { looksLikeLuau } from './luau.js';
import { looksLikePytest } from './pytest.js';
import { looksLikeTinybench } from './tinybench.js';

const SNIFFERS: [Format, (text: string) => boolean][] = [
  ['googlebenchmark', looksLikeGoogleBenchmark],
  ['hyperfine', looksLikeHyperfine],
  ['jmh', looksLikeJmh],
  ['benchmarkdotnet', looksLikeBenchmarkDotNet],
  ['julia', looksLikeJulia],
  ['pytest', looksLikePytest],
  ['tinybench', looksLikeTinybench],
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
