import type { ParseOutput } from '../model.js';
import type { InputFile } from './input.js';

// Placeholder until the parser lands: recognizes nothing.
export function looksLikeGenericJson(_text: string): boolean {
  return false;
}

export function parseGenericJson(file: InputFile): ParseOutput {
  throw new Error(`${file.path}: parser not implemented yet`);
}
