import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectBlocksToPython } from '../../../blocks/index.ts';
import { readFixture } from './helpers.ts';

// A stand-in for the robot API, for CPython: every call on a robot_setup object is logged
// as "name.method(args)". The ultrasonic sensor comes 100 mm closer at each reading.
const ROBOT_SETUP = `
class _Device:
    def __init__(self, name, answers=None):
        self._name, self._answers = name, answers or {}
    def __getattr__(self, method):
        def call(*args, **kwargs):
            shown = [repr(a) for a in args] + ['%s=%r' % kv for kv in kwargs.items()]
            print('%s.%s(%s)' % (self._name, method, ', '.join(shown)))
            answer = self._answers.get(method)
            return answer() if callable(answer) else answer
        return call

_distances = iter(range(500, -1000, -100))
hub = _Device('hub')
hub.speaker = _Device('hub.speaker')
robot = _Device('robot', {'distance': 0, 'angle': 0, 'done': True})
left_motor, right_motor = _Device('left_motor'), _Device('right_motor')
ultrasonic = _Device('ultrasonic', {'distance': lambda: next(_distances)})
color_left, color_right = _Device('color_left', {'reflection': 30}), _Device('color_right')
touch, gyro, watch = _Device('touch', {'pressed': True}), _Device('gyro'), _Device('watch', {'time': 0})
`;
const TOOLS = `def wait(ms):\n    print('wait(%r)' % ms)\n`;

let stubs = '';

beforeAll(() => {
  stubs = mkdtempSync(join(tmpdir(), 'qadam-blocks-'));
  mkdirSync(join(stubs, 'pybricks'));
  writeFileSync(join(stubs, 'robot_setup.py'), ROBOT_SETUP);
  writeFileSync(join(stubs, 'pybricks', '__init__.py'), '');
  writeFileSync(join(stubs, 'pybricks', 'tools.py'), TOOLS);
});

/** Runs fixture `name`'s Python with the stubs; returns the call log, one call per line. */
function run(name: string): string[] {
  const result = spawnSync('python3', ['-'], {
    input: projectBlocksToPython(readFixture(name)),
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: stubs },
    timeout: 10_000,
  });
  expect(result.stderr).toBe('');
  return result.stdout.trim().split('\n');
}

describe('generated programs do what their blocks say (CPython, stub robot)', () => {
  it('square: four sides of 200 mm with right turns', () => {
    expect(run('square')).toEqual(Array(4).fill(['robot.straight(200)', 'robot.turn(90)']).flat());
  });

  it('wall stop: drives, polls the distance until < 100 mm, brakes', () => {
    expect(run('wall_stop')).toEqual([
      'robot.drive(200, 0)',
      ...[500, 400, 300, 200, 100].flatMap(() => ['ultrasonic.distance()', 'wait(10)']),
      'ultrasonic.distance()',
      'robot.brake()',
      'ultrasonic.distance()',
      '-100',
    ]);
  });

  it('Cyrillic variables and a function: the counter reaches 4', () => {
    const log = run('cyrillic');
    expect(log[0]).toBe('robot.settings(straight_speed=150, turn_rate=90)');
    expect(log.slice(1, 9)).toEqual(
      Array(4).fill(['robot.straight(200)', 'robot.turn(-90)']).flat(),
    );
    expect(log[9]).toBe('4');
  });
});
