import { describe, expect, it } from 'vitest';
import { parseThresholds } from '../../src/engine/options.js';
import { changeMarks } from '../../src/pipeline/change-marks.js';
import type { HistoryDocument, HistoryEntry } from '../../src/store/store.js';
import { simulatedHistory } from '../trend/history.js';

function doc(entries: HistoryEntry[]): HistoryDocument {
  return { schema: 'perf-regression/history', version: 1, suite: 'go', entries };
}

const onMain = (runs: ReturnType<typeof simulatedHistory>): HistoryEntry[] =>
  runs.map((r) => ({ ...r, branch: 'main', results: [...r.results] }));

describe('changeMarks: the weekly watch’s change points for the dashboard', () => {
  it('marks a counted regression at the first run of its new level, and its recovery', () => {
    const runs = onMain(
      simulatedHistory(40, [
        {
          name: 'A',
          steps: [
            { at: 20, factor: 1.2 },
            { at: 30, factor: 1 / 1.2 },
          ],
        },
        { name: 'Flat' },
      ]),
    );
    expect(changeMarks([doc(runs)])).toEqual({
      go: {
        'A [ns/op]': [
          { run: 20, percent: expect.closeTo(20, 0) as number, kind: 'worse' },
          { run: 30, percent: expect.closeTo(-16.7, 0) as number, kind: 'better' },
        ],
      },
    });
  });

  it('counts runs as the dashboard does: every branch by date, while the watch reads the newest run’s branch', () => {
    const main = onMain(simulatedHistory(30, [{ name: 'A', steps: [{ at: 20, factor: 1.2 }] }]));
    // A feature-branch run recorded between main's runs 4 and 5 moves every later dashboard index by one.
    const feature: HistoryEntry = {
      ...(main[4] as HistoryEntry),
      branch: 'feature',
      runId: 'f1',
      date: new Date(Date.parse((main[4] as HistoryEntry).date) + 1000).toISOString(),
    };
    const marks = changeMarks([doc([...main.slice(0, 5), feature, ...main.slice(5)])]);
    expect(marks.go?.['A [ns/op]']?.map((m) => m.run)).toEqual([21]);
  });

  it('uses the thresholds it is given: a 6% step is marked at 5%, not at the default 10%', () => {
    const runs = onMain(simulatedHistory(30, [{ name: 'A', cv: 0.005, steps: [{ at: 20, factor: 1.06 }] }]));
    expect(changeMarks([doc(runs)]).go).toEqual({});
    const at5 = changeMarks([doc(runs)], parseThresholds('5%'));
    expect(at5.go?.['A [ns/op]']?.map((m) => m.run)).toEqual([20]);
  });
});
