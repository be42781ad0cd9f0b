// The merged report of a matrix: one section per job, each the JSON report its job uploaded, or why
// there is none. The `merge` input builds it; the Markdown renderer and the action's plan read it.
import type { ComparisonReport, Verdict } from './report.js';

export interface JobReport {
  /** As the `merge` input lists it, or from the artifact's name: untrusted either way. */
  job: string;
  /** The artifact the report was read from. */
  artifact?: string;
  report?: ComparisonReport;
  /** Why there is no report: one line naming the artifact (or the name looked for) and what was wrong. */
  problem?: string;
}

/** `incomplete`: some job's report is missing or unreadable, whatever the others say. */
export type MergedVerdict = Verdict | 'incomplete';
