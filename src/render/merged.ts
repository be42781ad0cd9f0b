// The merged report of a matrix as Markdown: the combined verdict line, one row per job, then each job's
// report as its own section. Strings out, no I/O. Job names and problems come from artifact names, which
// any job of the run can choose: always escaped.
import type { JobReport, MergedVerdict } from '../model/merged.js';
import { escapeMarkdown } from './escape.js';
import { MARKDOWN, verdictLine } from './inline.js';
import { MARKDOWN_LIMIT, renderMarkdown, runLinks } from './markdown.js';

export interface MergedMarkdownOptions {
  /** The merge job's suite name, in the heading. */
  title?: string;
  /** The combined verdict and its one-line title, as the plan decided them. */
  verdict: MergedVerdict;
  summary: string;
  runUrl?: string;
  /** Character budget of the whole comment; defaults to MARKDOWN_LIMIT. */
  limit?: number;
}

const VERDICT_ICON: Record<MergedVerdict, string> = {
  regression: '🔴',
  'over-budget': '🟠',
  'no-common-series': '⛔',
  incomplete: '⛔',
  'no-baseline': '🆕',
  pass: '✅',
};

export function renderMergedMarkdown(jobs: readonly JobReport[], options: MergedMarkdownOptions): string {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const title = options.title ? `perf-regression: ${escapeMarkdown(options.title)}` : 'perf-regression';
  const count = jobs.length === 1 ? '1 job' : `${jobs.length} jobs`;
  const footer = runLinks(options.runUrl);
  const head = [
    `### ${title} (${count})`,
    '',
    `${VERDICT_ICON[options.verdict]} **${escapeMarkdown(options.summary)}**`,
    '',
    '| Job | Verdict |',
    '| :-- | :-- |',
    ...jobs.map((j) => `| ${escapeMarkdown(j.job)} | ${jobVerdict(j)} |`),
  ].join('\n');
  const reported = jobs.filter((j) => j.report);
  // Each job's section gets an equal share of what is left; renderMarkdown shortens a section to fit.
  const left = limit - head.length - footer.length - 2 * (jobs.length + 2);
  const share = Math.max(0, Math.floor(left / Math.max(1, reported.length)));
  const sections = jobs.map((j) =>
    j.report
      ? renderMarkdown(j.report, { heading: `#### ${escapeMarkdown(j.job)}`, limit: share }).trimEnd()
      : `#### ${escapeMarkdown(j.job)}\n\n${jobVerdict(j)}`,
  );
  return `${[head, ...sections, footer].filter(Boolean).join('\n\n')}\n`;
}

function jobVerdict(job: JobReport): string {
  if (job.report) return verdictLine(job.report, MARKDOWN);
  return `⛔ **No report**: ${escapeMarkdown(job.problem ?? 'the job uploaded nothing readable')}`;
}
