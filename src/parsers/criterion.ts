import type { ParseOutput } from '../model.js';
import type { InputFile } from './input.js';

// Placeholder until the parser lands: recognizes nothing.
export function looksLikeCriterion(_text: string): boolean {
  return false;
}

export function parseCriterion(files: InputFile[]): ParseOutput {
  throw new Error(`${files[0]?.path}: parser not implemented yet`);
}
