// The JSON report: the full machine-readable comparison (schema in README.md). Strings out, no I/O.
import type { ComparisonReport } from '../model/report.js';

export function renderJson(report: ComparisonReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
