// The one Markdown/HTML escaper. Benchmark names, units and messages come from untrusted files: they
// must not break a table, start a code span, inject HTML or a link, or @mention anyone.

// Only what can start markup in the middle of a line: emphasis, code, links/images (no `[` means no
// link, so `(`/`!` stay readable), tables, strikethrough. `<`, `>`, `&` and quotes are left to the
// HTML step, which runs after this one.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~]/g;
const HTML_SPECIAL: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for a Markdown table cell or inline text: one line, no markup, no mentions, no references or links. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n\t]+/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      // A zero-width joiner after # stops `#123` and `owner/repo#123` from referencing (and notifying)
      // other issues; inside `://` and `www.` it stops bare URLs from autolinking. Before the HTML step,
      // whose `&#39;` must stay whole.
      .replace(/#(?=\d)/g, '#\u200d')
      .replace(/:\/\//g, ':\u200d//')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200d.`)
      .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`)
      .replace(/[&<>"']/g, (ch) => HTML_SPECIAL[ch] as string)
      // A zero-width joiner after @ stops GitHub from turning `@user` or `@org/team` into a mention.
      .replace(/@/g, '@\u200d')
  );
}

/** Text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_SPECIAL[ch] as string);
}

/**
 * Text for a terminal: one line, without control characters (an escape sequence in a benchmark name
 * could move the cursor or recolour the screen) or bidirectional overrides (which reorder what is shown).
 */
export function plainText(text: string): string {
  return (
    text
      .replace(/[\r\n\t]+/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
  );
}
