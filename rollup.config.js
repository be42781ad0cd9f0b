// Bundles the action (dist/index.js) and the CLI (dist/cli.js) so both run from a fresh clone
// with nothing installed: every dependency is inlined. What the action imports with import() (the
// Actions cache and artifact clients) goes to dist/chunks/, loaded only by the runs that use it.
import { rmSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { BUILTIN_BY_REQUIRE_PREFIX, builtinsByRequire } from './build/builtins-by-require.js';
import { pageAssets } from './build/page-assets.js';

const plugins = () => [
  pageAssets(),
  builtinsByRequire(),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    noEmit: false,
    outDir: 'dist',
    rootDir: '.',
    declaration: false,
    sourceMap: false,
  }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  // CommonJS code gets the module object itself from require(), as it would from Node (graceful-fs
  // patches fs's functions in place).
  commonjs({ requireReturnsDefault: (id) => id.startsWith(BUILTIN_BY_REQUIRE_PREFIX) }),
  json(),
];

// Third-party code is full of `this` at module level and circular imports; those warnings are noise.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
  // A built-in's property that builtinsByRequire does not export would read as undefined.
  if (warning.code === 'MISSING_EXPORT' && String(warning.exporter).startsWith(BUILTIN_BY_REQUIRE_PREFIX)) {
    throw new Error(warning.message);
  }
  warn(warning);
};

// Chunk names change with their content: the old ones go before each build.
const cleanChunks = {
  name: 'clean-chunks',
  buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }),
};

export default [
  {
    input: 'src/action/main.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'index.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [cleanChunks, ...plugins()],
    onwarn,
  },
  {
    input: 'src/cli/main.ts',
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
];
