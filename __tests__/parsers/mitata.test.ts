import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/parsers/detect.js';
import { parseMitata } from '../../src/parsers/mitata.js';
import { FIXTURES, fixture } from '../helpers/fixtures.js';

describe("mitata's JSON (run({ format: 'json' }))", () => {
  it('makes one ns series per run: p50 as value, avg, min, max, quartiles and tails in extra', () => {
    const out = parseMitata(fixture('mitata/baseline.json'));
    expect(out.results.map((r) => [r.id, r.value])).toEqual([
      ['mix [ns]', 17137],
      ['count primes < 20000 [ns]', 457032],
      ['arrays::sort 100 [ns]', 14161.1455078125],
      ['arrays::sort 2000 [ns]', 194354],
    ]);
    expect(out.results[0]).toMatchObject({
      name: 'mix',
      unit: 'ns',
      direction: 'smaller',
      n: 1,
      median: 17137,
      mean: 63413.983050847455,
      min: 16704,
      max: 33793186,
      extra: { q1: 17121, q3: 17152, p99: 37232, p999: 12098518, ticks: 9381, kind: 'fn' },
      source: { file: 'mitata/baseline.json' },
    });
    expect(out.results[2]).toMatchObject({ name: 'sort 100', suite: 'arrays', params: { size: '100' } });
    expect(out.warnings).toEqual([]);
  });

  it("with mitata's samples (its default), n is their count; the samples themselves are not kept", () => {
    const text = gunzipSync(readFileSync(path.join(FIXTURES, 'mitata/samples.json.gz'))).toString('utf8');
    const file = { path: 'samples.json', text };
    expect(detectFormat(file)).toBe('mitata');
    const [primes, ...others] = parseMitata(file).results;
    expect(others).toEqual([]);
    expect(primes).toMatchObject({
      id: 'count primes < 20000 [ns]',
      n: 352,
      value: 452466,
      mean: 1818280.1761363635,
      min: 440418,
      max: 32510184,
      extra: { q1: 446298, q3: 477886 },
    });
    expect(primes?.samples).toBeUndefined();
  });

  it('warns about a benchmark that threw and keeps the others', () => {
    const out = parseMitata(fixture('mitata/throws.json'));
    expect(out.results.map((r) => r.id)).toEqual(['mix [ns]']);
    expect(out.warnings.map((w) => w.message)).toEqual([
      '$.benchmarks[1].runs[0]: benchmark throws failed: simulated failure; it has no result',
    ]);
  });

  it('is detected, and a run without its p50 gets one line naming the field', () => {
    expect(detectFormat(fixture('mitata/regressed.json'))).toBe('mitata');
    const doc = JSON.parse(fixture('mitata/baseline.json').text);
    delete doc.benchmarks[2].runs[1].stats.p50;
    expect(() => parseMitata({ path: 'm.json', text: JSON.stringify(doc) })).toThrow(
      'm.json: $.benchmarks[2].runs[1].stats.p50: expected a number',
    );
  });
});
