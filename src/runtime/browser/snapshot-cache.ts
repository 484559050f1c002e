/**
 * The browser's Pyodide memory snapshot, kept in Cache Storage: the first visit makes it,
 * later visits start each robot's interpreter from it instead of a cold load. Keyed by the
 * Pyodide version and the snapshot's recipe; on any failure the pool falls back to a cold
 * load and discards the snapshot (src/runtime/pool.ts).
 */
import { version as pyodideVersion } from 'pyodide';
import type { SnapshotStore } from '../pool.ts';
import { PYTHON_ENV, SNAPSHOT_PRELUDE } from '../protocol.ts';

const CACHE_NAME = 'qadam-pyodide-snapshot';
/** A snapshot is the interpreter's whole memory: anything this small is not one. */
const MIN_BYTES = 1 << 20;

/** FNV-1a of the recipe: a new prelude or environment makes a new snapshot. */
function recipeHash(): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify([SNAPSHOT_PRELUDE, PYTHON_ENV])) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

/** The store, or null where Cache Storage is unavailable (then every worker loads cold). */
export function cacheSnapshotStore(): SnapshotStore | null {
  if (typeof caches === 'undefined') return null;
  const key = new URL(
    `/__qadam-snapshot/pyodide-${pyodideVersion}-${recipeHash()}`,
    self.location.origin,
  ).href;
  return {
    async load() {
      const cache = await caches.open(CACHE_NAME);
      const response = await cache.match(key);
      if (!response) return null;
      const bytes = new Uint8Array(await response.arrayBuffer());
      return bytes.length >= MIN_BYTES ? bytes : null;
    },
    async save(snapshot) {
      // Only the current snapshot is kept (each is tens of MB).
      await caches.delete(CACHE_NAME);
      const cache = await caches.open(CACHE_NAME);
      // A copy: the snapshot may sit in a shared buffer, which a Response cannot hold.
      await cache.put(key, new Response(new Uint8Array(snapshot)));
    },
    async discard() {
      await caches.delete(CACHE_NAME);
    },
  };
}
