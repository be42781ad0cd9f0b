// ψ (digamma), ψ′ (trigamma), ψ″ (tetragamma) and the inverse of ψ′, for the moderated t's prior
// (stats/moderated-t.ts). For x ≥ 10 the asymptotic series (Abramowitz & Stegun 6.3.18, 6.4.11–12):
//   ψ(x)  ≈ ln x − 1/(2x) − 1/(12x²) + 1/(120x⁴) − 1/(252x⁶) + 1/(240x⁸) − 1/(132x¹⁰)
//   ψ′(x) ≈ 1/x + 1/(2x²) + 1/(6x³) − 1/(30x⁵) + 1/(42x⁷) − 1/(30x⁹) + 5/(66x¹¹)
//   ψ″(x) ≈ −1/x² − 1/x³ − 1/(2x⁴) + 1/(6x⁶) − 1/(6x⁸) + 3/(10x¹⁰) − 5/(6x¹²)
// below it the recurrences ψ(x) = ψ(x+1) − 1/x, ψ′(x) = ψ′(x+1) + 1/x², ψ″(x) = ψ″(x+1) − 2/x³.

const ASYMPTOTIC_FROM = 10;

/** ψ(x) for x > 0. */
export function digamma(x: number): number {
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift -= 1 / x;
    x += 1;
  }
  const r = 1 / (x * x);
  return (
    shift + Math.log(x) - 0.5 / x - r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r / 132))))
  );
}

/** ψ′(x) for x > 0. */
export function trigamma(x: number): number {
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift += 1 / (x * x);
    x += 1;
  }
  const r = 1 / (x * x);
  return (
    shift + 1 / x + r / 2 + (r / x) * (1 / 6 - r * (1 / 30 - r * (1 / 42 - r * (1 / 30 - (5 / 66) * r))))
  );
}

/** ψ″(x) for x > 0. */
export function tetragamma(x: number): number {
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift -= 2 / (x * x * x);
    x += 1;
  }
  const r = 1 / (x * x);
  return shift - r - r / x - r * r * (1 / 2 - r * (1 / 6 - r * (1 / 6 - r * (3 / 10 - (5 / 6) * r))));
}

/**
 * y with ψ′(y) = v, for v > 0: Newton's method on 1/ψ′ from y = 0.5 + 1/v, which is monotone and
 * converges from that start (Smyth 2004, limma's trigammaInverse).
 */
export function trigammaInverse(v: number): number {
  if (!(v > 0)) throw new RangeError('trigammaInverse needs a positive argument');
  if (v > 1e7) return 1 / Math.sqrt(v);
  if (v < 1e-6) return 1 / v;
  let y = 0.5 + 1 / v;
  for (let i = 0; i < 50; i++) {
    const tri = trigamma(y);
    const step = (tri * (1 - tri / v)) / tetragamma(y);
    y += step;
    if (-step / y < 1e-8) break;
  }
  return y;
}
