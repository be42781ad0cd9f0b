// Parsing speed on large inputs built from real fixtures: a 100,000-line `go test -bench` output and
// a 20 MB pytest-benchmark JSON. Divide the size in the task name by the mean time for MB/s.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bench, describe } from 'vitest';
import { parseGo } from '../../src/parsers/go.js';
import { parsePytest } from '../../src/parsers/pytest.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Repeats a real go output until it has `lines` lines (later copies are more -count samples). */
function bigGoText(lines: number): string {
  const one = readFileSync(path.join(FIXTURES, 'go/plain_count6_benchmem.txt'), 'utf8').split('\n');
  const out: string[] = [];
  while (out.length < lines) out.push(...one);
  return out.slice(0, lines).join('\n');
}

/** Copies the benchmarks of a real pytest-benchmark JSON (with raw data) until it reaches `bytes`. */
function bigPytestJson(bytes: number): string {
  const doc = JSON.parse(readFileSync(path.join(FIXTURES, 'pytest/baseline.json'), 'utf8'));
  const originals = doc.benchmarks as { fullname: string; name: string }[];
  const one = JSON.stringify(originals).length;
  const copies = Math.ceil(bytes / one);
  doc.benchmarks = [];
  for (let i = 0; i < copies; i++) {
    for (const b of originals)
      doc.benchmarks.push({ ...b, fullname: `${b.fullname}#${i}`, name: `${b.name}#${i}` });
  }
  return JSON.stringify(doc, null, 2);
}

const go = { path: 'big-go.txt', text: bigGoText(100_000) };
const pytest = { path: 'big-pytest.json', text: bigPytestJson(20 * 1024 * 1024) };
const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(1);

describe('parsing', () => {
  bench(`go test -bench text, 100,000 lines (${mb(go.text)} MB)`, () => {
    parseGo(go);
  });
  bench(`pytest-benchmark JSON (${mb(pytest.text)} MB)`, () => {
    parsePytest(pytest);
  });
});
