// Writing a report the user asked for with --json FILE, --markdown FILE or --html FILE, shared by the
// commands: whole text, or parts streamed to the file (the JSON report of a big suite).
import { InputError } from '../model/errors.js';
import { writeParts } from '../pipeline/report-file.js';

/** Writes the report to `file`; a file that cannot be written is bad input (exit 2), not a crash. */
export async function writeReportFile(file: string, report: string | Iterable<string>): Promise<void> {
  await writeParts(file, typeof report === 'string' ? [report] : report).catch(
    (err: NodeJS.ErrnoException) => {
      throw new InputError(`${file}: cannot write the report (${err.code ?? err.message})`);
    },
  );
}
