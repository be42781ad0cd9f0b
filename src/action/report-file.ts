// report-file: publish a JSON report computed elsewhere — the fork-PR pair, where the unprivileged
// workflow ran the benchmarks (or the same-job A/B) and this privileged one only comments.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../model/errors.js';
import { parseReportFile } from '../model/report-file.js';
import type { HistoryEntry } from '../store/store.js';

export async function publishedReport(file: string, workspace: string) {
  const text = await readFile(path.resolve(workspace, file), 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot read the report (${err.code ?? err.message})`);
  });
  const report = parseReportFile(text, file);
  core.info(
    `perf-regression: publishing the report in ${file} (${report.series.length} series, computed elsewhere)`,
  );
  return {
    report,
    current: { files: [], parsed: { results: [], warnings: [] } },
    inputFiles: [file],
    extraFiles: [] as string[],
    // A report another workflow wrote is never recorded: its numbers were not measured here.
    mayRecord: false,
    stored: [] as HistoryEntry[],
  };
}
