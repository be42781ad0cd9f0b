import { it } from 'vitest';
import { parseInputs } from '../../src/parsers/index.js';
import { compare } from '../../src/compare.js';
import { fixture } from '../helpers/fixtures.js';

const pairs: [string, string][] = [
  ['go/baseline_cpu1_count10.txt', 'go/regressed_cpu1_count10.txt'],
  ['go/noisy_baseline_count10_benchmem.txt', 'go/noisy_regressed_count10_benchmem.txt'],
  ['tinybench/v6_pair_baseline.json', 'tinybench/v6_pair_regressed.json'],
  ['tinybench/v2_pair_baseline.json', 'tinybench/v2_pair_regressed.json'],
  ['pytest/pair_baseline.json', 'pytest/pair_regressed.json'],
  ['vitest/pair_baseline.json', 'vitest/pair_regressed.json'],
];
it('dump', () => {
  for (const [a, b] of pairs) {
    const base = parseInputs([fixture(a)], 'auto').results;
    const cur = parseInputs([fixture(b)], 'auto').results;
    const r = compare([{ results: base }], cur);
    console.log('=====', a, r.counts, r.drift);
    for (const s of r.series) console.log(s.status.padEnd(12), s.id.padEnd(60), s.unit, 'n', s.baseline?.n, s.current?.n, s.baseline?.samples?.length, s.test?.method, s.change?.percent.toFixed(1), s.test?.p?.toExponential(2), s.test?.q?.toExponential(2), s.reason ?? '');
  }
});
