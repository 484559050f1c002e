import { describe, expect, it } from 'vitest';
import {
  QADAM_RESERVED_NAMES,
  projectBlocksToPython,
  pythonSafeName,
} from '../../../blocks/index.ts';
import { pythonSyntaxError, readFixture } from './helpers.ts';

/** A program setting each named variable to its index. */
function programSetting(names: string[]): object {
  let next: object | undefined;
  for (let i = names.length - 1; i >= 0; i--) {
    next = {
      type: 'variables_set',
      id: `set${i}`,
      fields: { VAR: { id: `v${i}` } },
      inputs: { VALUE: { block: { type: 'math_number', id: `n${i}`, fields: { NUM: i } } } },
      ...(next ? { next: { block: next } } : {}),
    };
  }
  return {
    blocks: {
      languageVersion: 0,
      blocks: [{ type: 'qadam_start', id: 'start', next: { block: next } }],
    },
    variables: names.map((name, i) => ({ name, id: `v${i}` })),
  };
}

describe('readable names in generated Python', () => {
  it('keeps Kazakh and Russian names as they are', () => {
    const code = projectBlocksToPython(readFixture('cyrillic'));
    for (const name of ['қадам', 'скорость', 'ұзындық', 'def шаршы_сыз(ұзындық):'])
      expect(code).toContain(name);
    expect(code).not.toMatch(/_D[0-9A-F]_/);
  });

  it('renames clashes with Python keywords, builtins and robot_setup names', () => {
    const names = [
      'if',
      'print',
      'robot',
      'ultrasonic',
      'wait',
      'Color',
      'қадам',
      'жылдамдық 2',
      '2x',
      'a-b',
    ];
    const code = projectBlocksToPython(programSetting(names));
    const assigned = [...code.matchAll(/^(\S+) = (\d+)$/gm)].map((m) => m[1]);
    expect(assigned).toEqual([
      'if2',
      'print2',
      'robot2',
      'ultrasonic2',
      'wait2',
      'Color2',
      'қадам',
      'жылдамдық_2',
      'my_2x',
      'a_b',
    ]);
    expect(pythonSyntaxError(code)).toBeNull();
  });

  it('reserves every robot_setup name', () => {
    for (const name of [
      'hub',
      'left_motor',
      'right_motor',
      'robot',
      'ultrasonic',
      'color_left',
      'color_right',
      'touch',
      'gyro',
      'watch',
    ]) {
      expect(QADAM_RESERVED_NAMES).toContain(name);
    }
  });

  it('pythonSafeName makes identifiers Python accepts', () => {
    const cases = ['қадам', 'Скорость робота', '1-ші қадам', 'ﬁle', '', 'ә!', 'x²'];
    const names = cases.map(pythonSafeName);
    expect(names.slice(0, 3)).toEqual(['қадам', 'Скорость_робота', 'my_1_ші_қадам']);
    const program = names.map((n, i) => `${n} = ${i}`).join('\n');
    expect(pythonSyntaxError(program)).toBeNull();
  });
});
