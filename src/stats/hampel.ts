// The Hampel identifier on a sequence, one-sided: a value more than k·σ above the median of its
// neighbourhood (the values up to `halfWidth` places either side, fewer at the ends) is replaced by that
// median. One-sided because the outliers it is for (runs slowed by other work) only ever go up, and a
// value below a median raised by such outliers is the one to keep.
// σ is estimated from successive differences, median|x_{i+1} − x_i| / 0.9539 (for normal noise
// |x_{i+1} − x_i| is half-normal with scale σ√2, median 0.6745·√2·σ): a step moves one difference
// and an isolated outlier two, so neither inflates the scale (Pearson et al. 2016, "Generalized Hampel filters").

const MEDIAN_ABS_DIFF_PER_SD = 0.6745 * Math.SQRT2;

/** σ of the noise from successive differences (above); 0 for fewer than 2 values. */
export function successiveDifferenceSd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const diffs: number[] = [];
  for (let i = 1; i < values.length; i++)
    diffs.push(Math.abs((values[i] as number) - (values[i - 1] as number)));
  return medianOf(diffs) / MEDIAN_ABS_DIFF_PER_SD;
}

export function hampelFilterHigh(values: readonly number[], halfWidth: number, k: number): number[] {
  const n = values.length;
  if (n < 3) return [...values];
  const sd = successiveDifferenceSd(values);
  const out = [...values];
  if (!(sd > 0)) return out;
  for (let i = 0; i < n; i++) {
    const m = medianOf(values.slice(Math.max(0, i - halfWidth), Math.min(n, i + halfWidth + 1)));
    if ((values[i] as number) - m > k * sd) out[i] = m;
  }
  return out;
}

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return ((s[Math.floor(mid)] as number) + (s[Math.ceil(mid)] as number)) / 2;
}
