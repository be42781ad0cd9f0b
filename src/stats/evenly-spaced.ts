// Thinning a long list for a fit: at most `max` items, evenly spaced through it (stats/ fits whose
// estimate does not change visibly beyond a few thousand observations use it to stay fast).

/** The items themselves when there are at most `max`, else `max` of them evenly spaced, first one included. */
export function evenlySpaced<T>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)] as T);
}
