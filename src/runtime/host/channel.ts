/**
 * The host's end of one program worker: its SharedArrayBuffer and its lifecycle messages.
 * Platform-neutral: the worker itself is reached through a `WorkerLike` adapter
 * (node/pool.ts wraps worker_threads; a browser host would wrap a Web Worker).
 */
import {
  H,
  REP_CAPACITY,
  REP_OFFSET,
  REQ_CAPACITY,
  REQ_OFFSET,
  SAB_BYTES,
  isDidFailInit,
  isDidInit,
  isDidRun,
  type DidInit,
  type HostToWorker,
  type PythonFile,
  type RunRequest,
} from '../protocol.ts';

/** What the host needs from a worker, whatever the platform. */
export interface WorkerLike {
  postMessage(message: HostToWorker): void;
  /** Called once: `onMessage` for every message, `onFail` when the worker errors or exits. */
  listen(onMessage: (message: unknown) => void, onFail: (why: string) => void): void;
  terminate(): void;
}

/** A raw request as read from the SAB (copied out of shared memory). */
export interface RawRequest {
  floats: Float64Array;
  text: string;
  /** Set when the header's lengths are impossible (forged): nothing else was read. */
  badLength?: string;
}

/** A lifecycle message the host did not accept (I-7: rejected and reported, never acted on). */
export interface RejectedMessage {
  /** Why, in plain words (the message's type and the rule it broke). */
  detail: string;
}

/** Rejections kept per channel until taken (a flood only costs its sender). */
export const MAX_REJECTED_KEPT = 20;

const decoder = new TextDecoder();
/** Atomics.load polls before sleeping (≈ 10–20 µs). */
const SPIN = 2000;

export class ProgramChannel {
  readonly sab = new SharedArrayBuffer(SAB_BYTES);
  private readonly header = new Int32Array(this.sab, 0, 16);
  private readonly bytes = new Uint8Array(this.sab);
  private readonly replyFloats = new Float64Array(this.sab, REP_OFFSET, REP_CAPACITY / 8);
  private lastReq = 0;
  /** Why the worker is gone (error, exit, terminated), or null while it lives. */
  dead: string | null = null;
  /** Pyodide loads this worker reported (1 after init). */
  pyodideLoads = 0;
  private initWaiter: { resolve: (d: DidInit) => void; reject: (e: Error) => void } | null = null;
  /** The last program started in this worker (null: none yet), for the pool's reuse rule. */
  ranCode: string | null = null;
  /** Runs started whose didRun has not come yet. */
  private runsOpen = 0;
  private rejected: RejectedMessage[] = [];
  /** Rejections over the channel's life, including those beyond MAX_REJECTED_KEPT. */
  rejectedCount = 0;

  constructor(private readonly worker: WorkerLike) {
    worker.listen(
      (m) => this.receive(m),
      (why) => {
        this.dead ??= why;
        this.initWaiter?.reject(new Error(`program worker died: ${why}`));
      },
    );
  }

  /**
   * A lifecycle message from the worker. Only the expected ones, well formed, are acted on:
   * didInit / didFailInit while init is pending, didRun after a started run. Anything else is
   * forged or malformed: rejected and kept for the session's report (takeRejected).
   */
  private receive(m: unknown): void {
    const problem = this.check(m);
    if (problem !== null) {
      this.rejectedCount++;
      if (this.rejected.length < MAX_REJECTED_KEPT) this.rejected.push({ detail: problem });
      return;
    }
    if (isDidInit(m)) {
      const waiter = this.initWaiter;
      this.initWaiter = null;
      this.pyodideLoads = m.pyodideLoads;
      waiter?.resolve(m);
    } else if (isDidFailInit(m)) {
      const waiter = this.initWaiter;
      this.initWaiter = null;
      waiter?.reject(new Error(`Pyodide failed to load: ${m.message.slice(0, 2000)}`));
    } else this.runsOpen--;
  }

  /** Why a lifecycle message is not acceptable now, or null. */
  private check(m: unknown): string | null {
    const type = typeof m === 'object' && m !== null ? (m as { type?: unknown }).type : typeof m;
    const name = typeof type === 'string' ? type.slice(0, 40) : typeof type;
    if (isDidInit(m)) {
      if (!this.initWaiter) return 'didInit without an init request';
      const ok =
        Number.isInteger(m.pyodideLoads) &&
        m.pyodideLoads >= 0 &&
        typeof m.loadMs === 'number' &&
        (m.snapshot === undefined || m.snapshot instanceof Uint8Array) &&
        (m.fromSnapshot === undefined || typeof m.fromSnapshot === 'boolean');
      return ok ? null : 'malformed didInit';
    }
    if (isDidFailInit(m)) {
      if (!this.initWaiter) return 'didFailInit without an init request';
      return typeof m.message === 'string' ? null : 'malformed didFailInit';
    }
    if (isDidRun(m)) return this.runsOpen > 0 ? null : 'didRun without a run';
    return `unknown message ${JSON.stringify(name)}`;
  }

  /** The messages rejected since the last call (at most MAX_REJECTED_KEPT of them). */
  takeRejected(): RejectedMessage[] {
    const out = this.rejected;
    this.rejected = [];
    return out;
  }

  /** Load Pyodide and our package in the worker (once), from a memory snapshot if given. */
  init(
    indexURL: string,
    files: PythonFile[],
    snap: { snapshot?: Uint8Array; make?: boolean } = {},
  ): Promise<DidInit> {
    return new Promise<DidInit>((resolve, reject) => {
      this.initWaiter = { resolve, reject };
      this.worker.postMessage({
        type: 'init',
        sab: this.sab,
        indexURL,
        files,
        ...(snap.snapshot ? { snapshot: snap.snapshot } : {}),
        ...(snap.make ? { makeSnapshot: true } : {}),
      });
    });
  }

  /** Start one program; its requests then arrive on the SAB. */
  startRun(run: Omit<RunRequest, 'type'>): void {
    this.lastReq = Atomics.load(this.header, H.REQ_SEQ);
    this.runsOpen++;
    this.ranCode = run.code;
    this.worker.postMessage({ type: 'run', ...run });
  }

  /**
   * True when a new request is waiting. Sleeps at most `timeoutMs` (synchronously: the host
   * runs in Node's main thread or a dedicated worker, both may block).
   */
  waitRequest(timeoutMs: number): boolean {
    // A short spin first: most requests come within tens of µs, and a futex sleep + wake
    // costs about as much as the work of a step.
    for (let i = 0; i < SPIN; i++) {
      if (Atomics.load(this.header, H.REQ_SEQ) !== this.lastReq) return true;
    }
    Atomics.wait(this.header, H.REQ_SEQ, this.lastReq, timeoutMs);
    return Atomics.load(this.header, H.REQ_SEQ) !== this.lastReq;
  }

  /** Take the waiting request (copied: the worker must not change what we validate). */
  readRequest(): RawRequest {
    this.lastReq = Atomics.load(this.header, H.REQ_SEQ);
    const n = Atomics.load(this.header, H.REQ_LEN);
    const t = Atomics.load(this.header, H.REQ_TEXT);
    if (n < 0 || t < 0 || n % 8 !== 0 || n + t > REQ_CAPACITY) {
      return { floats: new Float64Array(0), text: '', badLength: `request lengths ${n}+${t}` };
    }
    const floats = new Float64Array(this.sab, REQ_OFFSET, n / 8).slice();
    const text = t > 0 ? decoder.decode(this.bytes.slice(REQ_OFFSET + n, REQ_OFFSET + n + t)) : '';
    return { floats, text };
  }

  /** Write a reply and wake the worker. Oversized readouts are the host's bug: thrown. */
  reply(floats: ArrayLike<number>, text: Uint8Array | null): void {
    const n = floats.length * 8;
    const t = text?.length ?? 0;
    if (n + t > REP_CAPACITY) throw new Error(`reply of ${n + t} bytes exceeds the SAB`);
    this.replyFloats.set(floats);
    if (text) this.bytes.set(text, REP_OFFSET + n);
    Atomics.store(this.header, H.REP_LEN, n);
    Atomics.store(this.header, H.REP_TEXT, t);
    Atomics.add(this.header, H.REP_SEQ, 1);
    Atomics.notify(this.header, H.REP_SEQ);
  }

  /** Ask Pyodide for a KeyboardInterrupt (re-signalled by the caller: one may be lost). */
  interrupt(): void {
    Atomics.store(this.header, H.INTERRUPT, 2);
  }

  /** End the worker for good (`why` becomes `dead` unless it had already died). */
  terminate(why = 'terminated'): void {
    this.dead ??= why;
    this.worker.terminate();
  }
}
