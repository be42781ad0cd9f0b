// Seeded random numbers for tests and the detection simulation, so they give the same numbers on every
// machine: mulberry32 for uniforms, Box–Muller for normals.

export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  let spare: number | undefined;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = r * Math.sin(angle);
    return r * Math.cos(angle);
  };
  return { uniform, normal };
}

/** One normal draw from two fresh uniforms (Box–Muller's cosine half only). */
export function boxMullerCosine(uniform: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Log-scale standard deviation of a lognormal with coefficient of variation `cv`. */
export function logSdOfCv(cv: number): number {
  return Math.sqrt(Math.log1p(cv * cv));
}
