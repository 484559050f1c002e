import { describe, expect, it } from 'vitest';
import { suggestionsAt } from '../../../src/editor/python/completion.ts';
import { hoverTargetAt } from '../../../src/editor/python/hover.ts';
import { inferVariableTypes } from '../../../src/editor/python/resolve.ts';

const labels = (line: string, source = '') => suggestionsAt(line, source).map((s) => s.label);

describe('completion', () => {
  it('offers DriveBase methods after `robot.`', () => {
    const items = suggestionsAt('    robot.');
    expect(items.map((s) => s.label)).toEqual([
      'straight',
      'turn',
      'curve',
      'drive',
      'stop',
      'brake',
      'settings',
      'distance',
      'angle',
      'state',
      'reset',
      'done',
      'stalled',
      'use_gyro',
    ]);
    const straight = items[0];
    expect(straight).toMatchObject({ kind: 'method', doc: 'DriveBase.straight', snippet: true });
    expect(straight.insertText).toBe('straight($0)');
  });

  it('offers the right members for each robot_setup object, also mid-word', () => {
    expect(labels('left_motor.run_')).toContain('run_angle');
    expect(labels('x = right_motor.')).toContain('reset_angle');
    expect(labels('d = ultrasonic.')).toEqual(['distance']);
    expect(labels('if color_left.')).toContain('reflection');
    expect(labels('if touch.')).toEqual(['pressed', 'force', 'touched']);
    expect(labels('gyro.')).toEqual(['angle', 'speed', 'reset_angle']);
    expect(labels('watch.')).toEqual(['time', 'reset', 'pause', 'resume']);
  });

  it('follows chains and enums: hub.imu., hub.speaker., Color., Stop.', () => {
    expect(labels('hub.')).toEqual(['imu', 'speaker', 'light', 'buttons']);
    expect(labels('hub.imu.')).toEqual(['heading', 'reset_heading']);
    expect(labels('hub.speaker.')).toEqual(['beep']);
    expect(labels('if color_left.color() == Color.')).toContain('BLACK');
    expect(labels('robot.straight(100, then=Stop.')).toEqual(['HOLD', 'BRAKE', 'COAST', 'NONE']);
    expect(labels('Motor(Port.')).toContain('S1');
    expect(suggestionsAt('Color.')[0]).toMatchObject({ kind: 'member', insertText: 'BLACK' });
  });

  it('knows the types of the program’s own objects', () => {
    const source = 'from pybricks.robotics import DriveBase\nbot = DriveBase(l, r, 56, 112)\n';
    expect(inferVariableTypes(source).get('bot')).toBe('DriveBase');
    expect(labels('bot.', source)).toContain('straight');
    expect(labels('', source)).toContain('bot');
  });

  it('offers nothing after an unknown object or inside strings and comments', () => {
    expect(labels('foo.')).toEqual([]);
    expect(labels("print('robot.")).toEqual([]);
    expect(labels('# robot.')).toEqual([]);
  });

  it('offers names, keywords and snippets at the top level', () => {
    const items = suggestionsAt('    ');
    const names = items.map((s) => s.label);
    for (const name of ['robot', 'ultrasonic', 'wait', 'Color', 'print', 'while', 'True'])
      expect(names).toContain(name);
    const loop = items.find((s) => s.label === 'while True:');
    expect(loop).toMatchObject({ kind: 'snippet', snippet: true });
    expect(items.find((s) => s.label === 'for i in range():')?.insertText).toContain('range(');
    expect(items.find((s) => s.label === 'if')?.kind).toBe('snippet');
    // robot_setup names come before keywords
    expect(names.indexOf('robot')).toBeLessThan(names.indexOf('while'));
  });

  it('completes imports', () => {
    expect(labels('from ')).toContain('robot_setup');
    expect(labels('from pybricks.')).toContain('pybricks.tools');
    expect(labels('from pybricks.tools import ')).toEqual(['wait', 'StopWatch']);
    expect(labels('from robot_setup import ')).toContain('*');
  });
});

describe('hover', () => {
  it('finds the documented name under the cursor', () => {
    const line = '    robot.straight(200)';
    expect(hoverTargetAt(line, 8)?.doc).toBe('name.robot');
    expect(hoverTargetAt(line, 13)).toEqual({
      doc: 'DriveBase.straight',
      startColumn: 11,
      endColumn: 19,
    });
    expect(hoverTargetAt('x = hub.imu.heading()', 14)?.doc).toBe('IMU.heading');
    expect(hoverTargetAt('wait(100)', 2)?.doc).toBe('wait');
    expect(hoverTargetAt('c == Color.RED', 13)?.doc).toBe('Color.RED');
    expect(hoverTargetAt('from pybricks.tools import wait', 17)?.doc).toBe('module.pybricks.tools');
    expect(hoverTargetAt('x = 5', 1)).toBeNull();
    expect(hoverTargetAt('# robot.straight', 5)).toBeNull();
  });
});
