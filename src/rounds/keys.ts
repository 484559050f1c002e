/** Sort keys and shared ranks for standings (pure). */

/** A lexicographic sort key: smaller is better. */
export type Key = readonly number[];

export function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Sorts by key (ties keep the given order) and numbers the ranks: equal keys share a rank,
 * the next rank skips (1, 2, 2, 4).
 */
export function rankByKey<T>(items: readonly { item: T; key: Key }[]): { rank: number; item: T }[] {
  const sorted = items
    .map((x, order) => ({ ...x, order }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.order - b.order);
  const out: { rank: number; item: T }[] = [];
  sorted.forEach((x, i) => {
    const tied = i > 0 && compareKeys(sorted[i - 1].key, x.key) === 0;
    out.push({ rank: tied ? out[i - 1].rank : i + 1, item: x.item });
  });
  return out;
}
