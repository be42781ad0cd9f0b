// Entry point of parsing: picks a parser per file (or the one the user forced) and merges results.
import { inputError } from '../model/errors.js';
import { FORMATS, type Format, type ParseOutput } from '../model/result.js';
import { parseCriterion } from './criterion/index.js';
import { detectFormat } from './detect.js';
import { parseGo } from './go.js';
import type { InputFile } from './input.js';
import { parseGenericJson } from './json.js';
import { parseJsonText } from './json-text.js';
import { poolSameSeries } from './pool.js';
import { parsePytest } from './pytest.js';
import { parseTinybench } from './tinybench.js';

export type { InputFile } from './input.js';

/**
 * The files of one run (the action's `files`, one `--baseline` or `--current` of the CLI): parsed,
 * and a benchmark found in several of them pooled into one series (pool-series.ts).
 */
export function parseRun(files: InputFile[], format: Format | 'auto'): ParseOutput {
  const read = parseInputs(files, format);
  const pooled = poolSameSeries(read.results);
  return { results: pooled.results, warnings: [...read.warnings, ...pooled.warnings] };
}

/** Parses every file with `format` (or the detected one per file when `auto`) and concatenates the results. */
export function parseInputs(files: InputFile[], format: Format | 'auto'): ParseOutput {
  const byFormat = new Map<Format, InputFile[]>();
  for (const file of files) {
    const chosen = format === 'auto' ? detectFormat(file) : format;
    if (!chosen) throw unrecognized(file);
    const group = byFormat.get(chosen) ?? [];
    group.push(file);
    byFormat.set(chosen, group);
  }
  const out: ParseOutput = { results: [], warnings: [] };
  for (const [fmt, group] of byFormat) {
    // criterion's target/criterion JSON comes as three files per benchmark: its parser sees them together.
    const parts = fmt === 'criterion' ? [parseCriterion(group)] : group.map((file) => parseOne(fmt, file));
    for (const part of parts) {
      for (const result of part.results) result.format = fmt;
      for (const r of part.results) out.results.push(r);
      for (const w of part.warnings) out.warnings.push(w);
    }
  }
  return out;
}

/** No parser claims the file: if it is broken JSON, say where it breaks; else list what we read. */
function unrecognized(file: InputFile): Error {
  const expected = `one of: ${FORMATS.join(', ')}`;
  if (/^\s*[[{]/.test(file.text)) parseJsonText(file, `benchmark output, ${expected}`);
  return inputError(file.path, `unrecognized benchmark output; expected ${expected}`);
}

function parseOne(format: Exclude<Format, 'criterion'>, file: InputFile): ParseOutput {
  switch (format) {
    case 'go':
      return parseGo(file);
    case 'pytest':
      return parsePytest(file);
    case 'tinybench':
      return parseTinybench(file);
    case 'json':
      return parseGenericJson(file);
  }
}
