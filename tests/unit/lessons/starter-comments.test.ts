/**
 * Translated Python starters may differ from the original only in their comments:
 * codeWithoutComments keeps code (including a `#` inside a string) and drops the rest.
 */
import { expect, test } from 'vitest';
import { codeWithoutComments } from '../../../src/lessons/lesson.ts';

test('comments and blank lines go, code and strings stay', () => {
  const en =
    'from robot_setup import *\n\n# Drive\nrobot.straight(100)  # forward\nprint("#1 done")\n';
  const kk = 'from robot_setup import *\n# Жүр\n\nrobot.straight(100)  # алға\nprint("#1 done")\n';
  expect(codeWithoutComments(en)).toBe(
    'from robot_setup import *\nrobot.straight(100)\nprint("#1 done")',
  );
  expect(codeWithoutComments(kk)).toBe(codeWithoutComments(en));
});

test('a change in the code shows', () => {
  const a = 'robot.straight(100)\n';
  const b = 'robot.straight(200)  # changed\n';
  expect(codeWithoutComments(a)).not.toBe(codeWithoutComments(b));
  expect(codeWithoutComments("s = 'it\\'s # not a comment'")).toBe("s = 'it\\'s # not a comment'");
});

test('a # inside a triple-quoted string is code, over several lines, blank lines and all', () => {
  const code = 'text = """first # line\n\n  second  \n"""  # a comment\nrobot.straight(100)\n';
  expect(codeWithoutComments(code)).toBe(
    'text = """first # line\n\n  second  \n"""\nrobot.straight(100)',
  );
  const single = "s = '''it's # not a comment'''\nt = '''a \\''' # b'''  # c\n";
  expect(codeWithoutComments(single)).toBe("s = '''it's # not a comment'''\nt = '''a \\''' # b'''");
  // A change inside a multi-line string value is a change in the code.
  expect(codeWithoutComments('text = """a\nb"""\n')).not.toBe(
    codeWithoutComments('text = """a\nc"""\n'),
  );
});

test('docstrings are documentation: they go, like comments', () => {
  const en = [
    'def aim():',
    '    """Turn until the opponent is straight ahead.',
    '',
    '    # not code',
    '    """',
    '    robot.turn(90)',
    "'''A module note.'''",
    'r"""A raw note."""  # and a comment',
    'x = 1',
  ].join('\n');
  const ru = [
    'def aim():',
    "    '''Поворачивайся, пока соперник не окажется прямо впереди.'''",
    '    robot.turn(90)',
    'x = 1',
  ].join('\n');
  expect(codeWithoutComments(en)).toBe('def aim():\n    robot.turn(90)\nx = 1');
  expect(codeWithoutComments(ru)).toBe(codeWithoutComments(en));
});

test('a triple-quoted string that is a value stays, even alone on its line', () => {
  const call = 'print(\n    """#1 done"""\n)\n';
  expect(codeWithoutComments(call)).toBe('print(\n    """#1 done"""\n)');
  const continued = 'x = \\\n    """# kept"""\n';
  expect(codeWithoutComments(continued)).toBe('x = \\\n    """# kept"""');
  expect(codeWithoutComments('"""a""".upper()\n')).toBe('"""a""".upper()');
  expect(codeWithoutComments('return """a"""  # b\n')).toBe('return """a"""');
});
