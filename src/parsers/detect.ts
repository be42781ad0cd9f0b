// Picks the parser from the content of a file (never its name). Order matters: the most specific
// signatures first, the generic JSON format last.
import type { Format } from '../model/result.js';
import { looksLikeCriterion } from './criterion/index.js';
import { looksLikeGo } from './go.js';
import type { InputFile } from './input.js';
import { looksLikeGenericJson } from './json.js';
import { looksLikePytest } from './pytest.js';
import { looksLikeTinybench } from './tinybench.js';

const SNIFFERS: [Format, (text: string) => boolean][] = [
  ['pytest', looksLikePytest],
  ['tinybench', looksLikeTinybench],
  ['criterion', looksLikeCriterion],
  ['go', looksLikeGo],
  ['json', looksLikeGenericJson],
];

export function detectFormat(file: InputFile): Format | undefined {
  for (const [format, sniff] of SNIFFERS) {
    if (sniff(file.text)) return format;
  }
  return undefined;
}
