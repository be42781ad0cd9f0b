import { describe, expect, it } from 'vitest';
import { planIssueActions } from '../../src/action/watch-plan.js';
import type { WatchIssue } from '../../src/github/issues.js';
import type { TrendChangePoint, TrendEvent } from '../../src/model/trend.js';

const ref = (run: number) => ({ run, commit: `sha${run}`, runId: String(run), date: '2026-01-01T00:00:00Z' });
const member = (seriesId: string) => ({ seriesId, name: seriesId, percent: 15 }) as TrendChangePoint;

function event(run: number, series: string[], extra: Partial<TrendEvent> = {}): TrendEvent {
  return {
    key: `sha${run}`,
    kind: 'regression',
    lastGood: ref(run - 1),
    firstBad: ref(run),
    lastBad: ref(run),
    status: 'active',
    changePoints: series.map(member),
    ...extra,
  };
}

function issue(eventRun: number, series: string[], extra: Partial<WatchIssue> = {}): WatchIssue {
  return {
    number: 7,
    url: 'https://github.com/acme/widgets/issues/7',
    state: 'open',
    ours: true,
    marker: {
      suite: 'go',
      event: `sha${eventRun}`,
      lastGood: `sha${eventRun - 1}`,
      series: [...series].sort(),
    },
    ...extra,
  };
}

const plan = (events: TrendEvent[], issues: WatchIssue[], improvements = false) =>
  planIssueActions(events, issues, { suite: 'go', improvements }).map((a) =>
    a.kind === 'none' ? `none: ${a.why}` : a.kind === 'edit' ? `edit +${a.joined} -${a.left}` : a.kind,
  );

describe('planIssueActions', () => {
  it.each([
    ['a new active event', [event(10, ['A'])], [], ['create']],
    ['the same event, same series', [event(10, ['A', 'B'])], [issue(10, ['B', 'A'])], ['none: unchanged']],
    ['a series joined', [event(10, ['A', 'B'])], [issue(10, ['A'])], ['edit +B -']],
    ['a series left', [event(10, ['A'])], [issue(10, ['A', 'B'])], ['edit + -B']],
    ['recovered, issue open', [event(10, ['A'], { status: 'recovered' })], [issue(10, ['A'])], ['close']],
    [
      'recovered before any issue',
      [event(10, ['A'], { status: 'recovered' })],
      [],
      ['none: recovered before an issue was filed'],
    ],
    [
      'closed by a person, still active',
      [event(10, ['A'])],
      [issue(10, ['A'], { state: 'closed' })],
      ['none: closed; never reopened'],
    ],
    [
      'open but opened by someone else',
      [event(10, ['A'])],
      [issue(10, ['A'], { ours: false })],
      ['none: opened by someone else'],
    ],
    ['the change point settled one run later', [event(11, ['A'])], [issue(10, ['A'])], ['none: unchanged']],
    ['the change point settled one run earlier', [event(9, ['A'])], [issue(10, ['A'])], ['none: unchanged']],
    ['two runs off: another event', [event(12, ['A'])], [issue(10, ['A'])], ['create']],
    [
      'an issue of another suite',
      [event(10, ['A'])],
      [issue(10, ['A'], { marker: { suite: 'rust', event: 'sha10', lastGood: 'sha9', series: ['A'] } })],
      ['create'],
    ],
  ] as [string, TrendEvent[], WatchIssue[], string[]][])('%s', (_what, events, issues, expected) => {
    expect(plan(events, issues)).toEqual(expected);
  });

  it('files improvements only when asked', () => {
    const better = event(10, ['A'], { kind: 'improvement' });
    expect(plan([better], [])).toEqual(['none: improvements are not filed']);
    expect(plan([better], [], true)).toEqual(['create']);
  });
});
