// The JSON report: the full machine-readable comparison (schema in docs/reports.md). Strings out, no I/O.
// Each series' reason codes also come in words (`reason`), as the comment's footnotes say them.
import type { ComparisonReport, SeriesComparison } from '../model/report.js';
import { reasonText } from './reasons.js';

export function renderJson(report: ComparisonReport): string {
  let text = '';
  for (const part of jsonReportParts(report)) text += part;
  return text;
}

/**
 * The same text as renderJson, in parts of one series at most: a caller writing them to a file one by
 * one never holds the whole report as one string (which has a length limit in V8).
 */
export function* jsonReportParts(report: ComparisonReport): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield '{';
  for (const [k, [key, value]] of entries.entries()) {
    yield `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (key === 'series') yield* seriesParts(value as SeriesComparison[]);
    else yield indented(JSON.stringify(value, null, 2), '  ');
  }
  yield '\n}\n';
}

function* seriesParts(series: readonly SeriesComparison[]): Generator<string> {
  if (series.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  for (const [i, s] of series.entries()) {
    const withWords = s.reasons ? { ...s, reason: reasonText(s) } : s;
    yield `${i === 0 ? '' : ','}\n    ${indented(JSON.stringify(withWords, null, 2), '    ')}`;
  }
  yield '\n  ]';
}

/** JSON text nested one level deeper (its strings hold no raw line breaks). */
function indented(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`);
}
