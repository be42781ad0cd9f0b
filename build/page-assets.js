// The browser code and styles of the pages render/html/ writes (the HTML report, the dashboard), as
// strings: `import asset from './client/report.ts?page-asset'` gives `{ code, hash }`. A TypeScript
// entry is bundled with its imports (so the page formats units with src/model/units.ts, the project's
// one unit formatter) into one IIFE, types stripped; a .js or .css file is taken as it is. `hash` is the
// Content-Security-Policy source (`'sha256-…'`) of `code` inlined in a <script> or <style> element.
// One plugin for rollup (dist/) and vitest (the tests), so both inline the same code.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { rollup } from 'rollup';
import ts from 'typescript';

const QUERY = '?page-asset';
const PREFIX = '\0page-asset:';
// Ends every resolved id, so no other plugin takes `…/page.css` for a stylesheet of its own to process.
const SUFFIX = '.page-asset';

export function pageAssets() {
  return {
    name: 'page-assets',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const spec = source.slice(0, -QUERY.length);
      const file = spec.startsWith('.')
        ? path.resolve(path.dirname(importer ?? '.'), spec)
        : createRequire(importer ?? import.meta.url).resolve(spec);
      return PREFIX + file + SUFFIX;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      const { code, modules } = file.endsWith('.ts')
        ? await bundleScript(file)
        : { code: await readFile(file, 'utf8'), modules: [file] };
      for (const module of modules) this.addWatchFile(module);
      // Inside <script> or <style>, these would end the element or open a comment the parser honours.
      if (/<\/(script|style)|<!--/i.test(code))
        throw new Error(`${file}: holds "</script", "</style" or "<!--"`);
      const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
      return `export default ${JSON.stringify({ code, hash })};`;
    },
  };
}

/** The entry and everything it imports as one IIFE; its imports use `.js` names for `.ts` files. */
async function bundleScript(entry) {
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'ts-sources',
        resolveId(source, importer) {
          if (!importer || !source.startsWith('.')) return null;
          const file = path.resolve(path.dirname(importer), source);
          const ts = file.replace(/\.js$/, '.ts');
          return existsSync(ts) ? ts : file;
        },
        transform(code, id) {
          if (!id.endsWith('.ts')) return null;
          const out = ts.transpileModule(code, {
            fileName: id,
            compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext },
          });
          return { code: out.outputText, map: null };
        },
      },
    ],
    onwarn: (warning) => {
      throw new Error(`${entry}: ${warning.message}`);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', strict: true });
    return { code: output[0].code, modules: bundle.watchFiles };
  } finally {
    await bundle.close();
  }
}
