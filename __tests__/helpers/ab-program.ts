// A benchmark program for same-job A/B tests: its numbers come from the code of the tree it runs in.

/**
 * A benchmark program in go's output format. Its numbers depend on WORK (the code under test) and on a
 * per-pass machine factor from 1.0 to 1.4 — the same in both trees, since each tree counts its own
 * invocations — which is what a busy runner does to both sides of a pass.
 */
export function benchProgram(work: Record<string, number>): string {
  return `import { existsSync, readFileSync, writeFileSync } from 'node:fs';
const WORK = ${JSON.stringify(work)};
const count = existsSync('.count') ? Number(readFileSync('.count', 'utf8')) : 0;
writeFileSync('.count', String(count + 1));
const machine = 1 + ((count * 3) % 5) / 10;
const lines = [];
for (const [name, work] of Object.entries(WORK))
  for (let i = 0; i < 5; i++)
    lines.push('Benchmark' + name + ' \\t 1000 \\t ' + (work * machine * (1 + (((i * 13 + count * 3) % 7) - 3) / 1000)).toFixed(1) + ' ns/op');
const text = lines.join('\\n') + '\\nPASS\\n';
if (process.argv[2] === 'file') writeFileSync(process.env.PERF_REGRESSION_OUTPUT, text);
else process.stdout.write(text);
`;
}
