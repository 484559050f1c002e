/**
 * A pool of warm program workers (each with Pyodide loaded once). Platform-neutral: the
 * platform gives a `spawn` function (node/pool.ts for worker_threads; a browser host would
 * pass one that creates Web Workers from program-worker.ts).
 */
import type { PythonFile } from './protocol.ts';
import { ProgramChannel, type WorkerLike } from './host/channel.ts';

/** What runSession needs from a pool. */
export interface ProgramPool {
  /**
   * `n` idle, initialised workers (spawned and loaded as needed); `programs` are the codes
   * they will run, in order (a pool that isolates programs reuses a worker only for the same one).
   */
  acquire(n: number, programs?: readonly string[]): Promise<ProgramChannel[]>;
  /** Give workers back; dead or terminated ones are dropped (and replaced on demand). */
  release(channels: readonly ProgramChannel[]): void;
  /** Terminate every worker. */
  close(): Promise<void>;
  /** Counters: how many times Pyodide was loaded, how many workers were spawned. */
  readonly stats: { pyodideLoads: number; workersSpawned: number };
}

export interface WorkerPoolOptions {
  spawn: () => WorkerLike;
  /** Our own Pyodide copy (I-8). */
  indexURL: string;
  /** The Python package (src/python), sent to each worker once. */
  files: PythonFile[];
  /** Idle workers kept warm (the oldest is terminated when more are released). Default 4. */
  maxIdle?: number;
  /**
   * Which programs may share a warm interpreter. 'any' (default): every run starts from a
   * restored module state, enough against a program that rebinds names by accident.
   * 'same-program': a worker that ran one program never runs another (a judge of untrusted
   * submissions: a determined program can rewrite the runtime's own Python, I-7); the same
   * program again (sumo rounds, other seeds) still reuses it.
   */
  reuse?: 'any' | 'same-program';
  /**
   * Where Pyodide memory snapshots are kept between pools (Node: a file). Without it no
   * snapshot is made and every worker loads cold.
   */
  snapshots?: SnapshotStore;
}

/** A place for one Pyodide memory snapshot (the store keys it by Pyodide version etc.). */
export interface SnapshotStore {
  load(): Promise<Uint8Array | null>;
  save(snapshot: Uint8Array): Promise<void>;
  /** The stored snapshot failed to load: forget it (a new one is made next time). */
  discard(): Promise<void>;
}

export class WorkerPool implements ProgramPool {
  private readonly idle: ProgramChannel[] = [];
  private readonly all = new Set<ProgramChannel>();
  readonly stats = { pyodideLoads: 0, workersSpawned: 0, fromSnapshot: 0 };
  /** The snapshot workers start from: undefined = not looked up yet, null = none. */
  private snapshot: Promise<Uint8Array | null> | undefined;
  /** A worker is making the snapshot (only one per pool). */
  private making = false;

  constructor(private readonly opts: WorkerPoolOptions) {}

  async acquire(n: number, programs?: readonly string[]): Promise<ProgramChannel[]> {
    for (let i = this.idle.length - 1; i >= 0; i--) {
      if (this.idle[i].dead) this.all.delete(this.idle.splice(i, 1)[0]);
    }
    const slots: (ProgramChannel | null)[] = [];
    for (let i = 0; i < n; i++) {
      const k = this.idle.findIndex((c) => this.mayRun(c, programs?.[i]));
      slots.push(k < 0 ? null : this.idle.splice(k, 1)[0]);
    }
    return Promise.all(slots.map((c) => c ?? this.spawn()));
  }

  private mayRun(c: ProgramChannel, program: string | undefined): boolean {
    if (this.opts.reuse !== 'same-program' || c.ranCode === null) return true;
    return program !== undefined && c.ranCode === program;
  }

  /** Load `n` workers ahead of time (e.g. while the user is still typing). */
  async warm(n: number): Promise<void> {
    this.release(await this.acquire(n));
  }

  release(channels: readonly ProgramChannel[]): void {
    for (const c of channels) {
      if (c.dead || this.idle.includes(c)) {
        this.all.delete(c);
        continue;
      }
      this.idle.push(c);
      if (this.idle.length > (this.opts.maxIdle ?? 4)) {
        const oldest = this.idle.shift()!;
        oldest.terminate();
        this.all.delete(oldest);
      }
    }
  }

  async close(): Promise<void> {
    for (const c of this.all) c.terminate();
    this.all.clear();
    this.idle.length = 0;
  }

  private async spawn(): Promise<ProgramChannel> {
    // Spawn before looking up the snapshot: the worker's own start-up overlaps the read.
    const channel = new ProgramChannel(this.opts.spawn());
    this.stats.workersSpawned++;
    this.all.add(channel);
    try {
      const store = this.opts.snapshots;
      this.snapshot ??= store ? store.load().catch(() => null) : Promise.resolve(null);
      const snapshot = await this.snapshot;
      // Without a snapshot the first worker makes one; the others load cold meanwhile (in
      // parallel on a multi-core machine, rather than waiting for it).
      const make = !snapshot && !!store && !this.making;
      if (make) this.making = true;
      const did = await channel
        .init(this.opts.indexURL, this.opts.files, { snapshot: snapshot ?? undefined, make })
        .finally(() => {
          if (make) this.making = false;
        });
      this.stats.pyodideLoads += did.pyodideLoads;
      if (did.fromSnapshot) this.stats.fromSnapshot++;
      if (snapshot && !did.fromSnapshot && this.snapshot) {
        this.snapshot = Promise.resolve(null);
        await store?.discard().catch(() => undefined);
      }
      if (did.snapshot && store) {
        this.snapshot = Promise.resolve(did.snapshot);
        await store.save(did.snapshot).catch(() => undefined);
      }
      return channel;
    } catch (e) {
      channel.terminate();
      this.all.delete(channel);
      throw e;
    }
  }
}
