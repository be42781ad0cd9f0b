// Large `go test -bench -benchmem -count=N` outputs shaped like the real ones in fixtures/go: one
// `pkg:` block per package, benchmarks with sub-benchmark names, ns/op printed as go prints it (4–5
// significant digits, so samples tie), MB/s, B/op and allocs/op. Four series per benchmark.
//
//   node __tests__/bench/big-go.ts OUT.txt BENCHMARKS [COUNT [SEED]]
//
// writes one such file (Node ≥ 23 runs this file as it is); the benchmarks import bigGoChunks.
import { createWriteStream } from 'node:fs';

/** Benchmarks per `pkg:` block. */
const PER_PACKAGE = 500;

/** go's testing.prettyPrint: fewer decimals the larger the number. */
export function goNumber(x: number): string {
  const y = Math.abs(x);
  const decimals = y === 0 || y >= 999.95 ? 0 : y >= 99.995 ? 1 : y >= 9.9995 ? 2 : y >= 0.99995 ? 3 : 4;
  return x.toFixed(decimals);
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The output of `benchmarks` benchmarks × `count` runs each, one package (500 benchmarks) per chunk. */
export function* bigGoChunks(benchmarks: number, count = 10, seed = 1): Generator<string> {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  for (let first = 0; first < benchmarks; first += PER_PACKAGE) {
    const lines = [
      'goos: linux',
      'goarch: amd64',
      `pkg: example.com/big/pkg${first / PER_PACKAGE}`,
      'cpu: AMD EPYC',
    ];
    for (let b = first; b < Math.min(benchmarks, first + PER_PACKAGE); b++) {
      const name = `BenchmarkCodec${b % 7}/size=${16 << (b % 9)}/case=${b}-2`;
      const ns = Math.exp(Math.log(2) + random() * Math.log(5e5));
      const bytes = 16 << (b % 9);
      const allocated = b % 3 === 0 ? 0 : bytes * (1 + (b % 4));
      const allocs = allocated === 0 ? 0 : 1 + (b % 5);
      for (let i = 0; i < count; i++) {
        const value = ns * Math.exp(0.015 * normal());
        const iterations = Math.max(1, Math.round(1e9 / value));
        lines.push(
          `${name.padEnd(52)}\t${String(iterations).padStart(10)}\t${goNumber(value).padStart(10)} ns/op\t${((bytes / value) * 1000).toFixed(2).padStart(8)} MB/s\t${String(allocated).padStart(8)} B/op\t${String(allocs).padStart(8)} allocs/op`,
        );
      }
    }
    lines.push('PASS', `ok  \texample.com/big/pkg${first / PER_PACKAGE}\t12.345s`, '');
    yield lines.join('\n');
  }
}

async function writeBigGo(file: string, benchmarks: number, count: number, seed: number): Promise<void> {
  const out = createWriteStream(file);
  for (const chunk of bigGoChunks(benchmarks, count, seed)) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

if (process.argv[1]?.endsWith('big-go.ts')) {
  const [file, benchmarks, count = '10', seed = '1'] = process.argv.slice(2);
  if (!file || !benchmarks) throw new Error('usage: node big-go.ts OUT.txt BENCHMARKS [COUNT [SEED]]');
  await writeBigGo(file, Number(benchmarks), Number(count), Number(seed));
}
