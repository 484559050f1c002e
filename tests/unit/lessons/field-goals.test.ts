/**
 * Open-field lesson goals, judged on real runs: the field's variants come from the seed, a
 * sensor program stops before a wall wherever it stands, driving into it fails, a square route
 * passes its corners in order, and a robot that leaves the table fails at once.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { buildField } from '../../../sim/lessons/field.ts';
import { checkLessonProgram } from '../../../src/lessons/check.ts';
import { lessonFileSchema, parseLessonFile, type LessonFile } from '../../../src/lessons/schema.ts';
import { createNodePool } from '../../../src/runtime/node/pool.ts';

const pool = createNodePool();
afterAll(() => pool.close());

const base = {
  format: 'qadam-lesson',
  version: 1,
  order: 1,
  grade: 2,
  unit: 'sensors',
  title: { kk: 'т', ru: 'т', en: 't' },
  editor: 'python',
  profile: 'spike',
  timeLimitS: 15,
  seeds: [1, 2, 3],
  hints: { kk: [], ru: [], en: [] },
} as const;

const wallLesson: LessonFile = lessonFileSchema.parse({
  ...base,
  id: 'wall',
  task: 'field',
  field: {
    size: [800, 1600],
    border: true,
    start: { x: 0, y: -650, heading: 0 },
    walls: [{ id: 'wall', x: 0, y: [-100, 400], sx: 600, sy: 40 }],
  },
  goal: { kind: 'stopBefore', wall: 'wall', gap: [20, 100] },
});

const run = (file: LessonFile, code: string) =>
  checkLessonProgram({ file, code: `from robot_setup import *\n${code}`, pool });

describe('field variants', () => {
  test('ranges are drawn from the seed, within their bounds, the same for the same seed', () => {
    if (wallLesson.task !== 'field') throw new Error('field lesson expected');
    const ys = [1, 2, 3, 4, 5].map((seed) => buildField(wallLesson.field, seed).walls.wall.minY);
    expect(new Set(ys).size).toBeGreaterThan(2);
    for (const y of ys) expect(y + 20).toBeGreaterThanOrEqual(-100);
    for (const y of ys) expect(y + 20).toBeLessThanOrEqual(400);
    expect(buildField(wallLesson.field, 2)).toEqual(buildField(wallLesson.field, 2));
  });

  test('a choice draws only its own values, and the seeds reach each of them', () => {
    const plug = lessonFileSchema.parse({
      ...base,
      id: 'plug',
      task: 'field',
      field: {
        size: [1000, 1000],
        start: { x: 0, y: 0, heading: 0 },
        walls: [{ id: 'plug', x: { oneOf: [-300, 300] }, y: 200, sx: 40, sy: 40 }],
      },
      goal: { kind: 'stopBefore', wall: 'plug', gap: [20, 100] },
    });
    if (plug.task !== 'field') throw new Error('field lesson expected');
    const xs = Array.from({ length: 10 }, (_, i) => buildField(plug.field, i + 1).walls.plug.minX);
    expect(new Set(xs)).toEqual(new Set([-320, 280]));
  });
});

describe('stop before a wall', () => {
  test('an ultrasonic loop stops in the gap on every variant', async () => {
    const result = await run(
      wallLesson,
      'robot.drive(150, 0)\nwhile ultrasonic.distance() > 60:\n    wait(10)\nrobot.stop()\n',
    );
    expect(result.results.map((r) => r.verdict.reasons[0].code)).toEqual(
      Array(3).fill('goal.stopped_before'),
    );
    expect(result.passed).toBe(true);
  });

  test('driving a fixed distance into the wall fails: touched', async () => {
    const result = await run(wallLesson, 'robot.straight(1200)\n');
    expect(result.passed).toBe(false);
    expect(result.results[0].verdict.reasons[0].code).toBe('goal.touched_wall');
  });

  test('stopping too early fails with the measured gap', async () => {
    const result = await run(wallLesson, 'robot.straight(50)\n');
    const reason = result.results[0].verdict.reasons[0];
    expect(reason.code).toBe('goal.too_far');
    expect(reason.params?.gap).toBeGreaterThan(100);
  });
});

describe('routes and the table', () => {
  const square: LessonFile = lessonFileSchema.parse({
    ...base,
    id: 'square',
    task: 'field',
    field: {
      size: [1400, 1400],
      start: { x: -200, y: -200, heading: 0 },
      zones: [
        { id: 'a', x: -200, y: 200, sx: 160, sy: 160, color: 'yellow' },
        { id: 'b', x: 200, y: 200, sx: 160, sy: 160, color: 'yellow' },
        { id: 'c', x: 200, y: -200, sx: 160, sy: 160, color: 'yellow' },
        { id: 'home', x: -200, y: -200, sx: 200, sy: 200, color: 'blue' },
      ],
    },
    goal: {
      kind: 'route',
      steps: [{ zone: 'a' }, { zone: 'b' }, { zone: 'c' }],
      end: { zone: 'home' },
    },
  });

  test('a square passes the corners in order and comes home', async () => {
    const result = await run(
      square,
      'for i in range(4):\n    robot.straight(400)\n    robot.turn(90)\n',
    );
    expect(result.passed).toBe(true);
  });

  test('the wrong way round misses the steps', async () => {
    const result = await run(
      square,
      'for i in range(4):\n    robot.turn(90)\n    robot.straight(400)\n',
    );
    expect(result.passed).toBe(false);
    expect(result.results[0].verdict.reasons[0]).toMatchObject({
      code: 'goal.route_incomplete',
      params: { total: 3 },
    });
  });

  test('leaving the table fails at once', async () => {
    const result = await run(square, 'robot.straight(2000)\n');
    expect(result.results[0].verdict.reasons[0].code).toBe('goal.off_table');
    expect(result.results[0].verdict.simTimeMs).toBeLessThan(8000);
  });
});

describe('lesson files', () => {
  test('a goal naming a missing zone is refused with the file named', () => {
    const text = JSON.stringify({
      ...base,
      id: 'bad',
      task: 'field',
      field: { size: [500, 500], start: { x: 0, y: 0, heading: 0 } },
      goal: { kind: 'reach', zone: 'nowhere' },
    });
    expect(() => parseLessonFile(text, 'bad/task.json')).toThrow(/bad\/task\.json.*"nowhere"/);
  });

  test('an empty choice is refused', () => {
    const text = JSON.stringify({
      ...wallLesson,
      field: {
        ...(wallLesson as { field: object }).field,
        start: { x: { oneOf: [] }, y: 0, heading: 0 },
      },
    });
    expect(() => parseLessonFile(text, 'w.json')).toThrow(/field\.start\.x/);
  });

  test('a malformed range is refused', () => {
    const text = JSON.stringify({
      ...wallLesson,
      field: { ...(wallLesson as { field: object }).field, start: { x: [5, 1], y: 0, heading: 0 } },
    });
    expect(() => parseLessonFile(text, 'w.json')).toThrow(/field\.start\.x/);
  });
});
