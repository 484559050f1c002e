/**
 * The worker's end of a robot's SharedArrayBuffer: copies a request out of Python's buffer,
 * appends the pending print lines, wakes the host and sleeps until it answers.
 * Platform-neutral (runs in a Web Worker and in a Node worker thread).
 */
import {
  EXIT,
  H,
  PRINT_MAX_BYTES,
  PRINT_MAX_LINE_CHARS,
  BLOCK_ID_MAX,
  PRINT_MAX_LINES,
  PRINT_TRUNCATED_MARKER,
  REP_OFFSET,
  REQ,
  REQ_CAPACITY,
  REQ_OFFSET,
} from './protocol.ts';

/** Room kept in a request for the float records when print text shares it. */
const TEXT_BUDGET = REQ_CAPACITY - 4096;

/** Details of how a run ended, as `_qadam_runtime.run_user` returns them. */
export interface ExitInfo {
  s: number;
  type?: string;
  message?: string;
  line?: number;
}

export class WorkerSab {
  private readonly header: Int32Array;
  private readonly bytes: Uint8Array;
  private lastRep: number;
  private prints: [number, string][] = [];
  private printLines = 0;
  private printBytes = 0;
  private truncated = false;
  private pendingBlock: string | null = null;
  private sentBlock: string | null = null;
  private readonly encoder = new TextEncoder();

  constructor(readonly sab: SharedArrayBuffer) {
    this.header = new Int32Array(sab, 0, 16);
    this.bytes = new Uint8Array(sab);
    this.lastRep = Atomics.load(this.header, H.REP_SEQ);
  }

  /** The word Pyodide polls for KeyboardInterrupt (pyodide.setInterruptBuffer). */
  interruptWord(): Int32Array {
    return new Int32Array(this.sab, H.INTERRUPT * 4, 1);
  }

  /** A new run starts: no pending prints, limits reset, no stale interrupt. */
  resetRun(): void {
    this.prints = [];
    this.printLines = 0;
    this.printBytes = 0;
    this.truncated = false;
    this.pendingBlock = null;
    this.sentBlock = null;
    Atomics.store(this.header, H.INTERRUPT, 0);
  }

  /**
   * The block a blocks program is executing (its trace call `_qadam_block(id)`): only the
   * latest is kept and sent with the next request, so a busy loop costs nothing extra.
   */
  block(id: string): void {
    const clean = String(id).slice(0, BLOCK_ID_MAX);
    if (clean !== this.sentBlock) this.pendingBlock = clean;
  }

  /** Record one printed line with the program clock (capped per run, as the host also does). */
  print(clockMs: number, line: string): void {
    if (this.truncated) return;
    const text =
      line.length > PRINT_MAX_LINE_CHARS ? line.slice(0, PRINT_MAX_LINE_CHARS) + '…' : line;
    if (this.printLines >= PRINT_MAX_LINES || this.printBytes + text.length > PRINT_MAX_BYTES) {
      this.truncated = true;
      this.prints.push([clockMs, PRINT_TRUNCATED_MARKER]);
      return;
    }
    this.printLines++;
    this.printBytes += text.length;
    this.prints.push([clockMs, text]);
  }

  /**
   * Send `floatBytes` bytes of request records taken from `src` (Python's buffer), wait for
   * the reply and copy it back into `src`. Returns the byte length of the reply's records
   * (its text follows them in `src`).
   */
  exchange(src: Uint8Array, floatBytes: number): number {
    this.flushPrintsIfLarge();
    this.bytes.set(src.subarray(0, floatBytes), REQ_OFFSET);
    this.roundTrip(floatBytes, this.takePrintText());
    const n = Atomics.load(this.header, H.REP_LEN);
    const t = Atomics.load(this.header, H.REP_TEXT);
    src.set(this.bytes.subarray(REP_OFFSET, REP_OFFSET + n + t));
    return n;
  }

  /** The run is over: report how, with the last prints; the host acknowledges. */
  sendExit(info: ExitInfo): void {
    this.flushPrintsIfLarge();
    const x = { type: info.type ?? '', message: (info.message ?? '').slice(0, 2000) };
    const status = Number.isInteger(info.s) ? info.s : EXIT.INTERNAL;
    this.writeFloats([REQ.EXIT, 0, 0, status, info.line ?? 0]);
    const text = JSON.stringify({ p: this.prints, x });
    this.prints = [];
    this.roundTrip(5 * 8, text);
  }

  private writeFloats(values: number[]): void {
    new Float64Array(this.sab, REQ_OFFSET, values.length).set(values);
  }

  private takePrintText(): string {
    const block = this.pendingBlock;
    if (this.prints.length === 0 && block === null) return '';
    const text = JSON.stringify(block === null ? { p: this.prints } : { p: this.prints, b: block });
    this.prints = [];
    if (block !== null) this.sentBlock = block;
    this.pendingBlock = null;
    return text;
  }

  /** Print-only requests keep any one request inside the SAB's capacity. */
  private flushPrintsIfLarge(): void {
    let size = 0;
    let from = 0;
    for (let i = 0; i < this.prints.length; i++) {
      size += this.prints[i][1].length * 3 + 32;
      if (size > TEXT_BUDGET / 2) {
        const chunk = this.prints.slice(from, i + 1);
        this.writeFloats([REQ.PRINT, 0, 0]);
        this.roundTrip(3 * 8, JSON.stringify({ p: chunk }));
        from = i + 1;
        size = 0;
      }
    }
    if (from > 0) this.prints = this.prints.slice(from);
  }

  private roundTrip(floatBytes: number, text: string): void {
    let textBytes = 0;
    if (text) {
      // encodeInto cannot write into shared memory in browsers: encode, then copy.
      const enc = this.encoder.encode(text);
      textBytes = Math.min(enc.length, REQ_CAPACITY - floatBytes);
      this.bytes.set(enc.subarray(0, textBytes), REQ_OFFSET + floatBytes);
    }
    Atomics.store(this.header, H.REQ_LEN, floatBytes);
    Atomics.store(this.header, H.REQ_TEXT, textBytes);
    Atomics.add(this.header, H.REQ_SEQ, 1);
    Atomics.notify(this.header, H.REQ_SEQ);
    // NB: only this thread sleeps; the host decides when to answer (lockstep, I-3).
    while (Atomics.load(this.header, H.REP_SEQ) === this.lastRep) {
      Atomics.wait(this.header, H.REP_SEQ, this.lastRep);
    }
    this.lastRep = Atomics.load(this.header, H.REP_SEQ);
  }
}
