// benchstat's crc example (golang/perf cmd/benchstat/testdata, __tests__/fixtures/benchstat/README.md):
// hardware acceleration switched on between crc-old.txt and crc-new.txt makes 8 IEEE benchmarks 4–7×
// faster (16 series: sec/op and B/s), a large share of a suite with one baseline run. `benchstat
// -ignore note crc-old.txt crc-new.txt` (crcIgnore.stdout) calls each of them a change at p = 0.000.
// The suite's moves must not pass those changes off as run-to-run noise, and what benchstat calls `~`
// must not be flagged.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import type { SeriesComparison } from '../../src/model/report.js';
import { parseGo } from '../../src/parsers/go.js';
import { fixture } from '../helpers/fixtures.js';

interface GoldenRow {
  /** benchstat's row name (`CRC32/poly=IEEE/size=15/align=0-8`) and our unit for its table. */
  row: string;
  unit: 'ns/op' | 'MB/s';
  /** The delta column: undefined for `~`. */
  percent?: number;
}

/** The rows of crcIgnore.stdout's two tables (sec/op, then B/s), without the geomean rows. */
function goldenRows(): GoldenRow[] {
  const rows: GoldenRow[] = [];
  let unit: GoldenRow['unit'] | undefined;
  for (const line of fixture('benchstat/crcIgnore.stdout').text.split('\n')) {
    if (/│\s+sec\/op\s+│/.test(line)) unit = 'ns/op';
    else if (/│\s+B\/s\s+│/.test(line)) unit = 'MB/s';
    const m = /^(CRC32\/\S+)\s.*?(~|[+-]\d+\.\d+%) \(p=/.exec(line);
    if (!m || !unit) continue;
    const delta = m[2] as string;
    rows.push({ row: m[1] as string, unit, percent: delta === '~' ? undefined : Number.parseFloat(delta) });
  }
  return rows;
}

describe('benchstat crc-old.txt → crc-new.txt (one baseline run, 16 of 72 series 4–7× faster)', () => {
  const baseline = parseGo(fixture('benchstat/crc-old.txt')).results;
  const current = parseGo(fixture('benchstat/crc-new.txt')).results;
  const report = compare([{ results: baseline }], current);
  const golden = goldenRows();
  const seriesOf = ({ row, unit }: GoldenRow): SeriesComparison => {
    const found = report.series.filter((s) => s.id.endsWith(`::Benchmark${row} [${unit}]`));
    expect(found, row).toHaveLength(1);
    return found[0] as SeriesComparison;
  };

  it('reads all 72 rows of benchstat’s tables', () => {
    expect(golden).toHaveLength(72);
    expect(golden.filter((g) => g.percent !== undefined && Math.abs(g.percent) > 50)).toHaveLength(16);
    expect(report.runToRunNoise).toBe('from-suite');
  });

  it('flags every change benchstat finds at −76…−86% (+313…+600% in B/s) as an improvement', () => {
    for (const g of golden.filter((x) => x.percent !== undefined && Math.abs(x.percent) > 50)) {
      const s = seriesOf(g);
      expect({ row: g.row, unit: g.unit, status: s.status }).toEqual({
        row: g.row,
        unit: g.unit,
        status: 'improvement',
      });
      expect(s.change?.percent).toBeCloseTo(g.percent as number, 0);
      // The interval is the change's, not the spread of the changes themselves.
      const [lo, hi] = s.change?.ci ?? [Number.NaN, Number.NaN];
      expect(lo <= (g.percent as number) && (g.percent as number) <= hi).toBe(true);
      expect(hi - lo).toBeLessThan(g.unit === 'ns/op' ? 10 : 200);
    }
  });

  it('flags nothing benchstat calls ~, and nothing against benchstat’s direction', () => {
    for (const g of golden.filter((x) => x.percent === undefined || Math.abs(x.percent) <= 50)) {
      const s = seriesOf(g);
      if (g.percent === undefined) {
        expect({ row: g.row, unit: g.unit, status: s.status }).toEqual({
          row: g.row,
          unit: g.unit,
          status: expect.stringMatching(/^(unchanged|inconclusive)$/),
        });
      } else {
        // benchstat's small significant moves (< 10%, the default threshold): never the opposite verdict.
        const improvement = g.unit === 'ns/op' ? g.percent < 0 : g.percent > 0;
        expect(s.status, g.row).not.toBe(improvement ? 'regression' : 'improvement');
      }
    }
    expect(report.counts).toMatchObject({ regression: 0, improvement: 16 });
  });
});
