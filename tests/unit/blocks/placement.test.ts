/**
 * Regressions of the block generators that produced invalid Python: "break"/"continue"
 * outside a loop and "return" outside a function (skipped, as the editor disables them),
 * "break" in "forever" (a loop like the others), texts with line breaks and control
 * characters, comments with carriage returns, "wait … seconds" beyond float range.
 */
import { spawnSync } from 'node:child_process';
import * as Blockly from 'blockly';
import { describe, expect, it } from 'vitest';
import { projectBlocksToPython, registerQadamBlocks } from '../../../blocks/index.ts';
import { pythonSyntaxErrors } from './helpers.ts';

type BlockJson = Record<string, unknown>;

/** A workspace whose "when program starts" runs `stack` (blocks chained by `next`). */
function program(stack: BlockJson[], extra: BlockJson[] = []): object {
  const chain = (blocks: BlockJson[]): BlockJson | undefined =>
    blocks.reduceRight<BlockJson | undefined>(
      (next, b) => ({ ...b, ...(next ? { next: { block: next } } : {}) }),
      undefined,
    );
  return {
    blocks: {
      languageVersion: 0,
      blocks: [{ type: 'qadam_start', next: { block: chain(stack) } }, ...extra],
    },
  };
}

const flow = (kind: 'BREAK' | 'CONTINUE'): BlockJson => ({
  type: 'controls_flow_statements',
  fields: { FLOW: kind },
});
const stop: BlockJson = { type: 'qadam_drive_stop' };
const beep: BlockJson = { type: 'qadam_beep' };
const text = (value: string): BlockJson => ({ type: 'text', fields: { TEXT: value } });
const print = (value: string): BlockJson => ({
  type: 'text_print',
  inputs: { TEXT: { block: text(value) } },
});
const ifReturn: BlockJson = {
  type: 'procedures_ifreturn',
  extraState: '<mutation value="0"></mutation>',
  inputs: { CONDITION: { block: { type: 'qadam_sensor_touch' } } },
};

/** The generated program, checked to compile (normal and trace mode). */
function python(workspace: object): string {
  const code = projectBlocksToPython(workspace);
  const traced = projectBlocksToPython(workspace, { trace: true });
  expect(pythonSyntaxErrors([code, traced])).toEqual([null, null]);
  return code;
}

/** Runs `code` with CPython (no robot: programs here only print); returns stdout. */
function runPrints(code: string): string {
  const result = spawnSync('python3', ['-c', code], { encoding: 'utf8', timeout: 10_000 });
  expect(result.stderr).toBe('');
  return result.stdout;
}

const body = (code: string): string => code.replace(/^from robot_setup import \*\n\n\n/, '');

describe('"break" and "continue" belong in a loop', () => {
  it('outside any loop, a flow block generates nothing (the editor disables it)', () => {
    expect(body(python(program([stop, flow('BREAK')])))).toBe('robot.stop()\n');
    expect(python(program([flow('CONTINUE')]))).toBe('from robot_setup import *\n');
  });

  it('inside "if" but outside a loop it is still out of place', () => {
    const code = python(
      program([
        {
          type: 'controls_if',
          inputs: {
            IF0: { block: { type: 'logic_boolean', fields: { BOOL: 'TRUE' } } },
            DO0: { block: flow('BREAK') },
          },
        },
      ]),
    );
    expect(body(code)).toBe('if True:\n    pass\n');
  });

  it('"forever" is a loop: break and continue in it are kept', () => {
    const forever = (inner: BlockJson): BlockJson => ({
      type: 'qadam_forever',
      inputs: { DO: { block: inner } },
    });
    expect(body(python(program([forever({ ...stop, next: { block: flow('BREAK') } })])))).toBe(
      'while True:\n    robot.stop()\n    break\n',
    );
    expect(body(python(program([forever(flow('CONTINUE'))])))).toBe('while True:\n    continue\n');
  });

  it('inside Blockly\'s loops, nested in "if", they are kept', () => {
    const code = python(
      program([
        {
          type: 'controls_repeat_ext',
          inputs: {
            TIMES: { block: { type: 'math_number', fields: { NUM: 3 } } },
            DO: {
              block: {
                type: 'controls_if',
                inputs: {
                  IF0: { block: { type: 'qadam_sensor_touch' } },
                  DO0: { block: flow('BREAK') },
                },
              },
            },
          },
        },
      ]),
    );
    expect(body(code)).toBe('for count in range(3):\n    if touch.pressed():\n        break\n');
  });

  it('in the editor, Blockly\'s own check on a drop accepts "forever" as a loop', async () => {
    registerQadamBlocks();
    const workspace = new Blockly.Workspace();
    // The check runs on block moves when no drag is in progress (a rendered workspace's state).
    Object.assign(workspace, { isDragging: () => false });
    try {
      const forever = workspace.newBlock('qadam_forever');
      const inLoop = workspace.newBlock('controls_flow_statements');
      const loose = workspace.newBlock('controls_flow_statements');
      const socket = forever.getInput('DO')?.connection;
      if (!socket || !inLoop.previousConnection) throw new Error('"forever" has no DO socket');
      socket.connect(inLoop.previousConnection);
      await new Promise((resolve) => setTimeout(resolve, 10)); // events fire asynchronously
      expect(inLoop.isEnabled()).toBe(true);
      expect(loose.isEnabled()).toBe(false);
    } finally {
      workspace.dispose();
    }
  });
});

describe('"return" belongs in a function', () => {
  it('outside a function it generates nothing; the blocks after it still run', () => {
    expect(body(python(program([ifReturn, stop])))).toBe('robot.stop()\n');
  });

  it('inside a function it returns, at any depth', () => {
    const definition: BlockJson = {
      type: 'procedures_defnoreturn',
      fields: { NAME: 'жүр' },
      inputs: {
        STACK: {
          block: {
            type: 'qadam_forever',
            inputs: { DO: { block: { ...ifReturn, next: { block: beep } } } },
          },
        },
      },
    };
    const code = python(program([], [definition]));
    expect(code).toContain(
      'def жүр():\n    while True:\n        if touch.pressed():\n            return\n' +
        '        hub.speaker.beep(500, 100)\n',
    );
  });
});

describe('texts and comments stay one Python line each', () => {
  it('a line break in a text is \\n, and the program prints two lines', () => {
    const code = python(program([print('line\nbreak')]));
    expect(body(code)).toBe("print('line\\nbreak')\n");
    expect(runPrints(code.replace('from robot_setup import *', ''))).toBe('line\nbreak\n');
  });

  it('carriage returns, NUL and other controls are escaped; quotes as Blockly', () => {
    const texts = ['a\rb', 'nul\0', 'bell\x07', 'tab\tkept', "it's", 'say "hi"', `'"\\`];
    const code = python(program(texts.map(print)));
    expect(body(code)).toBe(
      [
        "print('a\\rb')",
        "print('nul\\x00')",
        "print('bell\\x07')",
        "print('tab\tkept')",
        'print("it\'s")',
        'print(\'say "hi"\')',
        "print('\\'\"\\\\')",
        '',
      ].join('\n'),
    );
    const printed = runPrints(code.replace('from robot_setup import *', ''));
    expect(printed).toBe(`${texts.join('\n')}\n`);
  });

  it('a lone surrogate (not UTF-8) is escaped rather than breaking the source', () => {
    expect(body(python(program([print('x\ud800y')])))).toBe("print('x\\ud800y')\n");
  });

  it('a comment with carriage returns and NUL gives "#" lines only', () => {
    const code = python(
      program([{ ...stop, icons: { comment: { text: 'one\rtwo\r\nthree\0' } } }]),
    );
    expect(body(code)).toBe('# one\n# two\n# three\ufffd\nrobot.stop()\n');
  });
});

describe('"wait … seconds" beyond float range', () => {
  it("keeps the multiplication instead of writing JavaScript's Infinity", () => {
    const wait = (seconds: number): BlockJson => ({
      type: 'qadam_wait_seconds',
      inputs: { SECONDS: { block: { type: 'math_number', fields: { NUM: seconds } } } },
    });
    const code = python(program([wait(1e308), wait(-1e308), wait(1.5)]));
    expect(body(code.replace('from pybricks.tools import wait\n', ''))).toBe(
      'wait(1e+308 * 1000)\nwait(-1e+308 * 1000)\nwait(1500)\n',
    );
    expect(code).not.toContain('Infinity');
  });
});
