// Issue 17, item 9: real fixtures mutated the ways files get damaged — cut short, bytes overwritten,
// lines doubled or dropped, numbers changed — through the reading stages of a run (bytes → text →
// parseRun): each gives a result or one InputError of one line, never another exception.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { decodeText } from '../../src/parsers/files.js';
import { parseRun } from '../../src/parsers/index.js';
import { FIXTURES } from '../helpers/fixtures.js';

const SOURCES = [
  'go/baseline_cpu1_count10.txt',
  'pytest/pair_baseline.json',
  'tinybench/v6_pair_baseline.json',
  'vitest/pair_baseline.json',
  'google-benchmark/single_run.json',
  'hyperfine/three_commands.json',
  'json/timing_array.json',
  'criterion/baseline.txt',
  'rust-libtest/cargo_nightly_bench.txt',
  'catch2/baseline_xml.xml',
  'catch2/baseline.txt',
  'benchmarkjs/baseline.txt',
];
const BYTES = SOURCES.map((s) => ({ name: path.basename(s), bytes: readFileSync(path.join(FIXTURES, s)) }));
const RUNS = 300;

/** What reading one file may end in: results with finite numbers, or one line of InputError. */
function readOutcome(name: string, bytes: Uint8Array): 'result' | 'error' {
  try {
    const parsed = parseRun([{ path: name, text: decodeText(name, bytes) }], 'auto');
    for (const result of parsed.results) expectFinite(result);
    return 'result';
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    expect(err.message).not.toContain('\n');
    expect(err.message.startsWith(`${name}: `), err.message).toBe(true);
    return 'error';
  }
}

function expectFinite(result: BenchmarkResult): void {
  for (const value of [result.value, result.mean, result.median, result.min, result.max, result.stddev]) {
    if (value !== undefined) expect(Number.isFinite(value), `${result.id}: ${value}`).toBe(true);
  }
  for (const sample of result.samples ?? []) expect(Number.isFinite(sample), result.id).toBe(true);
}

const source = fc.constantFrom(...BYTES);

function lines(bytes: Uint8Array): string[] {
  return Buffer.from(bytes).toString('utf8').split('\n');
}

describe('real fixtures, mutated, through parseRun', () => {
  it('cut short at any byte', () => {
    fc.assert(
      fc.property(source, fc.double({ min: 0, max: 1, noNaN: true }), ({ name, bytes }, at) => {
        readOutcome(name, bytes.subarray(0, Math.floor(bytes.length * at)));
      }),
      { numRuns: RUNS },
    );
  });

  it('with bytes overwritten', () => {
    fc.assert(
      fc.property(
        source,
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        ({ name, bytes }, flips) => {
          const copy = Uint8Array.from(bytes);
          for (const [at, byte] of flips) copy[Math.floor(at * (copy.length - 1))] = byte;
          readOutcome(name, copy);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('with lines doubled, dropped or swapped', () => {
    fc.assert(
      fc.property(
        source,
        fc.array(fc.tuple(fc.constantFrom('double', 'drop', 'swap'), fc.nat(), fc.nat()), {
          minLength: 1,
          maxLength: 6,
        }),
        ({ name, bytes }, edits) => {
          const text = lines(bytes);
          for (const [edit, i, j] of edits) {
            const a = i % text.length;
            const b = j % text.length;
            if (edit === 'double') text.splice(a, 0, text[a] as string);
            else if (edit === 'drop' && text.length > 1) text.splice(a, 1);
            else [text[a], text[b]] = [text[b] as string, text[a] as string];
          }
          readOutcome(name, Buffer.from(text.join('\n')));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('with numbers changed to edge values, other numbers or words', () => {
    const replacement = fc.oneof(
      fc.constantFrom(
        'NaN',
        'Infinity',
        '-Infinity',
        '-1',
        '0',
        '1e308',
        '1e309',
        '-0',
        '1e-320',
        '9'.repeat(400),
        'x',
      ),
      fc.double().map(String),
      fc.integer().map(String),
    );
    fc.assert(
      fc.property(
        source,
        fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 6 }),
        ({ name, bytes }, edits) => {
          let text = Buffer.from(bytes).toString('utf8');
          for (const [which, value] of edits) {
            const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)];
            const target = numbers[which % Math.max(1, numbers.length)];
            if (!target || target.index === undefined) continue;
            text = `${text.slice(0, target.index)}${value}${text.slice(target.index + target[0].length)}`;
          }
          readOutcome(name, Buffer.from(text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the unmutated fixtures are results, so the properties above start from good input', () => {
    expect(BYTES.map(({ name, bytes }) => `${name}: ${readOutcome(name, bytes)}`)).toEqual(
      BYTES.map(({ name }) => `${name}: result`),
    );
  });
});
