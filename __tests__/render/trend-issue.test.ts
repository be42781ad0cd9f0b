import { describe, expect, it } from 'vitest';
import { analyseTrend } from '../../src/engine/trend/analyse.js';
import { issueBody, issueTitle, readWatchMarker, watchMarker } from '../../src/render/trend-issue.js';
import { simulatedHistory } from '../trend/history.js';

describe('the regression issue', () => {
  const history = simulatedHistory(24, [
    { name: 'Benchmark`Evil"<b>*@team -->', steps: [{ at: 14, factor: 1.25 }] },
    { name: 'BenchmarkPlain', steps: [{ at: 14, factor: 1.15 }] },
  ]);
  const report = analyseTrend('go', history);
  const event = report.events[0];
  if (!event) throw new Error('the simulated step was not found');
  const body = issueBody(report, event, { repoUrl: 'https://github.com/acme/widgets' });

  it('is titled with the suite, the benchmark count, the range of changes and the first bad commit', () => {
    expect(issueTitle('go', event)).toMatch(
      /^perf-regression \(go\): 2 benchmarks 1[4-6]–2[4-6]% slower since c014000$/,
    );
  });

  it('keeps a marker that reads back, whatever the names hold', () => {
    expect(readWatchMarker(body)).toEqual({
      suite: 'go',
      event: event.key,
      kind: 'regression',
      lastGood: event.lastGood.commit,
      series: ['BenchmarkPlain [ns/op]', 'Benchmark`Evil"<b>*@team --> [ns/op]'],
      // The levels later runs are judged back at: the simulated base of 1000 ns/op, before the steps.
      before: {
        'BenchmarkPlain [ns/op]': expect.closeTo(1000, -1.5),
        'Benchmark`Evil"<b>*@team --> [ns/op]': expect.closeTo(1000, -1.5),
      },
    });
    // The name's `-->` cannot end the marker's HTML comment early.
    const marker = body.split('\n').find((l) => l.startsWith('<!-- perf-regression:watch')) ?? '';
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(
      readWatchMarker(
        `${watchMarker({ suite: 's', event: 'e', kind: 'regression', lastGood: 'g', series: [] })}`,
      )?.suite,
    ).toBe('s');
    // Written before the kind and levels were recorded: a regression's, judged on the history alone.
    const older = readWatchMarker('<!-- perf-regression:watch {"suite":"s","event":"e","series":["a"]} -->');
    expect(older).toEqual({ suite: 's', event: 'e', kind: 'regression', lastGood: '', series: ['a'] });
    const edited = '{"suite":"s","event":"e","series":["a","b"],"before":{"a":-1,"b":"x"}}';
    expect(readWatchMarker(`<!-- perf-regression:watch ${edited} -->`)?.before).toBeUndefined();
    expect(readWatchMarker('<!-- perf-regression:watch {broken -->')).toBeUndefined();
  });

  it('escapes names in the table and keeps them from ending the chart or its code fence', () => {
    expect(body).toContain('Benchmark\\`Evil&quot;&lt;b&gt;\\*@\u200dteam --&gt;');
    const chartTitle = body.split('\n').find((l) => l.startsWith('  title "Benchmark'));
    expect(chartTitle).toBe('  title "Benchmark Evil <b>*@team -->: change at run 15"');
    expect(body.match(/```/g)?.length).toBe(4);
  });

  it('links the compare view and the two runs', () => {
    expect(body).toContain(
      `https://github.com/acme/widgets/compare/${event.lastGood.commit}...${event.firstBad.commit}`,
    );
    expect(body).toContain('[last good](https://github.com/acme/widgets/actions/runs/1013)');
    expect(body).toContain('[first bad](https://github.com/acme/widgets/actions/runs/1014)');
  });
});
