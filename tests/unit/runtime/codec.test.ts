/**
 * The host's request validator is the security boundary of I-7: forged or malformed
 * requests must be rejected (never thrown, never reaching the devices).
 */
import { describe, expect, test } from 'vitest';
import { API_OP_NAMES } from '../../../sim/robot/api.ts';
import { decodeRequest, encodeReply } from '../../../src/runtime/host/codec.ts';
import { EXIT, MAX_QUEUED, REP, REQ } from '../../../src/runtime/protocol.ts';

const op = (name: string): number => API_OP_NAMES.indexOf(name as never);
const raw = (floats: number[], text = '') => ({ floats: Float64Array.from(floats), text });

describe('decodeRequest', () => {
  test('decodes a call with queued commands and prints', () => {
    const d = decodeRequest(
      raw(
        [REQ.CALL, 3, 1, op('db_drive'), 2, 100, 0, op('db_distance'), 0],
        JSON.stringify({ p: [[4, 'hello']] }),
      ),
    );
    expect(d).toEqual({
      kind: 'call',
      local: 3,
      cmds: [{ op: op('db_drive'), args: [100, 0] }],
      call: { op: op('db_distance'), args: [] },
      prints: [{ t: 4, text: 'hello' }],
    });
  });

  test('decodes an exit with the error details', () => {
    const d = decodeRequest(
      raw(
        [REQ.EXIT, 0, 0, EXIT.EXCEPTION, 7],
        JSON.stringify({ p: [], x: { type: 'ZeroDivisionError', message: 'x' } }),
      ),
    );
    expect(d).toMatchObject({
      kind: 'exit',
      status: EXIT.EXCEPTION,
      line: 7,
      type: 'ZeroDivisionError',
    });
  });

  const forged: [string, ReturnType<typeof raw> & { badLength?: string }][] = [
    ['an impossible length', { ...raw([]), badLength: 'request lengths 7+0' }],
    ['an empty request', raw([])],
    ['an unknown kind', raw([9, 0, 0, op('clock'), 0])],
    ['an unknown op', raw([REQ.CALL, 0, 0, 999, 0])],
    ['a fractional op', raw([REQ.CALL, 0, 0, 1.5, 0])],
    ['a wrong argument count', raw([REQ.CALL, 0, 0, op('motor_run'), 1, 0])],
    ['a NaN argument', raw([REQ.CALL, 0, 0, op('motor_run'), 2, 0, NaN])],
    ['an infinite argument', raw([REQ.CALL, 0, 0, op('db_drive'), 2, Infinity, 0])],
    [
      'an infinite db_settings argument',
      raw([REQ.CALL, 0, 0, op('db_settings'), 4, NaN, NaN, Infinity, NaN]),
    ],
    ['a negative local count', raw([REQ.CALL, -5, 0, op('clock'), 0])],
    ['too many queued commands', raw([REQ.CALL, 0, MAX_QUEUED + 1, op('clock'), 0])],
    [
      'a queued blocking call',
      raw([REQ.CALL, 0, 1, op('db_straight'), 3, 100, 2, 1, op('clock'), 0]),
    ],
    ['a queued wait', raw([REQ.CALL, 0, 1, op('wait'), 1, 100, op('clock'), 0])],
    ['trailing data', raw([REQ.CALL, 0, 0, op('clock'), 0, 42])],
    ['a truncated call', raw([REQ.CALL, 0, 0, op('motor_run'), 2, 0])],
    ['text that is not JSON', raw([REQ.PRINT, 0, 0], '{oops')],
    ['a print without text', raw([REQ.PRINT, 0, 0], JSON.stringify({ p: [[1, 2]] }))],
    ['a bad exit status', raw([REQ.EXIT, 0, 0, 77, 0])],
  ];
  for (const [what, r] of forged) {
    test(`rejects ${what}`, () => {
      expect(decodeRequest(r).kind).toBe('malformed');
    });
  }

  test('db_settings may carry NaN (keep the current value)', () => {
    expect(
      decodeRequest(raw([REQ.CALL, 0, 0, op('db_settings'), 4, NaN, 100, NaN, NaN])).kind,
    ).toBe('call');
  });

  test('straight(wait=False) may be queued', () => {
    expect(
      decodeRequest(raw([REQ.CALL, 0, 1, op('db_straight'), 3, 100, 2, 0, op('clock'), 0])).kind,
    ).toBe('call');
  });
});

describe('encodeReply', () => {
  test('lays out status, clock, world time, values, error and readout', () => {
    const r = encodeReply({ status: REP.ERROR, code: 'ENODEV', message: 'no motor' }, 12, 10, [
      { op: 3, args: [1], values: [5, 6] },
    ]);
    expect(r.floats).toEqual([REP.ERROR, 12, 10, 0, 0, 8, 1, 3, 1, 1, 2, 5, 6]);
    expect(new TextDecoder().decode(r.text!)).toBe('no motor');
  });
});
