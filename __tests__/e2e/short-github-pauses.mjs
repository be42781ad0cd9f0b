// Preloaded into the action's process (`node --import`) by fault scenarios that retry GitHub reads:
// src/github/bounded.ts pauses 1 s, 4 s and 9 s between attempts, real behaviour but a quarter minute
// of nothing in a test. Exactly those pauses become 1 ms; the 30 s request timeout and every other
// timer are kept as they are.
const PAUSES = new Set([1000, 4000, 9000]);
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = Object.assign(
  (callback, delay, ...args) => realSetTimeout(callback, PAUSES.has(delay) ? 1 : delay, ...args),
  realSetTimeout,
);
