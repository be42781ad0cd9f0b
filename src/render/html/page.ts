// One self-contained HTML page: styles and scripts inline, the page's data as a JSON block, and a
// Content-Security-Policy that lets only those exact scripts and styles run (their hashes) and no
// request leave the page. Strings out, no I/O.
//
// The data is never written into markup: the page's script reads the JSON block and builds the page
// with DOM calls (textContent), so a benchmark named `<img src=x onerror=…>` shows as those characters.

export interface PageAsset {
  code: string;
  /** CSP hash source of `code`: `sha256-…`. */
  hash: string;
}

export interface PageParts {
  /** The id of the JSON block the script reads. */
  dataId: string;
  data: unknown;
  styles: readonly PageAsset[];
  scripts: readonly PageAsset[];
  /** Static fallback title; the script sets the real one from the data. */
  title: string;
}

export function htmlPage(parts: PageParts): string {
  const hashes = (assets: readonly PageAsset[]) => assets.map((a) => `'${a.hash}'`).join(' ');
  const csp = [
    "default-src 'none'",
    `script-src ${hashes(parts.scripts)}`,
    `style-src ${hashes(parts.styles)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${parts.title}</title>`,
    ...parts.styles.map((s) => `<style>${s.code}</style>`),
    '</head>',
    '<body>',
    '<noscript>This page draws its tables and charts with JavaScript.</noscript>',
    `<script type="application/json" id="${parts.dataId}">${jsonForScript(parts.data)}</script>`,
    ...parts.scripts.map((s) => `<script>${s.code}</script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * JSON safe inside a <script> element: every `<` as `\u003c`, so no `</script>` or `<!--` in a name can
 * end the element; JSON.parse reads the escape back as `<`.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
