// Writing a report the user asked for with --json FILE or --markdown FILE, shared by the commands.
import { writeFile } from 'node:fs/promises';
import { InputError } from '../model/errors.js';

/** Writes `text` to `file`; a file that cannot be written is bad input (exit 2), not a crash. */
export async function writeReportFile(file: string, text: string): Promise<void> {
  await writeFile(file, text).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot write the report (${err.code ?? err.message})`);
  });
}
