// Runs whose samples the history dropped still give the dashboard and the weekly watch what they had:
// the real go history recorded with samples kept for every run and for the newest 2 only.
import { describe, expect, it } from 'vitest';
import { analyseTrend } from '../../src/engine/trend/analyse.js';
import { dashboardData } from '../../src/render/html/dashboard-data.js';
import {
  appendEntries,
  emptyHistory,
  parseRunFile,
  parseStoredHistory,
  splitHistory,
} from '../../src/store/history.js';
import type { HistoryDocument } from '../../src/store/store.js';
import { goHistory } from '../browser/histories.js';

/** `doc` as the gh-pages store writes it and reads it back. */
function throughGhPages(doc: HistoryDocument): HistoryDocument {
  const files = splitHistory(doc);
  const index = parseStoredHistory(files.get('history.json') as string, 'history.json');
  if (index.kind !== 'split') throw new Error('expected the split layout');
  const entries = index.runs.map((name) => parseRunFile(files.get(name) as string, name));
  return { ...emptyHistory(doc.suite), entries };
}

describe('a history whose old runs keep a summary', () => {
  const recorded = goHistory();
  const full = throughGhPages(appendEntries(emptyHistory('go'), recorded.entries, 100, 100));
  const trimmed = throughGhPages(appendEntries(emptyHistory('go'), recorded.entries, 100, 2));

  it('keeps samples for the newest 2 runs only', () => {
    expect(trimmed.entries.map((e) => e.results.some((r) => r.samples))).toEqual([
      ...Array(8).fill(false),
      true,
      true,
    ]);
    expect(full.entries.every((e) => e.results.every((r) => r.samples))).toBe(true);
  });

  it('gives the dashboard the same centers, bands and marks', () => {
    const before = dashboardData([full]);
    expect(dashboardData([trimmed])).toEqual(before);
    // Not vacuous: the old runs have bands, drawn from the median's interval kept as sampleCi.
    const points = before.suites[0]?.series.flatMap((s) => s.points) ?? [];
    expect(points.filter((p) => p[0] < 8 && p[2] !== null && p[3] !== null).length).toBeGreaterThan(100);
  });

  it('gives the weekly watch the same change points', () => {
    expect(analyseTrend('go', trimmed.entries)).toEqual(analyseTrend('go', full.entries));
  });
});
