// Real same-job A/B runs of the go fixture program (fixtures/ab, regen.sh): every invocation's output is
// read again and compared as `ab` does. A/A runs (both sides one commit) must flag nothing; A/B runs
// (the regressed build as head) must flag nothing but Mix (slower) and CountPrimes (faster).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSameJob, type SameJobPass } from '../../src/engine/same-job.js';
import { FIXTURES, keptPasses } from '../helpers/fixtures.js';

const FOLDER = path.join(FIXTURES, 'ab');
const RUNS = readdirSync(FOLDER, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const passesOf = (run: string): SameJobPass[] => keptPasses(`ab/${run}`, 'go');

function flagged(run: string) {
  const report = compareSameJob(passesOf(run));
  return report.series
    .filter((s) => s.status === 'regression' || s.status === 'improvement')
    .map((s) => `${s.name.replace(/^Benchmark/, '')} ${s.unit} ${s.status}`);
}

describe('real A/B runs of the go program', () => {
  it('has the runs regen.sh makes', () => {
    expect(RUNS.filter((r) => r.startsWith('aa_')).length).toBeGreaterThanOrEqual(5);
    expect(RUNS.filter((r) => r.startsWith('ab_')).length).toBeGreaterThanOrEqual(5);
    for (const run of RUNS) expect(passesOf(run), run).toHaveLength(5);
  });

  it.each(RUNS.filter((r) => r.startsWith('aa_')))(
    '%s: the same commit on both sides flags nothing',
    (run) => {
      expect(flagged(run)).toEqual([]);
    },
  );

  it.each(RUNS.filter((r) => r.startsWith('ab_')))(
    '%s: nothing but Mix slower and CountPrimes faster',
    (run) => {
      const allowed = ['Mix ns/op regression', 'CountPrimes ns/op improvement'];
      expect(flagged(run).filter((f) => !allowed.includes(f))).toEqual([]);
    },
  );
});
