/**
 * Decoding and validation of program requests, encoding of replies (layout: protocol.ts).
 *
 * This is the security boundary of I-7: a worker runs untrusted code, so every request is
 * checked here — lengths, kinds, op indexes, argument counts, finiteness, which ops may be
 * queued — before anything reaches the robot's devices. A request that fails is "malformed":
 * the program is stopped with a reason; the host never throws because of it.
 */
import { API_OP_NAMES } from '../../../sim/robot/api.ts';
import { BLOCK_ID_MAX, ERROR_CODES, EXIT, MAX_QUEUED, REP, REQ } from '../protocol.ts';
import { NAN_OK_SET, OP_NARGS, isQueueable } from '../ops.ts';
import type { RawRequest } from './channel.ts';

export interface Command {
  op: number;
  args: number[];
}

export interface PrintRecord {
  t: number;
  text: string;
}

export type Request =
  | {
      kind: 'call';
      local: number;
      cmds: Command[];
      call: Command;
      prints: PrintRecord[];
      /** The block a blocks program is executing, when it changed. */
      block?: string;
    }
  | {
      kind: 'exit';
      status: number;
      line: number;
      type: string;
      message: string;
      prints: PrintRecord[];
    }
  | { kind: 'print'; prints: PrintRecord[]; block?: string };

export type Decoded = Request | { kind: 'malformed'; detail: string };

/** Most locally served calls one request may claim (a forged huge count only hurts its sender). */
const MAX_LOCAL = 1e7;

class Malformed extends Error {}

function fail(detail: string): never {
  throw new Malformed(detail);
}

function readCommand(f: Float64Array, at: number): [Command, number] {
  if (at + 2 > f.length) fail('truncated command');
  const op = f[at];
  if (!Number.isInteger(op) || op < 0 || op >= API_OP_NAMES.length) fail(`unknown op ${op}`);
  const nargs = f[at + 1];
  if (nargs !== OP_NARGS[op]) fail(`${API_OP_NAMES[op]}: ${nargs} args`);
  if (at + 2 + nargs > f.length) fail('truncated args');
  const args = Array.from(f.subarray(at + 2, at + 2 + nargs));
  for (const a of args) {
    if (Number.isNaN(a) ? !NAN_OK_SET.has(op) : !Number.isFinite(a)) {
      fail(`${API_OP_NAMES[op]}: non-finite argument`);
    }
  }
  return [{ op, args }, at + 2 + nargs];
}

function parseText(text: string): {
  prints: PrintRecord[];
  x: { type: string; message: string };
  block?: string;
} {
  const out: { prints: PrintRecord[]; x: { type: string; message: string }; block?: string } = {
    prints: [],
    x: { type: '', message: '' },
  };
  if (text === '') return out;
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch {
    fail('text is not JSON');
  }
  if (typeof j !== 'object' || j === null) fail('text is not an object');
  const { p, x, b } = j as { p?: unknown; x?: unknown; b?: unknown };
  if (b !== undefined) {
    if (typeof b !== 'string' || b.length > BLOCK_ID_MAX) fail('bad block id');
    out.block = b;
  }
  if (p !== undefined) {
    if (!Array.isArray(p)) fail('prints are not a list');
    for (const r of p) {
      if (!Array.isArray(r) || typeof r[0] !== 'number' || typeof r[1] !== 'string')
        fail('bad print');
      if (!Number.isFinite(r[0])) fail('bad print time');
      out.prints.push({ t: r[0], text: r[1] });
    }
  }
  if (x !== undefined) {
    const { type, message } = (x ?? {}) as { type?: unknown; message?: unknown };
    if (typeof type !== 'string' || typeof message !== 'string') fail('bad exit details');
    out.x = { type: type.slice(0, 200), message: message.slice(0, 2000) };
  }
  return out;
}

/** Validate and decode one request. Never throws. */
export function decodeRequest(raw: RawRequest): Decoded {
  if (raw.badLength) return { kind: 'malformed', detail: raw.badLength };
  try {
    const f = raw.floats;
    if (f.length < 3) fail('request too short');
    const [kind, local, nCmds] = [f[0], f[1], f[2]];
    const { prints, x, block } = parseText(raw.text);
    if (kind === REQ.PRINT) {
      if (f.length !== 3) fail('print request with records');
      return { kind: 'print', prints, ...(block !== undefined ? { block } : {}) };
    }
    if (kind !== REQ.CALL && kind !== REQ.EXIT) fail(`unknown request kind ${kind}`);
    if (!Number.isInteger(local) || local < 0 || local > MAX_LOCAL)
      fail(`bad local count ${local}`);
    if (!Number.isInteger(nCmds) || nCmds < 0 || nCmds > MAX_QUEUED)
      fail(`bad command count ${nCmds}`);
    let at = 3;
    const cmds: Command[] = [];
    for (let i = 0; i < nCmds; i++) {
      const [c, next] = readCommand(f, at);
      if (!isQueueable(c.op, c.args)) fail(`${API_OP_NAMES[c.op]} cannot be queued`);
      cmds.push(c);
      at = next;
    }
    if (kind === REQ.EXIT) {
      if (nCmds !== 0 || local !== 0 || f.length !== at + 2) fail('bad exit request');
      const [status, line] = [f[at], f[at + 1]];
      if (!Object.values(EXIT).includes(status as never)) fail(`bad exit status ${status}`);
      if (!Number.isInteger(line) || line < 0) fail(`bad line ${line}`);
      return { kind: 'exit', status, line, ...x, prints };
    }
    const [call, end] = readCommand(f, at);
    if (end !== f.length) fail('trailing data');
    return { kind: 'call', local, cmds, call, prints, ...(block !== undefined ? { block } : {}) };
  } catch (e) {
    if (e instanceof Malformed) return { kind: 'malformed', detail: e.message };
    return { kind: 'malformed', detail: String(e) };
  }
}

/** One precomputed query of the readout. */
export interface ReadoutEntry {
  op: number;
  args: readonly number[];
  values: readonly number[];
}

export type ReplyBody =
  | { status: typeof REP.OK; values: readonly number[] }
  | { status: typeof REP.ERROR; code: string; message: string }
  | { status: typeof REP.STOP };

const encoder = new TextEncoder();

/** Encode a reply: status, clock, world time, values or error, then the readout. */
export function encodeReply(
  body: ReplyBody,
  clockMs: number,
  worldMs: number,
  readout: readonly ReadoutEntry[],
): { floats: number[]; text: Uint8Array | null } {
  const values = body.status === REP.OK ? body.values : [];
  const f: number[] = [body.status, clockMs, worldMs, values.length, ...values];
  let text: Uint8Array | null = null;
  if (body.status === REP.ERROR) {
    text = encoder.encode(body.message.slice(0, 1000));
    const code = ERROR_CODES.indexOf(body.code as (typeof ERROR_CODES)[number]);
    f.push(code < 0 ? ERROR_CODES.indexOf('EINVAL') : code, text.length);
  }
  f.push(readout.length);
  for (const e of readout) f.push(e.op, e.args.length, ...e.args, e.values.length, ...e.values);
  return { floats: f, text };
}
