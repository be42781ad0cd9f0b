// The note naming the commit a pull request's baseline window ends at, in the comment and the terminal.
import { describe, expect, it } from 'vitest';
import type { BaselineCommit } from '../../src/model/report.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { comparedSeries, reportOf } from './reports.js';

const M3 = '3'.repeat(40);
const M2 = '2'.repeat(40);

function rendered(baselineCommit: BaselineCommit) {
  const report = reportOf([comparedSeries('BenchmarkSort', 'unchanged', 100, 101)], { baselineCommit });
  return { markdown: renderMarkdown(report), text: renderText(report) };
}

describe('the baseline commit note', () => {
  it('names the merge base and how many runs of later base commits were left out', () => {
    const { markdown, text } = rendered({
      branch: 'main',
      mergeBase: M3,
      via: 'git',
      commit: M3,
      leftOut: 2,
    });
    expect(markdown).toContain(
      '> Baseline: the recorded runs up to `333333333333`, the merge base of this pull request with main; 2 recorded runs of later main commits left out, as this pull request does not have them.',
    );
    expect(text).toContain(
      'Baseline: the recorded runs up to 333333333333, the merge base of this pull request with main;',
    );
  });

  it('names the newest recorded ancestor when the merge base itself was not recorded', () => {
    const { markdown } = rendered({ branch: 'main', mergeBase: M3, via: 'git', commit: M2, leftOut: 0 });
    expect(markdown).toContain(
      '> Baseline: the recorded runs up to `222222222222`, the newest recorded ancestor of the merge base `333333333333`.',
    );
  });

  it('says the newest runs were used, and why, when the merge base is unknown', () => {
    const { markdown } = rendered({
      branch: 'release_*1*',
      commit: M2,
      leftOut: 0,
      fallback: 'merge-base-unknown',
      reason: 'git is not installed',
    });
    expect(markdown).toContain(
      "> Baseline: the newest recorded runs of release\\_\\*1\\*, up to `222222222222`. The pull request's merge base could not be found (git is not installed), so changes merged into release\\_\\*1\\* after the branch point count as this pull request's.",
    );
  });

  it('says none was recorded at or before the merge base', () => {
    const { text } = rendered({
      branch: 'main',
      mergeBase: M3,
      via: 'compare-api',
      commit: M2,
      leftOut: 0,
      fallback: 'no-recorded-ancestor',
    });
    expect(text).toContain(
      'Baseline: the newest recorded runs of main, up to 222222222222: none was recorded at or before the merge base 333333333333,',
    );
  });

  it('keeps anything but hex out of the commit code span', () => {
    const { markdown } = rendered({
      branch: 'main',
      mergeBase: 'ab`c<d>',
      via: 'git',
      commit: 'ab`c<d>',
      leftOut: 0,
    });
    expect(markdown).toContain('the recorded runs up to `abcd`, the merge base');
  });

  it('says apart how many runs could not be placed', () => {
    const { text } = rendered({
      branch: 'main',
      mergeBase: M3,
      via: 'git',
      commit: M3,
      leftOut: 3,
      unplaced: 1,
    });
    expect(text).toContain(
      'Baseline: the recorded runs up to 333333333333, the merge base of this pull request with main; 2 recorded runs of later main commits left out, as this pull request does not have them; 1 recorded run whose commit could not be placed left out too.',
    );
  });
});
