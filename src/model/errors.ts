// Errors a user can act on. Anything thrown as InputError is printed as one line (no stack trace)
// and exits with code 2; anything else is a bug in perf-regression.

export class InputError extends Error {
  override readonly name = 'InputError';
}

/** `file: line 12: message`, `file: $.benchmarks[3].stats: message` or `file: message`. */
export function inputError(
  file: string,
  message: string,
  where?: { line?: number; path?: string },
): InputError {
  const at = where?.line !== undefined ? `line ${where.line}: ` : where?.path ? `${where.path}: ` : '';
  return new InputError(`${file}: ${at}${message}`);
}
