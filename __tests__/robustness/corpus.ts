// The bad-input corpus (__tests__/fixtures/bad): its manifest, and the real fixture each file is
// compared against, so a file that parses is compared with the output it was made from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/fixtures.js';

export const CORPUS_DIR = path.join(FIXTURES, 'bad/files');

export interface CorpusFile {
  file: string;
  what: string;
  /** error: one line naming the file; result: parsed; empty-run: parsed to 0 series, refused by compare. */
  expect: 'error' | 'result' | 'empty-run';
  /** Part of the error message. */
  says?: string;
  /** How many series `parse` lists. */
  series?: number;
  /** Part of a warning the parse gives. */
  warns?: string;
  format?: string;
}

const manifest = JSON.parse(readFileSync(path.join(FIXTURES, 'bad/corpus.json'), 'utf8')) as {
  sources: Record<string, string>;
  files: CorpusFile[];
};

export const CORPUS: CorpusFile[] = manifest.files;

/** The real output a corpus file was derived from (by the format in its name), as a path from CORPUS_DIR. */
export function sourceOf(file: string): string {
  const stem = file.replace(/^(cut|utf16le-bom|utf16be-bom|utf8-bom|crlf|mixed)-/, '');
  const family = Object.keys(manifest.sources).find((format) => stem.startsWith(format));
  return path.join('..', '..', manifest.sources[family ?? 'go'] as string);
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the answers. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return out;
}
