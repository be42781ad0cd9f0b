// The JSON report: the full machine-readable comparison (schema in docs/reports.md). Strings out, no I/O.
// Each series' reason codes also come in words (`reason`), as the comment's footnotes say them.
import type { ComparisonReport } from '../model/report.js';
import { reasonText } from './reasons.js';

export function renderJson(report: ComparisonReport): string {
  const series = report.series.map((s) => (s.reasons ? { ...s, reason: reasonText(s) } : s));
  return `${JSON.stringify({ ...report, series }, null, 2)}\n`;
}
