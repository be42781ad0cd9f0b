// Probability distributions to full double precision: normal, Student t, binomial, and the special
// functions behind them (log-gamma, log-beta, regularized incomplete beta). simple-statistics has
// a normal CDF from a 3-digit table and no t distribution, which is not enough for p-values.

// ---------------------------------------------------------------------------------------------
// Normal distribution
// ---------------------------------------------------------------------------------------------

// W. J. Cody (1969), "Rational Chebyshev approximations for the error function", Math. Comp. 23,
// coefficients as published in netlib specfun CALERF (written here rounded to the nearest double).
// A/B: erf on |y| ≤ 0.46875; C/D: erfc·e^{y²} on (0.46875, 4]; P/Q: erfc·e^{y²} beyond 4.
const ERF_A = [
  3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315,
];
const ERF_B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const ERFC_C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const ERFC_D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const ERFC_P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
  0.016315387137302097,
];
const ERFC_Q = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];
const INV_SQRT_PI = 0.5641895835477563;
const ERF_SMALL_LIMIT = 0.46875;

/** erf(y) for |y| ≤ 0.46875. */
function erfSmall(y: number): number {
  const ysq = y * y;
  let num = (ERF_A[4] as number) * ysq;
  let den = ysq;
  for (let i = 0; i < 3; i++) {
    num = (num + (ERF_A[i] as number)) * ysq;
    den = (den + (ERF_B[i] as number)) * ysq;
  }
  return (y * (num + (ERF_A[3] as number))) / (den + (ERF_B[3] as number));
}

/** erfc(y)·e^{y²} for y > 0.46875: the smooth factor of erfc, free of the Gaussian's rounding. */
function erfcScaled(y: number): number {
  if (y <= 4) {
    let num = (ERFC_C[8] as number) * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + (ERFC_C[i] as number)) * y;
      den = (den + (ERFC_D[i] as number)) * y;
    }
    return (num + (ERFC_C[7] as number)) / (den + (ERFC_D[7] as number));
  }
  const inv = 1 / (y * y);
  let num = (ERFC_P[5] as number) * inv;
  let den = inv;
  for (let i = 0; i < 4; i++) {
    num = (num + (ERFC_P[i] as number)) * inv;
    den = (den + (ERFC_Q[i] as number)) * inv;
  }
  const r = (inv * (num + (ERFC_P[4] as number))) / (den + (ERFC_Q[4] as number));
  return (INV_SQRT_PI - r) / y;
}

/**
 * e^{-x²/2}, accurate to a few ulps even where x² itself rounds: x is split into a part with four
 * fractional bits (whose square is exact) and a small remainder, as Cody does for e^{-y²}.
 */
function gaussianFactor(x: number): number {
  const head = Math.trunc(x * 16) / 16;
  const tail = (x - head) * (x + head);
  return Math.exp((-head * head) / 2) * Math.exp(-tail / 2);
}

/** Complementary error function erfc(x) = 1 − erf(x), relative accuracy ~1e-16 over the whole line. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= ERF_SMALL_LIMIT) return 1 - erfSmall(x);
  const head = Math.trunc(y * 16) / 16;
  const tail = (y - head) * (y + head);
  const upper = Math.exp(-head * head) * Math.exp(-tail) * erfcScaled(y);
  return x < 0 ? 2 - upper : upper;
}

/** Upper tail of the standard normal, Q(z) = 1 − Φ(z), with full relative precision far into the tail. */
export function normalSurvival(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z < 0) return 1 - normalSurvival(-z);
  const y = z / Math.SQRT2;
  if (y <= ERF_SMALL_LIMIT) return 0.5 - erfSmall(y) / 2;
  // The rational factor is smooth, so the rounding of z/√2 barely moves it; the Gaussian factor is
  // computed from z itself so it carries no such rounding.
  return (erfcScaled(y) * gaussianFactor(z)) / 2;
}

/** Standard normal CDF Φ(z). */
export function normalCdf(z: number): number {
  return normalSurvival(-z);
}

// M. J. Wichura (1988), Algorithm AS 241 "The percentage points of the normal distribution" (PPND16),
// Applied Statistics 37: rational approximations accurate to about 1e-16 (coefficients rounded to doubles).
const AS241_A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const AS241_B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const AS241_C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const AS241_D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const AS241_E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const AS241_F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

function polynomial(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + (coefficients[i] as number);
  return sum;
}

/** Standard normal quantile Φ⁻¹(p) (AS 241). Φ⁻¹(0) = −∞, Φ⁻¹(1) = +∞. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(AS241_A, r)) / polynomial(AS241_B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = polynomial(AS241_C, r) / polynomial(AS241_D, r);
  } else {
    r -= 5;
    x = polynomial(AS241_E, r) / polynomial(AS241_F, r);
  }
  return q < 0 ? -x : x;
}

// ---------------------------------------------------------------------------------------------
// Gamma and beta functions
// ---------------------------------------------------------------------------------------------

const LN_SQRT_2PI = 0.9189385332046728;

/**
 * lgamma(x) − Stirling's approximation, for x ≥ 10: the asymptotic series with Bernoulli numbers
 * B2…B16, whose first omitted term is below 2e-18 at x = 10.
 */
function stirlingCorrection(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
  return inv * polynomial(series, inv2);
}

/** ln Γ(x) for x > 0, absolute accuracy ~1e-15 (relative for large x). */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x);
  // Γ(x) = Γ(x+n) / (x(x+1)…(x+n−1)): shift into the range where Stirling's series is exact enough.
  let product = 1;
  let shifted = x;
  while (shifted < 10) {
    product *= shifted;
    shifted += 1;
  }
  return logGamma(shifted) - Math.log(product);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a+b), arranged (as in R's lbeta) so that large arguments do
 * not cancel: Stirling's terms are combined analytically and only the small corrections subtract.
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (Number.isNaN(p) || p < 0) return Number.NaN;
  if (p === 0) return Number.POSITIVE_INFINITY;
  if (q === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  if (p >= 10) {
    const correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    const share = p / (p + q);
    return (
      -0.5 * Math.log(q) + LN_SQRT_2PI + correction + (p - 0.5) * Math.log(share) + q * Math.log1p(-share)
    );
  }
  if (q >= 10) {
    const correction = stirlingCorrection(q) - stirlingCorrection(p + q);
    return logGamma(p) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

const CONTINUED_FRACTION_MAX_ITERATIONS = 100_000;
const TINY = 1e-300;

/**
 * Continued fraction for I_x(a, b) (modified Lentz, as in Numerical Recipes' betacf), converging
 * fast for x < (a+1)/(a+b+2). Near x ≈ 1 (t with many degrees of freedom) its first denominator
 * 1 − (a+b)x/(a+1) is rewritten with y = 1 − x, because the subtraction would amplify x's rounding.
 */
function betaContinuedFraction(x: number, y: number, a: number, b: number): number {
  const sum = a + b;
  let c = 1;
  let d = x <= 0.5 ? 1 - (sum * x) / (a + 1) : (1 - b + sum * y) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= CONTINUED_FRACTION_MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    // Even step.
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step.
    aa = (-(a + m) * (sum + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= Number.EPSILON / 2) return h;
  }
  return h;
}

/**
 * Both tails of the regularized incomplete beta function at x, with y = 1 − x passed separately so
 * a caller holding a precise y (e.g. t²/(ν+t²)) does not lose it: returns [I_x(a,b), 1 − I_x(a,b)],
 * each computed directly on the side where it is the small one, so both keep relative precision.
 */
export function incompleteBetaTails(x: number, a: number, b: number, y = 1 - x): [number, number] {
  if (Number.isNaN(x) || Number.isNaN(a) || Number.isNaN(b) || a <= 0 || b <= 0 || x < 0 || x > 1) {
    return [Number.NaN, Number.NaN];
  }
  if (x === 0) return [0, 1];
  if (y === 0) return [1, 0];
  // ln x near x = 1 comes from log1p(−y): with a large (many degrees of freedom) the rounding of x
  // itself would otherwise cost ~a·ε of relative precision.
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * betaContinuedFraction(x, y, a, b)) / a;
    return [lower, 1 - lower];
  }
  const upper = (front * betaContinuedFraction(y, x, b, a)) / b;
  return [1 - upper, upper];
}

/** Regularized incomplete beta function I_x(a, b). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  return incompleteBetaTails(x, a, b)[0];
}

// ---------------------------------------------------------------------------------------------
// Student t distribution
// ---------------------------------------------------------------------------------------------

/**
 * P(T > t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is).
 * Relative accuracy ~1e-14 up to 1000 df; the continued fraction loses digits as df grows (~5e-13 at
 * 1e4, ~4e-11 at 1e6 df), far below anything a p-value is used for.
 */
export function studentTSurvival(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalSurvival(t);
  if (t === 0) return 0.5;
  const t2 = t * t;
  // P(|T| > |t|) = I_{ν/(ν+t²)}(ν/2, 1/2); y = t²/(ν+t²) is passed exactly rather than as 1 − x.
  const [twoSided] = incompleteBetaTails(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return t > 0 ? twoSided / 2 : 1 - twoSided / 2;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  return studentTSurvival(-t, df);
}

/** Two-sided p-value P(|T| ≥ |t|). */
export function studentTTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * studentTSurvival(Math.abs(t), df));
}

/** Density of Student's t. */
export function studentTDensity(t: number, df: number): number {
  return Math.exp(studentTLogDensity(t, df));
}

/** ln of Student's t density: finite where the density itself underflows (a normal at t > 38). */
export function studentTLogDensity(t: number, df: number): number {
  if (df === Number.POSITIVE_INFINITY) return (-t * t) / 2 - 0.5 * Math.log(2 * Math.PI);
  return -((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5);
}

const QUANTILE_MAX_ITERATIONS = 200;

/**
 * The t ≥ 0 with P(T > t) = q, for 0 < q ≤ 1/2. Closed forms for ν = 1 and 2; otherwise Newton's
 * method on ln P(T > t) (well conditioned deep in the tail) inside a shrinking bracket.
 */
function studentTUpperQuantile(q: number, df: number): number {
  if (q === 0.5) return 0;
  if (df === Number.POSITIVE_INFINITY) return -normalQuantile(q);
  if (df === 1) return 1 / Math.tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  // Start from the larger of the normal quantile and the power-law tail P(T > t) ≈ c·t^{-ν}.
  const normalGuess = -normalQuantile(q);
  const tailGuess = Math.sqrt(df) * Math.exp(-(Math.log(df * q) + logBeta(df / 2, 0.5)) / df);
  let t = Math.max(normalGuess, Number.isFinite(tailGuess) ? tailGuess : 0);
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  const target = Math.log(q);
  for (let i = 0; i < QUANTILE_MAX_ITERATIONS; i++) {
    const survival = studentTSurvival(t, df);
    if (survival === q) return t;
    if (survival > q) lo = t;
    else hi = t;
    const step = ((Math.log(survival) - target) * survival) / studentTDensity(t, df);
    let next = t + step;
    if (!Number.isFinite(next) || next <= lo || next >= hi) {
      next = hi === Number.POSITIVE_INFINITY ? 2 * t + 1 : (lo + hi) / 2;
    }
    if (Math.abs(next - t) <= 4 * Number.EPSILON * t) return next;
    t = next;
  }
  return t;
}

/** Quantile of Student's t: the t with P(T ≤ t) = p. */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || p < 0 || p > 1 || df <= 0) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  return p < 0.5 ? -studentTUpperQuantile(p, df) : studentTUpperQuantile(1 - p, df);
}

// ---------------------------------------------------------------------------------------------
// Binomial distribution
// ---------------------------------------------------------------------------------------------

/** Binomial coefficient C(n, k), exact while it fits a double's 53-bit integer range. */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const m = Math.min(k, n - k);
  let result = 1;
  for (let i = 1; i <= m; i++) {
    // result·(n−m+i) is C(n−m+i, i)·i, so the division is exact while the product is.
    result = (result * (n - m + i)) / i;
  }
  return result;
}

/** P(X = k) for X ~ Binomial(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const coefficient = choose(n, k);
  if (coefficient < 2 ** 53) return coefficient * p ** k * (1 - p) ** (n - k);
  const logChoose = -Math.log(n + 1) - logBeta(n - k + 1, k + 1);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** P(X ≤ k) for X ~ Binomial(n, p), via P(X ≤ k) = I_{1−p}(n−k, k+1). */
export function binomialCdf(k: number, n: number, p: number): number {
  const floor = Math.floor(k);
  if (floor < 0) return 0;
  if (floor >= n) return 1;
  return incompleteBetaTails(1 - p, n - floor, floor + 1, p)[0];
}
