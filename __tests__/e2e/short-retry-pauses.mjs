// Preloaded into the action's process (`node --import`) by the "cache service answers 500" scenario
// only. @actions/cache pauses 3 s, ~5 s, ~8 s and ~12 s between its five attempts: real behaviour, but
// half a minute of nothing in a test. Pauses of 1 to 30 s become 1 ms; longer timers (transfer
// timeouts) and shorter ones are kept as they are.
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = Object.assign(
  (callback, delay, ...args) =>
    realSetTimeout(callback, delay >= 1000 && delay <= 30_000 ? 1 : delay, ...args),
  realSetTimeout,
);
