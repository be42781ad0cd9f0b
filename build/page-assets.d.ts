// Types of build/page-assets.js for vitest.config.ts.
import type { Plugin } from 'vite';

export function pageAssets(): Plugin;
