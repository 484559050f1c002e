/**
 * The Node pool's Pyodide memory snapshot, cached on disk: a cold Pyodide load costs ≈ 1.7 s
 * per worker, a start from a snapshot ≈ 0.15 s. The file is keyed by the Pyodide version and
 * the snapshot's recipe (protocol.ts SNAPSHOT_PRELUDE, PYTHON_ENV), so an upgrade or a new
 * recipe makes a new one; Pyodide itself also refuses a snapshot of another build, and a
 * worker falls back to a cold load whenever a snapshot fails (the pool then discards it).
 *
 * Where: node_modules/.cache/qadam/ (next to our own Pyodide copy), else the OS temp dir.
 * QADAM_PYODIDE_SNAPSHOT=0 turns the cache off.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PYTHON_ENV, SNAPSHOT_PRELUDE } from '../protocol.ts';
import type { SnapshotStore } from '../pool.ts';

/** A snapshot is the interpreter's whole memory: anything this small is not one. */
const MIN_BYTES = 1 << 20;

function cacheKey(pyodideDir: string): string {
  const pkg = JSON.parse(readFileSync(join(pyodideDir, 'package.json'), 'utf8')) as {
    version?: string;
  };
  const recipe = createHash('sha256')
    .update(JSON.stringify([SNAPSHOT_PRELUDE, PYTHON_ENV, process.arch]))
    .digest('hex')
    .slice(0, 16);
  return `pyodide-${pkg.version ?? 'unknown'}-${recipe}.snapshot`;
}

/** Snapshots of other versions or recipes are 30 MB each: keep only the current one. */
async function removeOthers(dir: string, keep: string): Promise<void> {
  for (const f of await readdir(dir).catch(() => [] as string[])) {
    if (f !== keep && f.startsWith('pyodide-') && f.endsWith('.snapshot')) {
      await rm(join(dir, f), { force: true }).catch(() => undefined);
    }
  }
}

/** The disk store for `pyodideDir` (the directory of the pyodide package), or null if off. */
export function diskSnapshotStore(pyodideDir: string): SnapshotStore | null {
  if (process.env.QADAM_PYODIDE_SNAPSHOT === '0') return null;
  let name: string;
  try {
    name = cacheKey(pyodideDir);
  } catch {
    return null;
  }
  const dirs = [join(dirname(pyodideDir), '.cache', 'qadam'), join(tmpdir(), 'qadam-cache')];
  return {
    async load() {
      for (const dir of dirs) {
        try {
          const buf = await readFile(join(dir, name));
          if (buf.length >= MIN_BYTES)
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
        } catch {
          // not there: try the next place
        }
      }
      return null;
    },
    async save(snapshot) {
      for (const dir of dirs) {
        try {
          await mkdir(dir, { recursive: true });
          // Write aside, then rename: a reader (another process) never sees half a file.
          const tmp = join(dir, `${name}.${process.pid}.${Date.now()}.tmp`);
          await writeFile(tmp, snapshot);
          await rename(tmp, join(dir, name));
          await removeOthers(dir, name);
          return;
        } catch {
          // read-only or full: try the next place
        }
      }
    },
    async discard() {
      for (const dir of dirs) await rm(join(dir, name), { force: true }).catch(() => undefined);
    },
  };
}
