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
  return htmlDocument({
    scriptSrc: hashes(parts.scripts),
    styleSrc: hashes(parts.styles),
    title: parts.title,
    head: parts.styles.map((s) => `<style>${s.code}</style>`),
    body: [
      `<script type="application/json" id="${parts.dataId}">${jsonForScript(parts.data)}</script>`,
      ...parts.scripts.map((s) => `<script>${s.code}</script>`),
    ],
  });
}

/** The document around a page: the CSP (scripts and styles only from the sources given), and no request. */
export function htmlDocument(doc: {
  scriptSrc: string;
  styleSrc: string;
  title: string;
  head: string[];
  body: string[];
}): string {
  const csp = [
    "default-src 'none'",
    `script-src ${doc.scriptSrc}`,
    `style-src ${doc.styleSrc}`,
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
    `<title>${doc.title}</title>`,
    ...doc.head,
    '</head>',
    '<body>',
    '<noscript>This page draws its tables and charts with JavaScript.</noscript>',
    ...doc.body,
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
