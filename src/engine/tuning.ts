// Every tuned constant of the verdict engine, in one place. Each says what it trades; the figures that
// chose it are in __tests__/bench/DETECTION.md (block named) and docs/statistics.md ("Tuning").
// Changing one means running `npm run bench:detect` and committing the new DETECTION.md.

/** Confidence level of every interval in the report. */
export const LEVEL = 0.95;

/** Defaults of the `threshold` and `alpha` inputs: the smallest change that matters, the false-discovery rate. */
export const DEFAULT_THRESHOLD = 0.1;
export const DEFAULT_ALPHA = 0.05;

// --- Runner drift (drift.ts): "the machine, not the code, changed" --------------------------------

/** Timing series needed before a shared move can be called drift (fewer: a few benchmarks, not a machine). */
export const DRIFT_MIN_SERIES = 5;
/** Share of them that must move alike; lower blames the machine for real, widespread changes. */
export const DRIFT_MIN_SHARE = 0.75;
/** Typical move (fraction) below which nobody needs to be told; block D. */
export const DRIFT_MIN_CHANGE = 0.05;

// --- The suite's noise (noise-model.ts) -------------------------------------------------------------

/**
 * Timing series with ≥ 2 baseline runs needed to pool run-to-run noise into a suite prior (and to
 * take out whole-machine factors): fewer, and a few benchmarks' own noise passes for the machine's.
 */
export const PRIOR_MIN_HISTORY_SERIES = 10;
/**
 * Timing series needed to estimate run-to-run noise from one baseline run (the spread of all moves).
 * Lower: small suites judged by within-run samples alone flag run-to-run noise (block F).
 */
export const PRIOR_MIN_SUITE_SERIES = 10;
/**
 * A one-run suite's move is clearly moved below p = this / series under t₄ at the median's scale:
 * noise does it in about this share of suites. Lower: wide changes count as noise (block E; crc test).
 */
export const MOVED_SUITE_P = 0.05;
/**
 * Share of the better side's moves (and at least PRIOR_MIN_SUITE_SERIES of them) that may be clearly
 * moved before its fitted tails give way to the worse side's. Higher: a change in many benchmarks at
 * once passes for the noise's tails (crc test); lower, or no count floor: a few noisy benchmarks of a
 * small suite lose the tails they widened (block F, real pytest pairs).
 */
export const MOVED_BETTER_SHARE = 1 / 3;
/** Moves with known sampling noise needed before a one-run suite can pass for a quiet machine. */
export const QUIET_MIN_SERIES = 10;
/**
 * How far the better side's moves may be from what sampling explains and still count as quiet (× the
 * median of χ²₁): about one standard error below the boundary; at 1, noisy suites passed for quiet.
 */
export const QUIET_MARGIN = 0.8;
/**
 * Degrees of freedom the suite's typical run-to-run variance is worth for one series with a window
 * (runs of 2–5 samples). Higher: a series three times as noisy as the typical one raises false alarms
 * (blocks B, C); lower: detection lost.
 */
export const HISTORY_PRIOR_DF = 3;
/** The same for the typical spread of 3–5 samples of one run (block B, last rows). */
export const SAMPLE_PRIOR_DF = 4;
/**
 * The tails of a one-run suite's moves: Student's t with this many degrees of freedom unless the moves
 * show lighter ones. Higher: false alarms with benchmarks of mixed noisiness; lower: detection (block E).
 */
export const SUITE_MOVE_DF = 4;
/**
 * Profile log-likelihood a lighter t must gain over t₄ to be trusted alone (a likelihood ratio of 6,
 * p ≈ 0.014). At 2, mixed-noise suites now and then passed for light-tailed (blocks B, E).
 */
export const LIGHTER_TAILS_LOG_RATIO = 3;
/**
 * Prior probability of tails lighter than t₄ short of that proof. Higher finds more where every
 * benchmark shares one noise level (block E) and raises false alarms where they differ (block B).
 */
export const LIGHTER_TAILS_PRIOR = 0.3;
/**
 * How much a series' own window counts against the suite's mixture of run-to-run variances, as a power
 * of its likelihood. 1: false alarms above 1‰ in two conditions (block B); 0.8: detection lost at 2%.
 */
export const OWN_WINDOW_WEIGHT = 0.9;

// --- One run's sampling noise (noise-model.ts) -------------------------------------------------------

/** Samples a run needs before its robust spread is trusted (benchstat's minimum for a median interval)… */
export const MIN_SAMPLES_FOR_SPREAD = 6;
/** …and before its classical sd says anything at all. */
export const MIN_SAMPLES_FOR_SD = 3;
/**
 * Degrees of freedom from which a run's sampling variance counts as known: runs of 2–5 samples are
 * not, their center can jump to a mode the window has not shown.
 */
export const PRECISE_DF = 20;
/** Newest runs of a window whose sampling variance is averaged (it is about the same in every run). */
export const SAMPLING_RUNS = 5;

// --- Tail percentile rows (tails.ts) ------------------------------------------------------------------

/**
 * Samples each side needs above a quantile before its row exists (p95: 100 samples, p99: 500): fewer,
 * and the quantile's interval ends at the sample's largest values, whose noise makes false alarms
 * (__tests__/bench/TAILS.md, `npm run bench:tails`).
 */
export const TAIL_MIN_BEYOND = 5;

// --- Bursts (bursts.ts) ---------------------------------------------------------------------------------

/** Regressed benchmarks in a row before the report calls it a burst of load (go and criterion output). */
export const BACK_TO_BACK_MIN = 3;

// --- Same-job A/B (same-job.ts) -------------------------------------------------------------------------

/**
 * At most this share of a series' passes (rounded down: 1 of 4–7, 2 of 8–11) may be left out as
 * outliers by the generalized ESD, at SAME_JOB_OUTLIER_ALPHA: a pass a burst of load hit on one side
 * only is one wild ratio among few, and left in it swamps the t-test (SAME-JOB.md, `npm run bench:ab`).
 */
export const SAME_JOB_OUTLIER_SHARE = 0.25;
export const SAME_JOB_OUTLIER_ALPHA = 0.05;
/**
 * Series a same-job report needs before their variances are moderated (stats/moderated-t.ts): the
 * prior is fitted by moments over the series, and fewer give it too little to go on.
 */
export const SAME_JOB_PRIOR_MIN_SERIES = 5;

// --- The weekly watch (trend/): change points in a suite's history --------------------------------
// Figures in docs/trend.md (`npm run bench:trend`), block named.

/** Runs in each E-divisive window: longer sees smaller steps, costs more, and blurs close steps (block T1). */
export const TREND_WINDOW = 30;
/** p every counted change point reaches (Otava's default 0.001): lower delays detection, higher files noise (T1). */
export const TREND_ALPHA = 0.001;
/**
 * Share of the threshold a change point's estimate must reach when its interval reaches the threshold:
 * lower counts smaller steps, higher misses half the steps of exactly the threshold (T1).
 */
export const TREND_NEAR_THRESHOLD = 0.8;
/**
 * A lower estimate, down to this share of the threshold, counts too when the interval is narrow: it
 * reaches the threshold and its near end is at least TREND_SURE_SHARE of it. At 2% noise the estimate of
 * a +10% step over its first 4–5 runs falls below 8% in a few percent of histories; at 5% noise the
 * interval of a spurious 7% step is too wide to pass, so noisy series file no more (T1, T2).
 */
export const TREND_NEARER_THRESHOLD = 0.7;
/** Lower lets noisier 7% estimates count (5%-noise false events rise), higher misses more 2%-noise +10% steps (T2). */
export const TREND_SURE_SHARE = 0.45;
/**
 * Confidence of the interval that must reach the threshold: 95% misses a step of exactly the threshold
 * 2.5% of the time at any noise, 99% 0.5% (T1).
 */
export const TREND_REACH_LEVEL = 0.99;
/**
 * Change points smaller than this share of the series' threshold are merged away (Otava's min_magnitude):
 * kept, a 0.5% wobble next to a step leaves it too few runs after (T1).
 */
export const TREND_MIN_MAGNITUDE = 0.5;
/**
 * Share of the runs after a change point (rounded down) that may sit nearer the old level than the new:
 * 0 lets no fast run hide among slow ones, more lets a few bursts pass for a new level (T2).
 */
export const TREND_HELD_SLACK = 0.2;
/**
 * A run is an outlier when it is more than TREND_OUTLIER_SDS run-to-run standard deviations from the
 * median of the runs up to TREND_OUTLIER_HALF_WIDTH either side of it. The width keeps a step intact once
 * it has 3 runs (it outnumbers the old level in every window) while two bursts in a row are still
 * replaced; 3 sds replace 0.3% of plain normal runs, fewer lets small bursts pass for levels (T2).
 */
export const TREND_OUTLIER_HALF_WIDTH = 2;
export const TREND_OUTLIER_SDS = 5;
/**
 * Fewest runs between two change points that make a level of their own. A lone run between two is a
 * burst the outlier filter missed because it sits next to a step (the median of its neighbourhood is
 * the burst itself): kept, it leaves the step beside it a one-run old level (T2, docs/trend.md).
 */
export const TREND_MIN_LEVEL_RUNS = 2;
/**
 * Largest spread (median absolute deviation of the runs as recorded, as an sd) of a level shorter than
 * twice TREND_MIN_RUNS_AFTER either side of a change point, in run-to-run noise sds: a row of slow runs
 * of other work scatters by tens of sds, a level that moved by about one; lower rejects real levels of 4
 * runs with a slow run among them, higher lets rows of bursts pass (T2; docs/trend.md).
 */
export const TREND_STEADY_SDS = 5;
/** Runs at the new level before an event counts: fewer opens issues on a burst, more delays them (T2). */
export const TREND_MIN_RUNS_AFTER = 4;
/** Runs apart that change points of different series may be and still be one event (T3). */
export const TREND_EVENT_SPAN = 1;
/**
 * Newest runs that must each be back within the threshold to call a regression recovered (also an issue
 * whose change point is no longer found): fewer closes early, more keeps a fixed regression's issue open
 * weeks longer (T2). One run less than TREND_MIN_RUNS_AFTER: four runs back make a change point of
 * their own, and the rule covers the weeks before that.
 */
export const TREND_RECOVERY_RUNS = 3;

// --- Memory (pipeline/heap.ts) ----------------------------------------------------------------------

/**
 * Share of V8's heap limit that live data may fill before a run stops with a one-line "out of memory"
 * instead of V8's fatal trace. Lower stops runs that would have fitted; nearer 1 lets the last big
 * allocations (a file's results, the report) reach the limit between two checks.
 */
export const HEAP_STOP_SHARE = 0.9;
/**
 * Lines parsed or series compared between two looks at the heap: reading the heap's statistics costs
 * about a microsecond, a line a few hundred nanoseconds, and 8,192 lines of go output hold ~2 MB.
 */
export const HEAP_CHECK_EVERY = 8192;
/**
 * What V8's heap_size_limit holds besides the old generation when no --max-old-space-size is given:
 * 192 MiB on Node 24 (measured: --max-old-space-size=96 gives a limit of 288 MiB, 4096 gives 4,288),
 * 48 MiB on Node 20. The larger one: on Node 20 the run stops 144 MiB early, 4% of its 4 GiB.
 */
export const V8_YOUNG_GENERATION_BYTES = 192 * 2 ** 20;
