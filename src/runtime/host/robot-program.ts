/**
 * The host's view of one running program: its virtual clock (the host keeps it, it is the
 * authority), what the program is waiting for, its prints and its status.
 *
 * Clock rules (I-3): every call costs CALL_COST_MS; `wait(ms)` costs max(ms, CALL_COST_MS);
 * a blocking manoeuvre ends at the world time of the step that completes it. A reply is only
 * given while the program's clock lies inside the current step [W, W + STEP_MS): the readout
 * sent with it then is exactly the world the program would have seen. In the pipelined loop
 * (runner.ts) a request may be handled after the world stepped past the program's clock: a
 * call the host answers is then taken at world time (the clock moves up to it), so a program
 * never sees a world later than its own clock.
 */
import { API_OP_NAMES, CALL_COST_MS, type ApiOp, type ApiOutcome } from '../../../sim/robot/api.ts';
import type { ProgramStatus } from '../../../sim/tasks/types.ts';
import type { Reason } from '../../../sim/types.ts';
import { STEP_MS, type RobotDevicesApi } from '../../../sim/world-types.ts';
import {
  EXIT,
  PRINT_MAX_BYTES,
  PRINT_MAX_LINES,
  PRINT_TRUNCATED_MARKER,
  REP,
} from '../protocol.ts';
import { READOUT_SET, affectedQueries } from '../ops.ts';
import {
  encodeReply,
  type Command,
  type Decoded,
  type PrintRecord,
  type ReadoutEntry,
  type ReplyBody,
} from './codec.ts';
import type { ProgramChannel } from './channel.ts';

/** One printed line: the program clock when it was printed, and the round (sumo). */
export interface PrintLine {
  t: number;
  round: number;
  text: string;
}

type Hold =
  | { kind: 'call'; call: Command }
  | { kind: 'wait'; until: number }
  | { kind: 'block'; poll: () => number[] | null; since: number }
  | { kind: 'reply'; body: ReplyBody };

/** Most distinct queries kept in the readout (bounds the host's work per reply). */
const MAX_READOUT = 64;
const WAIT = API_OP_NAMES.indexOf('wait');
const CLOCK = API_OP_NAMES.indexOf('clock');
/** Command op -> readout queries it may change within the step (ops.ts). */
const AFFECTS: Record<number, number[]> = affectedQueries();

export class RobotProgram {
  clock = 0;
  /** running: the host awaits its next request; held: the host owes a reply; stopping: every
   * request is answered STOP until the worker reports the run over. */
  phase: 'idle' | 'running' | 'held' | 'stopping' | 'ended' = 'idle';
  status: ProgramStatus;
  readonly prints: PrintLine[] = [];
  /** The block a blocks program last reported executing (trace mode), or null. */
  block: string | null = null;
  /** Round trips served (for the speed report). */
  roundTrips = 0;
  /** Set when the host sent a KeyboardInterrupt because the program made no call. */
  interruptedForRunaway = false;
  private printBytes = 0;
  private printsCut = false;
  private hold: Hold | null = null;
  private readout = new Map<string, Command>();
  private devices: RobotDevicesApi | null = null;
  private round = 0;
  /** Readout values computed ahead of the reply (prefetch), for world time `worldMs`. */
  private pre: { worldMs: number; values: Map<Command, number[]> } | null = null;
  /** Readout ops a command applied since the prefetch may have changed. */
  private readonly preDirty = new Set<number>();

  constructor(
    readonly id: string,
    readonly channel: ProgramChannel,
    private readonly watchdogSeconds: number,
  ) {
    this.status = { id, state: 'running' };
  }

  /** Start a (new) run of `code` against `devices` (a new world each round). */
  begin(
    devices: RobotDevicesApi,
    code: string,
    profile: 'spike' | 'ev3' | 'minisumo',
    seed: number,
    round: number,
  ): void {
    this.devices = devices;
    this.clock = 0;
    this.hold = null;
    this.readout.clear();
    this.pre = null;
    this.round = round;
    this.interruptedForRunaway = false;
    this.status = { id: this.id, state: 'running' };
    this.phase = 'running';
    this.channel.startRun({ code, profile, seed });
  }

  /** True while the host must wait for this program's next request. */
  get awaitingRequest(): boolean {
    return this.phase === 'running' || this.phase === 'stopping';
  }

  /**
   * True while the host must wait for this program's next request before stepping past
   * `untilMs`: a stopping program always (until it ends); a running one while its clock is
   * below `untilMs`. Strict lockstep passes W + STEP_MS (the program must be held past the
   * step); the pipelined loop passes W (a program released into [W, W + STEP_MS) computes
   * while the world steps, and its next request is served at W + STEP_MS).
   */
  mustServe(untilMs: number): boolean {
    return this.phase === 'stopping' || (this.phase === 'running' && this.clock < untilMs);
  }

  /** Handle one decoded request at world time `worldMs`. */
  handle(req: Decoded, worldMs: number): void {
    this.roundTrips++;
    if (req.kind === 'malformed') {
      this.fail({ code: 'program.bad_request', robot: this.id, params: { detail: req.detail } });
      this.send({ status: REP.STOP }, worldMs);
      this.phase = 'stopping';
      return;
    }
    this.addPrints(req.prints);
    if (req.kind !== 'exit' && req.block !== undefined) this.block = req.block;
    if (req.kind === 'print') {
      this.send({ status: REP.OK, values: [] }, worldMs);
      return;
    }
    if (req.kind === 'exit') {
      this.finish(req);
      this.send({ status: REP.OK, values: [] }, worldMs);
      this.phase = 'ended';
      return;
    }
    if (this.phase === 'stopping') {
      this.send({ status: REP.STOP }, worldMs);
      return;
    }
    this.clock += req.local * CALL_COST_MS;
    for (const c of req.cmds) {
      this.clock += CALL_COST_MS;
      const out = this.execute(c);
      if (out.kind === 'error') {
        // A queued command failed: the program learns it at the call that flushed the queue.
        this.hold = {
          kind: 'reply',
          body: { status: REP.ERROR, code: out.code, message: out.message },
        };
        this.phase = 'held';
        this.release(worldMs);
        return;
      }
    }
    this.hold = { kind: 'call', call: req.call };
    this.phase = 'held';
    this.release(worldMs);
  }

  /** Resolve what the program waits for, if world time `worldMs` allows; replies if so. */
  release(worldMs: number): void {
    const stepEnd = worldMs + STEP_MS;
    for (;;) {
      const h = this.hold;
      if (h === null) return;
      if (h.kind === 'call') {
        if (this.clock >= stepEnd) return;
        this.hold = this.start(h.call, worldMs);
      } else if (h.kind === 'wait') {
        if (h.until >= stepEnd) return;
        this.hold = { kind: 'reply', body: { status: REP.OK, values: [] } };
      } else if (h.kind === 'block') {
        if (worldMs <= h.since) return;
        const v = h.poll();
        if (v === null) return;
        this.clock = Math.max(this.clock, worldMs);
        this.hold = { kind: 'reply', body: { status: REP.OK, values: v } };
      } else {
        if (this.clock >= stepEnd) return;
        // A reply never carries a clock behind the world it shows (pipelined: a short wait
        // asked mid-step is answered at the next step boundary).
        if (this.clock < worldMs) this.clock = worldMs;
        this.hold = null;
        this.phase = 'running';
        this.send(h.body, worldMs);
        return;
      }
    }
  }

  /**
   * Compute this program's readout for world time `worldMs` now, while it is computing, so
   * the reply at `worldMs` only has to send it. Measured state only changes with a step, and
   * any query a command may change in between (ops.ts) is recomputed at reply time, so the
   * reply carries the same values as one computed then.
   */
  prefetch(worldMs: number): void {
    if (this.phase !== 'running' || !this.devices || this.readout.size === 0) return;
    const values = new Map<Command, number[]>();
    for (const c of this.readout.values()) {
      const out = this.execute(c);
      if (out.kind === 'value') values.set(c, out.value);
    }
    this.pre = { worldMs, values };
    this.preDirty.clear();
  }

  /** End the run now: a held program is told STOP, a running one at its next request. */
  requestStop(): void {
    if (this.phase === 'held') {
      this.hold = null;
      this.send({ status: REP.STOP }, Number.NaN);
      this.phase = 'stopping';
    } else if (this.phase === 'running') {
      this.phase = 'stopping';
    }
  }

  /** The worker is gone or had to be terminated. */
  abandon(reason: Reason): void {
    if (this.status.state !== 'error') this.fail(reason);
    this.devices?.releaseAll();
    this.hold = null;
    this.phase = 'ended';
  }

  /** Mark the program as failed (keeps the first reason) and let the robot go limp. */
  fail(reason: Reason): void {
    if (this.status.state === 'error') return;
    this.status = { id: this.id, state: 'error', reason };
    this.devices?.releaseAll();
  }

  private start(call: Command, worldMs: number): Hold {
    if (call.op === WAIT) {
      const until = this.clock + Math.max(call.args[0], CALL_COST_MS);
      this.clock = until;
      return { kind: 'wait', until };
    }
    // Pipelined loop: a call the host must answer that was made mid-step arrives after the
    // world stepped; it is taken at the step boundary (clock moves up to world time), so the
    // program never sees a world later than its own clock. A no-op in strict lockstep.
    if (this.clock < worldMs) this.clock = worldMs;
    if (call.op === CLOCK) {
      const v = this.clock;
      this.clock += CALL_COST_MS;
      return { kind: 'reply', body: { status: REP.OK, values: [v] } };
    }
    this.clock += CALL_COST_MS;
    const out = this.execute(call);
    if (out.kind === 'block') return { kind: 'block', poll: out.poll, since: worldMs };
    if (out.kind === 'error')
      return { kind: 'reply', body: { status: REP.ERROR, code: out.code, message: out.message } };
    if (READOUT_SET.has(call.op) && this.readout.size < MAX_READOUT) {
      this.readout.set(`${call.op}:${call.args.join(',')}`, call);
    }
    return { kind: 'reply', body: { status: REP.OK, values: out.value } };
  }

  private execute(c: Command): ApiOutcome {
    if (c.op === WAIT || c.op === CLOCK) return { kind: 'value', value: [] };
    if (this.pre !== null && !READOUT_SET.has(c.op)) {
      // A command: what it may change in the prefetched readout is computed again; a call
      // of unknown effect (open, db_init, settings…) drops the prefetch.
      const hit = AFFECTS[c.op];
      if (hit === undefined) this.pre = null;
      else for (const q of hit) this.preDirty.add(q);
    }
    try {
      return this.devices!.request(API_OP_NAMES[c.op] as ApiOp, c.args);
    } catch (e) {
      // A device must not throw on bad input, but if it does the host stays up.
      return { kind: 'error', code: 'EINVAL', message: String((e as Error)?.message ?? e) };
    }
  }

  private send(body: ReplyBody, worldMs: number): void {
    const entries: ReadoutEntry[] = [];
    if (body.status !== REP.STOP && this.devices && Number.isFinite(worldMs)) {
      const pre = this.pre !== null && this.pre.worldMs === worldMs ? this.pre.values : null;
      for (const c of this.readout.values()) {
        const v = pre !== null && !this.preDirty.has(c.op) ? pre.get(c) : undefined;
        if (v !== undefined) {
          entries.push({ op: c.op, args: c.args, values: v });
          continue;
        }
        const out = this.execute(c);
        if (out.kind === 'value') entries.push({ op: c.op, args: c.args, values: out.value });
      }
    }
    const { floats, text } = encodeReply(
      body,
      this.clock,
      Number.isFinite(worldMs) ? worldMs : 0,
      entries,
    );
    this.channel.reply(floats, text);
  }

  private finish(req: Extract<Decoded, { kind: 'exit' }>): void {
    const params = { type: req.type, message: req.message, line: req.line };
    this.devices?.releaseAll();
    // Its interpreter is broken: never reuse the worker (the pool replaces it).
    if (req.status === EXIT.FATAL) this.channel.terminate('interpreter failed');
    if (this.status.state === 'error') return;
    switch (req.status) {
      case EXIT.OK:
      case EXIT.STOPPED:
        this.status = { id: this.id, state: 'ended' };
        return;
      case EXIT.SYNTAX:
        return this.fail({ code: 'program.syntax_error', robot: this.id, params });
      case EXIT.INTERRUPTED:
        if (this.interruptedForRunaway) {
          return this.fail({
            code: 'program.runaway',
            robot: this.id,
            params: { seconds: this.watchdogSeconds },
          });
        }
        return this.fail({ code: 'program.exception', robot: this.id, params });
      case EXIT.EXCEPTION:
        return this.fail({ code: 'program.exception', robot: this.id, params });
      default:
        return this.fail({
          code: 'program.internal',
          robot: this.id,
          params: { message: req.message },
        });
    }
  }

  private addPrints(records: PrintRecord[]): void {
    for (const r of records) {
      if (this.printsCut) return;
      if (
        this.prints.length >= PRINT_MAX_LINES ||
        this.printBytes + r.text.length > PRINT_MAX_BYTES
      ) {
        this.printsCut = true;
        this.prints.push({ t: this.clock, round: this.round, text: PRINT_TRUNCATED_MARKER });
        return;
      }
      // The worker's time stamp is only trusted within what the host knows of the clock.
      const t = Math.min(Math.max(r.t, 0), this.clock + 1e7);
      this.printBytes += r.text.length;
      this.prints.push({ t, round: this.round, text: r.text });
    }
  }
}
