import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  explainPythonError,
  type PythonErrorInput,
} from '../../../src/editor/python/explain-error.ts';
import { editDistance, nearestName } from '../../../src/editor/python/name-suggest.ts';
import { LANGS } from '../../../src/i18n/types.ts';

/**
 * Broken programs run by the real CPython on this machine (python3), so the explanations are
 * tested against real messages, not ones we imagine. `from robot_setup import *` is replaced by
 * a stand-in with the same names, so NameError suggestions see the robot's names.
 */
const PROGRAMS: Record<string, string> = {
  name_typo: 'ultrasonic = 1\nd = ultrasnic.distance()',
  name_case: 'robot = 1\nRobot.straight(100)',
  name_plain: 'x = y + 1',
  colon_if: 'x = 1\nif x > 3\n    pass',
  colon_while: 'while True\n    pass',
  colon_for: 'for i in range(3)\n    pass',
  unclosed: 'print((1 + 2)\nx = 3',
  unmatched: 'x = 3)',
  string: "print('hello)",
  equals: 'x = 1\nif x = 3:\n    pass',
  invalid: 'robot straight(100)',
  indent_expected: 'if True:\npass',
  indent_unexpected: 'x = 1\n    y = 2',
  unindent: 'if True:\n        x = 1\n    y = 2',
  tab: 'if True:\n        x = 1\n\ty = 2',
  missing_arg:
    'class DriveBase:\n    def straight(self, distance, then=1, wait=True): pass\nDriveBase().straight()',
  too_many: 'class DriveBase:\n    def turn(self, angle): pass\nDriveBase().turn(90, 100)',
  concat: "x = 'distance: ' + 5",
  operand: "x = 5 - 'a'",
  not_number: "import math\nmath.sqrt('a')",
  zero: 'x = 1 / 0',
  value_int: "int('abc')",
  attr: 'class DriveBase: pass\nrobot = DriveBase()\nrobot.forward(100)',
  import_js: 'import js',
  oserror: "import errno\nraise OSError(errno.ENODEV, 'no motor on port A')",
  recursion: 'def f():\n    f()\nf()',
  index: 'a = [1]\na[3]',
  key: "d = {}\nd['x']",
  unbound: 'x = 0\ndef f():\n    x += 1\nf()',
  interrupt: 'raise KeyboardInterrupt()',
};

const RUNNER = `
import json, sys, traceback
programs = json.load(sys.stdin)
out = {}
for name, src in programs.items():
    try:
        exec(compile(src, "main.py", "exec"), {})
        out[name] = None
    except BaseException as e:
        line = getattr(e, "lineno", None) if isinstance(e, SyntaxError) else None
        if line is None:
            frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == "main.py"]
            line = frames[-1].lineno if frames else None
        message = e.msg if isinstance(e, SyntaxError) else str(e)
        out[name] = {"type": type(e).__name__, "message": message, "line": line}
json.dump(out, sys.stdout)
`;

let real: Record<string, PythonErrorInput>;
beforeAll(() => {
  const output = execFileSync('python3', ['-c', RUNNER], {
    input: JSON.stringify(PROGRAMS),
    encoding: 'utf8',
  });
  real = JSON.parse(output);
});

const explain = (name: string, lang: 'en' | 'ru' | 'kk' = 'en') =>
  explainPythonError(real[name], lang, PROGRAMS[name]);

describe('explainPythonError on real CPython messages', () => {
  it('every broken program raised an error', () => {
    for (const name of Object.keys(PROGRAMS)) expect(real[name], name).not.toBeNull();
  });

  it('NameError: explains and suggests the nearest robot name', () => {
    expect(real.name_typo.type).toBe('NameError');
    const e = explain('name_typo');
    expect(e.title).toBe('Unknown name');
    expect(e.explanation).toContain('`ultrasnic`');
    expect(e.explanation).toContain('capital letters');
    expect(e.hint).toBe('Did you mean `ultrasonic`?');
    expect(explain('name_case').hint).toBe('Did you mean `robot`?');
    expect(explain('name_plain').hint).toBeUndefined();
    expect(explain('name_typo', 'ru').hint).toContain('`ultrasonic`');
    expect(explain('name_typo', 'kk').title).toBe('Белгісіз атау');
  });

  it('NameError: a robot_setup name without the import says how to import it', () => {
    const e = explainPythonError(
      { type: 'NameError', message: "name 'robot' is not defined", line: 1 },
      'en',
    );
    expect(e.hint).toContain('from robot_setup import *');
    const d = explainPythonError(
      { type: 'NameError', message: "name 'DriveBase' is not defined" },
      'ru',
    );
    expect(d.hint).toContain('from pybricks.robotics import DriveBase');
  });

  it('NameError: understands the 3.12+ "Did you mean" suffix', () => {
    const e = explainPythonError(
      {
        type: 'NameError',
        message: "name 'speeed' is not defined. Did you mean: 'speed'?",
        line: 2,
      },
      'en',
    );
    expect(e.explanation).toContain('`speeed`');
    expect(e.hint).toBe('Did you mean `speed`?');
  });

  it('SyntaxError: missing colon after if / while / for', () => {
    for (const name of ['colon_if', 'colon_while', 'colon_for']) {
      const e = explain(name);
      expect(e.explanation, name).toContain('colon');
      expect(e.hint, name).toContain(`line ${real[name].line}`);
    }
    expect(explain('colon_if', 'ru').explanation).toContain('двоеточием');
  });

  it('SyntaxError: brackets, strings, = in a condition, plain invalid syntax', () => {
    expect(explain('unclosed').explanation).toContain('`(`');
    expect(explain('unmatched').explanation).toContain('`)`');
    expect(explain('string').explanation).toContain('quote');
    expect(explain('equals').explanation).toContain('`==`');
    expect(explain('invalid').explanation).toContain('does not understand');
  });

  it('IndentationError and TabError', () => {
    expect(real.indent_expected.type).toBe('IndentationError');
    expect(explain('indent_expected').explanation).toContain('indented');
    expect(explain('indent_expected').hint).toContain('line 2');
    expect(explain('indent_unexpected').explanation).toContain('moved to the right');
    expect(explain('unindent').explanation).toContain('same column');
    expect(explain('tab').title).toBe('Tabs and spaces are mixed');
  });

  it('TypeError: argument counts without self, with the API signature', () => {
    const missing = explain('missing_arg');
    expect(missing.explanation).toBe(
      '`straight()` needs more values in its brackets: `distance` is missing.',
    );
    expect(missing.hint).toContain('straight(distance, then=Stop.HOLD, wait=True)');
    const many = explain('too_many');
    expect(many.explanation).toBe(
      '`turn()` was given 2 values in its brackets, but it takes only 1.',
    );
  });

  it('TypeError: text + number, operands, must be a number', () => {
    expect(explain('concat').explanation).toContain('str(');
    expect(explain('operand').explanation).toBe(
      '`-` does not work with a whole number and a text.',
    );
    expect(explain('operand', 'ru').explanation).toContain('целое число');
    expect(explain('not_number').explanation).toContain('a number');
    const api = explainPythonError(
      { type: 'TypeError', message: "straight() argument 'distance' must be a number, not str" },
      'en',
    );
    expect(api.explanation).toBe('`straight()`: `distance` must be a number, but it is a text.');
    expect(api.hint).toContain('without quotes');
  });

  it('runtime errors: division, values, attributes, imports, devices, stops', () => {
    expect(explain('zero').title).toBe('Division by zero');
    expect(explain('value_int').explanation).toContain("'abc'");
    const attr = explain('attr');
    expect(attr.explanation).toBe('`DriveBase` has no `forward`.');
    expect(attr.hint).toBe('Did you mean `straight()`?');
    expect(explain('import_js').explanation).toContain('does not exist on a robot');
    const os = explain('oserror', 'ru');
    expect(os.explanation).toContain('порту A');
    expect(os.explanation).toContain('мотор');
    expect(explain('interrupt').explanation).toContain('teacher');
    expect(explain('recursion').title).toBe('Endless self-calling');
    expect(explain('index').explanation).toContain('starts at 0');
    expect(explain('key').explanation).toContain("'x'");
    expect(explain('unbound').explanation).toContain('global x');
  });

  it('pybricks messages: NaN, wrong enum, unknown error types', () => {
    const nan = explainPythonError(
      { type: 'ValueError', message: "wait() argument 'time' must be a finite number, not nan" },
      'kk',
    );
    expect(nan.explanation).toContain('nan');
    const other = explainPythonError({ type: 'NotImplementedError', message: 'later' }, 'en');
    expect(other.title).toBe('Error: NotImplementedError');
  });

  it('AttributeError: constants without brackets, other objects list their commands', () => {
    const color = explainPythonError(
      { type: 'AttributeError', message: "type object 'Color' has no attribute 'PURPLE'" },
      'en',
    );
    expect(color.hint).toBe('Did you mean `VIOLET`?');
    const motor = explainPythonError(
      { type: 'AttributeError', message: "'Motor' object has no attribute 'spin_around'" },
      'ru',
    );
    expect(motor.hint).toContain('`run_angle`');
    const none = explainPythonError(
      { type: 'AttributeError', message: "'NoneType' object has no attribute 'x'" },
      'kk',
    );
    expect(none.explanation).toContain('None');
  });

  it('tolerates the type repeated in the message and 3.14 wording', () => {
    const e = explainPythonError(
      { type: 'ValueError', message: 'ValueError: expected a nonnegative input, got -1.0' },
      'en',
    );
    expect(e.explanation).toContain('sqrt');
    const imp = explainPythonError(
      { type: 'ModuleNotFoundError', message: "No module named 'robot_setp'" },
      'en',
    );
    expect(imp.hint).toBe('Did you mean `robot_setup`?');
  });

  it('never leaves a {placeholder} unfilled for the real errors, in any language', () => {
    for (const lang of LANGS)
      for (const name of Object.keys(PROGRAMS)) {
        const e = explain(name, lang);
        expect(`${e.title} ${e.explanation} ${e.hint ?? ''}`, `${lang} ${name}`).not.toMatch(
          /\{\w+\}/,
        );
      }
  });
});

describe('name suggestions', () => {
  it('edit distance counts swaps as one', () => {
    expect(editDistance('ultrasnic', 'ultrasonic')).toBe(1);
    expect(editDistance('rboot', 'robot')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
  it('suggests close names only', () => {
    const names = ['robot', 'ultrasonic', 'left_motor', 'right_motor', 'wait'];
    expect(nearestName('ultrasnic', names)).toBe('ultrasonic');
    expect(nearestName('Robot', names)).toBe('robot');
    expect(nearestName('left_moter', names)).toBe('left_motor');
    expect(nearestName('banana', names)).toBeNull();
    expect(nearestName('x', names)).toBeNull();
  });
});
