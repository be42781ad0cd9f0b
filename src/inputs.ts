// Every action input, read and validated in one place into one typed object.
import * as core from '@actions/core';
import { InputError } from './errors.js';
import { FORMATS, type Format } from './model.js';

export interface ActionInputs {
  files: string;
  format: Format | 'auto';
}

export function readInputs(): ActionInputs {
  const files = core.getInput('files', { required: true });
  const format = core.getInput('format') || 'auto';
  if (format !== 'auto' && !(FORMATS as readonly string[]).includes(format)) {
    throw new InputError(`input "format" must be one of: auto, ${FORMATS.join(', ')} (got "${format}")`);
  }
  return { files, format: format as Format | 'auto' };
}
