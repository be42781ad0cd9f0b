import { it } from 'vitest';
import { runCondition, SHIFTS } from '../../bench/detect-run.js';
import { METHODS } from '../../bench/detect-methods.js';
import type { Condition } from '../../bench/detect-suite.js';

const C = (withinCv: number, runCv: number, runs: number, samples: number, runnerCv = 0): Condition => ({ withinCv, runCv, runs, samples, runnerCv });
const conds = (process.env.CONDS ?? '').split(';').filter(Boolean).map((s) => { const [a, b, c, d, e] = s.split(',').map(Number); return C(a!, b!, c!, d!, e ?? 0); });
it('explore', () => {
  for (const [ci, cond] of conds.entries()) {
    const r = runCondition(cond, Number(process.env.K ?? 1), Number(process.env.TH ?? 0.05), 0.05, ci + 1);
    const fa = METHODS.map((m) => `${m}=${((1000 * r.nulls.flagged[m]) / r.nulls.trials).toFixed(1)}`).join(' ');
    console.log(`\n${JSON.stringify(cond)} ${r.seconds.toFixed(2)}s nulls=${r.nulls.trials} FA‰ ${fa}`);
    console.log('  engine null statuses', JSON.stringify(r.nulls.engine));
    SHIFTS.forEach((s, i) => {
      if (i === 0) return;
      const t = r.shifted[i]!;
      console.log(`  shift ${s}: ` + METHODS.map((m) => `${m}=${((100 * t.flagged[m]) / t.trials).toFixed(0)}%`).join(' '), JSON.stringify(t.engine));
    });
  }
});
