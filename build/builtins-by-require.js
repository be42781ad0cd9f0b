// Node's built-in modules, loaded in the bundle with require() instead of `import`. Importing a built-in
// as an ES module makes Node build its module namespace, which reads every lazy property once: for
// node:http that loads Node's own copy of undici (http.WebSocket), for node:tls every root
// certificate, for node:crypto WebCrypto: 8–11% of the action's start-up CPU on Node 24, for
// properties nothing here uses. A required module reads them only when asked.
//
// Each built-in becomes a small module that requires it and re-exports its properties by name; the
// costly lazy ones are left to the default export (the module object itself), and a named import of
// one fails the build (see onwarn in rollup.config.js) rather than reading undefined. The names are
// those of the Node that runs the build (npm's Node 24, here and in CI), so dist/ is the same on both.
import { builtinModules, createRequire } from 'node:module';

const PREFIX = '\0builtin-by-require:';
const require = createRequire(import.meta.url);

/** Lazy properties that do work when read: reached through the module object only. */
const COSTLY = new Set([
  'WebSocket',
  'CloseEvent',
  'MessageEvent',
  'rootCertificates',
  'webcrypto',
  'subtle',
]);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function builtinsByRequire() {
  return {
    name: 'builtins-by-require',
    resolveId(source) {
      const name = source.startsWith('node:') ? source.slice('node:'.length) : source;
      // node:module is how the re-exporting modules require the others: it stays an import.
      if (name === 'module' || !builtinModules.includes(name)) return null;
      return PREFIX + name;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const names = Object.keys(require(`node:${name}`)).filter(
        (key) => IDENTIFIER.test(key) && key !== 'default' && !COSTLY.has(key),
      );
      return [
        "import { createRequire } from 'node:module';",
        `const builtin = createRequire(import.meta.url)('node:${name}');`,
        'export default builtin;',
        ...names.map((key) => `export const ${key} = builtin.${key};`),
      ].join('\n');
    },
  };
}

export const BUILTIN_BY_REQUIRE_PREFIX = PREFIX;
