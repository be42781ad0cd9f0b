// GitHub's size limits on what we post, and the one way we cut text to fit them. Pure: no I/O.

/** Longest issue or pull request comment body GitHub accepts. */
export const MAX_COMMENT_BODY = 65_536;
/** Longest check run `output.summary` (and `output.text`). */
export const MAX_CHECK_SUMMARY = 65_535;
/** Longest check run annotation title. */
export const MAX_ANNOTATION_TITLE = 255;
/** Longest check run annotation message: 64 KB, counted here in UTF-8 bytes to be safe. */
export const MAX_ANNOTATION_MESSAGE_BYTES = 65_535;
/** Annotations the Checks API takes per create or update request. */
export const MAX_ANNOTATIONS_PER_REQUEST = 50;

/** Cuts `text` to at most `max` UTF-16 units (GitHub counts characters, never more than this) without splitting a surrogate pair. */
export function truncateText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  return cutAt(text, max - ellipsis.length) + ellipsis;
}

/** Cuts `text` to at most `maxBytes` of UTF-8, ending on a whole character. */
export function truncateUtf8(text: string, maxBytes: number, ellipsis = '…'): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  const budget = maxBytes - encoder.encode(ellipsis).length;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > budget) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end) + ellipsis;
}

/**
 * Cuts Markdown to at most `max` characters and appends `note` (a line saying it was cut). Cuts at a
 * line end when one is near, so a table row is dropped rather than split, and closes a code fence
 * left open by the cut so the note is not swallowed into it.
 */
export function truncateMarkdown(markdown: string, max: number, note: string): string {
  if (markdown.length <= max) return markdown;
  const closingFence = '\n```';
  const tail = `\n\n${note}`;
  let kept = cutAt(markdown, Math.max(0, max - tail.length - closingFence.length));
  const lastNewline = kept.lastIndexOf('\n');
  if (lastNewline >= 0 && kept.length - lastNewline < 4096) kept = kept.slice(0, lastNewline);
  const fences = kept.split('\n').filter((line) => line.trimStart().startsWith('```')).length;
  return kept + (fences % 2 === 1 ? closingFence : '') + tail;
}

/** `text.slice(0, end)`, moved back one unit if `end` would split a surrogate pair. */
function cutAt(text: string, end: number): string {
  if (end <= 0) return '';
  const code = text.charCodeAt(end - 1);
  const splitsPair = code >= 0xd800 && code <= 0xdbff;
  return text.slice(0, splitsPair ? end - 1 : end);
}
