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
