// The text of __tests__/bench/DETECTION.md around the tables: what is simulated, what each column means, and
// the summary against the targets (computed, see detect-table.ts).
import { SUITES_PER_SHIFT, THRESHOLD } from './detect-grid.js';
import type { ConditionResult } from './detect-run.js';
import { SHIFTED_SHARE, SUITE_SIZE } from './detect-suite.js';
import { conditionTable, summarize, summaryLines } from './detect-table.js';

export interface Speed {
  series: number;
  samples: number;
  /** Baseline runs in the window. */
  runs: number;
  compareMs: number;
  renderMs: number;
}

export function detectionDocument(
  blocks: { title: string; apart?: string; results: ConditionResult[] }[],
  speeds: Speed[],
  seconds: number,
): string {
  const summary = summarize(blocks.filter((b) => !b.apart).flatMap((b) => b.results));
  const apart = blocks.flatMap((b) =>
    b.apart ? [`## ${b.apart}`, '', ...summaryLines(summarize(b.results)), ''] : [],
  );
  const shifted = Math.round(SUITE_SIZE * SHIFTED_SHARE);
  const threshold = `${THRESHOLD * 100}%`;
  return [
    '# Detection benchmark',
    '',
    `How often does perf-regression call an unchanged benchmark a regression, and how often does it find a real slowdown? Simulated suites with a known truth, ${blocks.flatMap((b) => b.results).length} conditions; \`npm run bench:detect\` regenerates this file (${Math.round(seconds)} s on the 2-core dev VM; seeded, so the numbers do not change between runs).`,
    '',
    '## Summary',
    '',
    `Blocks A–D; block E, the simulation exactly as the issue describes it, is summarized apart below.`,
    '',
    ...summaryLines(summary),
    `- **Speed** (best of 3; target ≤ 1 s together): ${speeds.map((speed) => `compare() on ${speed.series.toLocaleString('en-US')} series × ${speed.samples} samples against ${speed.runs === 1 ? 'one baseline run' : `a window of ${speed.runs} runs`} takes ${Math.round(speed.compareMs)} ms, renderMarkdown ${Math.round(speed.renderMs)} ms`).join('; ')}.`,
    '',
    ...apart,
    '## What is simulated',
    '',
    `Each suite has ${SUITE_SIZE} benchmarks. In a suite with a true shift, every tenth benchmark (${shifted}) is that much slower in the current run; the others are unchanged and count as null comparisons. Per condition, ${SUITES_PER_SHIFT} suites for each true shift (0, +2%, +5%, +10%, +20%).`,
    '',
    '- **within CV**: lognormal noise of the samples of one run.',
    '- **run-to-run CV**: every benchmark gets one lognormal factor per run on top (a shared CI machine shifts whole benchmarks between runs of the same code while each run\'s samples stay tight). The CV varies between benchmarks by a factor ⅓–3 (log-uniform), so some benchmarks are nine times as noisy between runs as others, as in the real go fixture pairs. "+ 10% shared": one more factor per run that every benchmark shares (a slower or faster machine).',
    '- **Block E** is the simulation as the issue describes it: one run-to-run CV for every benchmark of the suite ("same" in the run-to-run column), no spread between them. There the oracle knows nothing the suite\'s data do not tell, so it measures the engine\'s loss to estimating the noise. Each of its conditions draws the same random numbers as the block B, C or D condition with the same parameters.',
    '- **Block F**: suites of 15 benchmarks (2 of them shifted, the ones at positions 0 and 10), one baseline run, 480 suites per true shift (as many benchmarks as the other blocks hold). With one baseline run the engine estimates run-to-run noise from the moves of as few as 10 timing series; below that the within-run test decides alone. Small suites are where a single run makes that hardest: 15 moves tell little about the spread, and the real pytest and criterion pairs of this machine have 15 series.',
    '- **runs**: baseline runs in the window (the newest is what benchstat and the ratio rules compare with).',
    "- **n**: samples per run. With n ≥ 2, 2% of samples are outliers (× 1.3–3) and 10% of benchmarks are bimodal (each sample 6% slower with probability 0.2); n = 1 is one aggregate number per run (go's ns/op, a mean), where both average out.",
    '',
    '## Columns',
    '',
    `Every method flags a **regression**; the engine and the two references use a ${threshold} threshold (\`threshold: ${threshold}\`; at the default 10% a true +10% shift is found only half the time by any method, since its estimate is as often below as above 10%).`,
    '',
    '- **FA‰**: false alarms per 1,000 unchanged benchmarks (status `regression`, counted over every suite of the condition).',
    '- **+10%**: share of the benchmarks slowed down by 10% that were flagged (detection). **engine +2/+5/+20%**: the same for the other shifts; +2% is below the threshold (ideally ~0%), +5% is at it (a coin flip for any method).',
    '- **engine**: `compare()` of `src/compare.ts` with the whole window, status `regression`.',
    "- **oracle**: knows every benchmark's true within-run and run-to-run variance (bimodality included, not the rare outliers): z-test of the current run's log median against the mean log median of the baseline runs (minus the suite's median move when a shared machine factor exists), Benjamini–Hochberg over the suite, same threshold rule. What an engine could do if it knew which benchmarks are noisy.",
    "- **informed**: knows what the oracle knows about the suite, not about each benchmark: how run-to-run noise is distributed over the benchmarks (the typical CV times a factor in ⅓–3, log-uniform), the within-run variance and the share of bimodal benchmarks. It learns which kind each benchmark is from its own baseline runs (Bayes' rule on the spread of their log medians) and tests the move against the resulting mixture of normals, then as the oracle. The best a method can do from the run centers; the engine has to estimate those distributions from the suite as well. Where the oracle is far ahead of the informed reference, its lead is knowing which benchmark is noisy, which no data of one suite tell.",
    '- **benchstat**: Mann–Whitney U at 0.05 between the newest baseline run and the current run, slower median, no correction for 300 tests and no threshold (what a reader of `benchstat old.txt new.txt` acts on).',
    "- **ratio 10/20/100%**: current value / newest baseline value above 1.1, 1.2 or 2 (github-action-benchmark's rule; its default `alert-threshold: 200%` is the 100% column).",
    '- **engine inconclusive**: share of the unchanged benchmarks the engine reported as inconclusive (the change was beyond the threshold but within the noise) rather than unchanged.',
    '',
    '## How to read it',
    '',
    '- With **one baseline run and run-to-run noise**, no method can tell a 10% slowdown from a 10% runner offset of that benchmark. benchstat then flags a fifth to a half of the unchanged benchmarks and the 10% ratio rule up to a third; the engine estimates the run-to-run spread from how far all benchmarks of the suite moved and calls such moves inconclusive instead. The tails of that test are Student’s t with 4 degrees of freedom — a move of one benchmark that is nine times as noisy as the typical one must not pass — unless the suite’s moves to the better side show lighter tails (`src/stats/move-tails.ts`): scaled t’s of 4 to ∞ degrees of freedom are fitted to them by maximum likelihood; one that beats t₄ by at least 3 log-likelihood units decides alone, and short of that the p-value is their average weighted by Bayes’ rule, with prior 0.7 on t₄. Where every benchmark has the same run-to-run noise (block E), detection with one baseline run rises from 27% (t₄ throughout) to 97% at 1% run-to-run noise and from 43% to 92% with a shared machine factor; where benchmarks differ ×⅓–3 (blocks B–D) false alarms rose by at most 3 of a condition’s 33,120 unchanged benchmarks (1% + 1%, one run: 34 → 37; the oracle has 36) and detection by at most 3 points; with one number per run on a quiet machine (block A) the moves are the values’ own normal noise, and a +5% shift at 0.5% within-run noise is found 49% of the time, as by the oracle (7% with t₄). That costs detection: small shifts are found only once the window holds a few runs, and with run-to-run noise of 5% or more most 10% shifts go undetected by every method that keeps false alarms low (benchstat’s 80% come with 30–50% false alarms). Even the informed reference, which knows how run-to-run noise is spread over the suite’s benchmarks, finds 0% at 2% run-to-run noise with one or two baseline runs where the oracle finds 60%: one move cannot say which benchmark is the noisy one.',
    "- **With a window**, the engine learns from the whole suite what kinds of benchmarks it holds — the distribution of run-to-run variances over its series, estimated without assuming a shape (`src/stats/variance-mixture.ts`) — and from each series' own runs which kind that series is. A quiet benchmark in a noisy suite keeps its sensitivity, a noisy one does not raise false alarms. The oracle knows each benchmark's variance outright; a window of 2–5 runs tells only part of it. The informed reference, which knows the suite's distributions exactly and learns each benchmark's kind from its window, shows how much: it is at most 5 points ahead of the engine in most of block B, so the oracle's lead there is per-benchmark knowledge no method has.",
    "- **One number per run** (block C): with one baseline run the engine judges each value against the spread of the suite's moves (suites of ≥ 10 timing series; smaller ones fall back to the threshold alone, marked unverified, not simulated here); with a window, against the suite's mixture narrowed by the series' own runs.",
    "- **Runs of 2–5 samples**: Mann–Whitney on so few samples cannot reach the p a lone change needs among 300 series (5 a side stops at p = 0.008, α/m is 0.00017). With a window it guards instead of vetoing: when the current samples differ at α from the newest run's, or from the run's before it (one outlier among the newest run's 5 samples, above all the current ones, stops Mann–Whitney at 0.15), the run-to-run test on the window decides (rows n = 5). With one baseline run it guards only on a quiet machine — when the suite's moves to the better side are clearly no wider than the two runs' samples explain (the median of their standardized squares at most 0.8 of χ²₁'s) — and the test against both runs' sampling noise decides (rows n = 5, 1 run, no run-to-run noise); on a machine with run-to-run noise it vetoes, nothing is flagged (row 1% + 1%, n = 5, 1 run: 0%) and the footnote says to record more samples or keep a history: letting the suite's moves decide there raised 9 false alarms per 1,000. (At the boundary itself, without the 0.8, 2 of 120 suites with 1% run-to-run noise passed for quiet and got 5–10 false regressions each.) With a window, a run center of 5 samples already holds their noise in the window's spread, and it is not added a second time: an outlier among 5 samples inflates their sd a hundredfold but hardly moves their median. With 3 samples Mann–Whitney cannot reach α at all, and a heavy-tailed test on the run centers decides instead of the mixture: the median of 3 samples jumps to a benchmark's second mode, which a quiet-looking window has not shown, and the mixture raised 3–6 false alarms per 1,000 there (the oracle, which models the mode as a variance, 4–5).",
    '- **False alarms near 1‰** are what Benjamini–Hochberg at q = 0.05 leaves in a suite where 30 benchmarks really regressed: up to 5% of the flagged ones may be false (1.5 per suite, 5‰ of its 270 unchanged benchmarks), the threshold removes most of them, and what remains are the noisiest benchmarks on a bad run. The oracle sits at the same level. Where nothing changed at all, the share of suites with any false regression is the figure to read (summary above).',
    '- Benjamini–Hochberg makes detection an all-or-nothing affair per suite near the edge: when the 30 shifted benchmarks have p-values around 0.005, either most of them pass or none does, so rates near the edge move in steps of a whole suite.',
    '',
    ...blocks.flatMap((block) => [`## ${block.title}`, '', conditionTable(block.results), '']),
  ].join('\n');
}
