/**
 * Pyodide memory snapshots (pool.ts, worker-core.ts): a pool without one makes it, the next
 * pool's workers start from it and run programs exactly as cold-loaded ones do, and a damaged
 * snapshot costs only a fallback to a cold load (and is discarded).
 */
import { describe, expect, test } from 'vitest';
import { WorkerPool, type SnapshotStore } from '../../../src/runtime/pool.ts';
import { pyodideIndexURL, spawnNodeWorker } from '../../../src/runtime/node/pool.ts';
import { readPythonFiles } from '../../../src/runtime/node/python-sources.ts';
import { printsOf, runFake } from './run-fake.ts';

/** A store in memory that counts what the pool did with it. */
function memoryStore(initial: Uint8Array | null) {
  const m = { bytes: initial, saved: 0, discarded: 0 };
  const store: SnapshotStore = {
    load: async () => m.bytes,
    save: async (b) => {
      m.bytes = b;
      m.saved++;
    },
    discard: async () => {
      m.bytes = null;
      m.discarded++;
    },
  };
  return { m, store };
}

const poolWith = (store: SnapshotStore): WorkerPool =>
  new WorkerPool({
    spawn: spawnNodeWorker,
    indexURL: pyodideIndexURL(),
    files: readPythonFiles(),
    snapshots: store,
  });

// String hashes (set order) are part of what must not depend on the worker (PYTHONHASHSEED).
const PROGRAM = `import _qadam_bridge as b
import random
print(list({"alpha", "beta", "gamma", "delta"}), hash("qadam"), random.random())
b.call("wait", 10)
print(b.call("clock")[0])
`;

describe('Pyodide memory snapshots', () => {
  test('the first pool makes one; a pool started from it runs programs alike', async () => {
    const { m, store } = memoryStore(null);
    const cold = poolWith(store);
    let coldPrints: string[];
    try {
      coldPrints = printsOf(await runFake(cold, [PROGRAM], { seed: 7 }));
      expect(cold.stats.fromSnapshot).toBe(0);
    } finally {
      await cold.close();
    }
    expect(m.saved).toBe(1);
    expect(m.bytes?.length).toBeGreaterThan(1 << 20);

    const warm = poolWith(store);
    try {
      const prints = printsOf(await runFake(warm, [PROGRAM], { seed: 7 }));
      expect(warm.stats.fromSnapshot).toBe(1);
      expect(prints).toEqual(coldPrints);
    } finally {
      await warm.close();
    }
  }, 60_000);

  test('a damaged snapshot falls back to a cold load and is discarded', async () => {
    const junk = new Uint8Array(2 << 20).fill(7);
    const { m, store } = memoryStore(junk);
    const pool = poolWith(store);
    try {
      const prints = printsOf(await runFake(pool, [PROGRAM]));
      expect(prints).toHaveLength(2);
      expect(pool.stats.fromSnapshot).toBe(0);
      expect(m.discarded).toBe(1);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
