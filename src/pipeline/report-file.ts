// A report given in parts (render/json.ts's jsonReportParts) written to a file a batch at a time, so
// the whole text is never one string.
import { open } from 'node:fs/promises';

/** Characters gathered before each write: few system calls, little memory. */
const BATCH_CHARS = 1 << 20;

export async function writeParts(file: string, parts: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let batch = '';
    for (const part of parts) {
      batch += part;
      if (batch.length >= BATCH_CHARS) {
        await handle.write(batch);
        batch = '';
      }
    }
    await handle.write(batch);
  } finally {
    await handle.close();
  }
}
