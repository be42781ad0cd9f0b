import { describe, expect, it } from 'vitest';
import { type IssueAction, planIssueActions } from '../../src/action/watch-plan.js';
import { defaultTrendSettings } from '../../src/engine/trend/analyse.js';
import type { TrendRun } from '../../src/engine/trend/series.js';
import type { WatchIssue } from '../../src/github/issues.js';
import type { TrendChangePoint, TrendEvent } from '../../src/model/trend.js';
import { commitAt, simulatedHistory } from '../trend/history.js';

const ref = (run: number) => ({
  run,
  commit: commitAt(run),
  runId: String(run),
  date: '2026-01-01T00:00:00Z',
});
const id = (name: string) => `${name} [ns/op]`;
const member = (name: string) =>
  ({
    seriesId: id(name),
    name,
    percent: 15,
    levelBefore: { value: 1000, ci: [990, 1010], runs: 10 },
  }) as TrendChangePoint;

function event(run: number, series: string[], extra: Partial<TrendEvent> = {}): TrendEvent {
  return {
    key: commitAt(run),
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
      event: commitAt(eventRun),
      kind: 'regression',
      lastGood: commitAt(eventRun - 1),
      series: series.map(id).sort(),
    },
    ...extra,
  };
}

/** 20 runs, A and B 20% slower from run 10 on (1% noise): the events of the table below. */
const SLOWER_FROM_10 = simulatedHistory(20, [
  { name: 'A', steps: [{ at: 10, factor: 1.2 }] },
  { name: 'B', steps: [{ at: 10, factor: 1.2 }] },
]);

const describeAction = (a: IssueAction) =>
  a.kind === 'none' || a.kind === 'keep-vanished'
    ? `${a.kind === 'none' ? 'none' : 'keep'}: ${a.why}`
    : a.kind === 'edit'
      ? `edit +${a.joined.map((s) => s[0])} -${a.left.map((s) => s[0])}`
      : a.kind === 'close-vanished'
        ? `close-vanished since run ${a.since.run}`
        : a.kind;

const plan = (
  events: TrendEvent[],
  issues: WatchIssue[],
  improvements = false,
  history: readonly TrendRun[] = SLOWER_FROM_10,
) =>
  planIssueActions(events, issues, {
    suite: 'go',
    improvements,
    history,
    thresholds: { default: 0.1, rules: [] },
    trend: defaultTrendSettings(),
  }).map(describeAction);

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
    [
      'two runs off: another event, the old one still slow',
      [event(12, ['A'])],
      [issue(10, ['A'])],
      ['create', "keep: no longer found as a change point, and A [ns/op]'s newest 3 runs are not all back"],
    ],
    [
      'an issue of another suite',
      [event(10, ['A'])],
      [issue(10, ['A'], { marker: { ...issue(10, ['A']).marker, suite: 'rust' } })],
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

describe('planIssueActions: an open issue whose event is no longer found', () => {
  /** A 20% slower from run 10, back to its old level from run 17 (1% noise); B 20% slower from run 10 on. */
  const backFrom17 = simulatedHistory(20, [
    {
      name: 'A',
      steps: [
        { at: 10, factor: 1.2 },
        { at: 17, factor: 1 / 1.2 },
      ],
    },
    { name: 'B', steps: [{ at: 10, factor: 1.2 }] },
  ]);
  const vanished = (issues: WatchIssue[], history: readonly TrendRun[] = backFrom17) =>
    plan([], issues, false, history);

  it('is closed once each of the newest 3 runs of its benchmarks is back at the level before', () => {
    expect(vanished([issue(10, ['A'])])).toEqual(['close-vanished since run 17']);
  });

  it('is left open while one of its benchmarks is not back', () => {
    expect(vanished([issue(10, ['A', 'B'])])).toEqual([
      "keep: no longer found as a change point, and B [ns/op]'s newest 3 runs are not all back",
    ]);
  });

  it('is left open while the newest 3 runs are not all after the event', () => {
    const flat = simulatedHistory(12, [{ name: 'A' }]);
    expect(vanished([issue(10, ['A'])], flat)).toEqual([
      'keep: no longer found as a change point, and A [ns/op] has fewer than 3 runs since the event',
    ]);
  });

  it('is left open when the benchmark is gone from the history', () => {
    expect(vanished([issue(10, ['C'])])).toEqual([
      'keep: no longer found as a change point, and C [ns/op] is no longer in the history',
    ]);
  });

  it('is judged against the level the issue recorded, which outlives the runs it came from', () => {
    // The history no longer holds the runs before the event: only the recorded level can tell.
    const trimmed = backFrom17.slice(12);
    const recorded = (level: number) =>
      issue(10, ['A'], { marker: { ...issue(10, ['A']).marker, before: { [id('A')]: level } } });
    expect(vanished([issue(10, ['A'])], trimmed)).toEqual([
      'keep: no longer found as a change point, and no level before the event for A [ns/op]',
    ]);
    expect(vanished([recorded(1000)], trimmed)).toEqual(['close-vanished since run 5']);
    // Runs of 1000 are 17% off a recorded 1200: not back.
    expect(vanished([recorded(1200)])).toEqual([
      "keep: no longer found as a change point, and A [ns/op]'s newest 3 runs are not all back",
    ]);
  });

  it('leaves closed issues, other people’s and other suites’ alone', () => {
    const others = [
      issue(10, ['A'], { state: 'closed' }),
      issue(10, ['A'], { ours: false }),
      issue(10, ['A'], { marker: { ...issue(10, ['A']).marker, suite: 'rust' } }),
    ];
    expect(vanished(others)).toEqual([]);
  });

  it('is not mistaken for an improvement of the same first commit', () => {
    const better = event(10, ['A'], { kind: 'improvement' });
    expect(plan([better], [issue(10, ['A'])], true, backFrom17)).toEqual([
      'create',
      'close-vanished since run 17',
    ]);
  });
});
