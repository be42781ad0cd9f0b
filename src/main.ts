// The action: read inputs → parse → (compare, publish: later issues). No logic of its own.
import * as core from '@actions/core';
import { InputError } from './errors.js';
import { readInputFiles, splitPatterns } from './files.js';
import { readInputs } from './inputs.js';
import { parseInputs } from './parsers/index.js';

async function run(): Promise<void> {
  const inputs = readInputs();
  const files = await readInputFiles(splitPatterns(inputs.files), process.env.GITHUB_WORKSPACE || process.cwd());
  const parsed = parseInputs(files, inputs.format);
  for (const w of parsed.warnings) core.warning(w.message, { file: w.file, startLine: w.line });
  core.info(`perf-regression: ${parsed.results.length} series from ${files.length} file(s)`);
  core.setOutput('results', JSON.stringify(parsed.results));
}

try {
  await run();
} catch (err) {
  // Bad input is the user's to fix: one line, no stack trace.
  core.setFailed(err instanceof InputError ? err.message : `internal error: ${(err as Error)?.stack ?? err}`);
}
