// Real same-job A/B runs of the go fixture program (fixtures/ab, regen.sh): every invocation's output is
// read again and compared as `ab` does. A/A runs (both sides one commit) must flag nothing; A/B runs
// (the regressed build as head) flag Mix (slower) and CountPrimes (faster) — what each run found is
// pinned below, with the README's account of the three that differ.
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

  const BOTH = ['Mix ns/op regression', 'CountPrimes ns/op improvement'];
  const FOUND: Record<string, string[]> = {
    ab_1: BOTH,
    ab_2: BOTH,
    // Fib/n=10 (~3 ns/op, code the regressed build does not touch) −10.4% [−15.5%, −5.0%]: the two
    // builds' binaries differ, and a 3 ns loop feels where its code lands; seen in 1 of 6 runs.
    ab_3: ['Mix ns/op regression', 'Fib/n=10 ns/op improvement', 'CountPrimes ns/op improvement'],
    ab_4: BOTH,
    ab_5: BOTH,
    ab_loaded: ['CountPrimes ns/op improvement'], // two CPU hogs for 15 s: Mix +5.3% [-11%, +24%]
  };
  it.each(RUNS.filter((r) => r.startsWith('ab_')))('%s: flags what the regressed build changed', (run) => {
    expect(flagged(run)).toEqual(FOUND[run]);
  });
});
