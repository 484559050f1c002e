import { describe, expect, it } from 'vitest';
import { classifyColor, reflectionOf, sampleFloor } from '../../../sim/arena/floor.ts';
import { COLOR_NAMES, STOP } from '../../../sim/robot/api.ts';
import { ev3, minisumo, spike } from '../../../sim/profiles/index.ts';
import type { ArenaSpec } from '../../../sim/types.ts';
import { SimWorld } from '../../../sim/world.ts';
import { flatArena, oneRobot, portOf, runUntilDone, val } from './helpers.ts';

const BLACK: [number, number, number] = [20, 20, 20];

describe('ultrasonic', () => {
  const wallAt = (faceY: number) =>
    flatArena([{ x: 0, y: faceY + 10, sx: 2000, sy: 20, height: 50 }]);

  for (const [profile, faceY] of [
    [spike, 500],
    [ev3, 800],
    [minisumo, 300],
  ] as const) {
    it(`${profile.id}: reads a wall ${faceY - profile.ultrasonic.y} mm ahead of the sensor within 10 mm`, () => {
      const { dev } = oneRobot(profile, wallAt(faceY));
      const d = val(dev.request('ultrasonic_distance', [portOf(profile, 'ultrasonic')]));
      expect(Math.abs(d - (faceY - profile.ultrasonic.y))).toBeLessThan(10);
    });
  }

  it('every profile mounts its ultrasonic below the top of 50 mm micromouse walls', () => {
    expect(spike.ultrasonic.z).toBeLessThan(50);
    expect(ev3.ultrasonic.z).toBeLessThan(50);
    expect(minisumo.ultrasonic.z).toBeLessThan(50);
  });

  it('no echo: 2000 on SPIKE, 2550 on EV3', () => {
    expect(
      val(oneRobot(spike).dev.request('ultrasonic_distance', [portOf(spike, 'ultrasonic')])),
    ).toBe(2000);
    expect(val(oneRobot(ev3).dev.request('ultrasonic_distance', [portOf(ev3, 'ultrasonic')]))).toBe(
      2550,
    );
  });

  it('sees another robot ahead, but never its own body', () => {
    const world = new SimWorld({
      arena: flatArena(),
      robots: [
        { id: 'A', profile: spike, start: { x: 0, y: 0, heading: 0 } },
        { id: 'B', profile: spike, start: { x: 0, y: 600, heading: 180 } },
      ],
      seed: 1,
    });
    // B's front (bumper) is at 600 − 76 = 524; A's sensor at 70 → 454 mm.
    const a = val(world.devices('A').request('ultrasonic_distance', [portOf(spike, 'ultrasonic')]));
    expect(Math.abs(a - 454)).toBeLessThan(10);
  });
});

describe('colour sensors and floor paint', () => {
  const line: ArenaSpec = flatArena(
    [],
    [{ kind: 'rect', x: -500, y: 0, sx: 1000, sy: 4000, rgb: BLACK }],
  );

  it('reflection over black ≪ over white; half over the edge reads in between', () => {
    const white = sampleFloor(line, 500, 0).reflection;
    const black = sampleFloor(line, -500, 0).reflection;
    const edge = sampleFloor(line, 0, 0).reflection;
    expect(black).toBeLessThan(15);
    expect(white).toBeGreaterThan(90);
    expect(edge).toBeGreaterThan(black + 25);
    expect(edge).toBeLessThan(white - 25);
  });

  it('through the API: the sensor over the black half reads dark, the other light', () => {
    // Robot at x = 0 facing north: left sensor at x = −24 (black), right at +24 (white).
    const { dev } = oneRobot(spike, line);
    const left = val(dev.request('color_reflection', [portOf(spike, 'color_left')]));
    const right = val(dev.request('color_reflection', [portOf(spike, 'color_right')]));
    expect(left).toBeLessThan(15);
    expect(right).toBeGreaterThan(90);
    expect(COLOR_NAMES[val(dev.request('color_color', [portOf(spike, 'color_left')]))]).toBe(
      'BLACK',
    );
    expect(COLOR_NAMES[val(dev.request('color_color', [portOf(spike, 'color_right')]))]).toBe(
      'WHITE',
    );
  });

  it('classifies the arena paints by HSV', () => {
    expect(classifyColor([235, 205, 40])).toBe('YELLOW');
    expect(classifyColor([200, 30, 30])).toBe('RED');
    expect(classifyColor([30, 160, 60])).toBe('GREEN');
    expect(classifyColor([30, 60, 200])).toBe('BLUE');
    expect(classifyColor([128, 128, 128])).toBe('GRAY');
    expect(classifyColor([245, 245, 245])).toBe('WHITE');
    expect(reflectionOf([255, 255, 255])).toBeCloseTo(100, 6);
  });

  it('a stroked path (line track) is painted along its segments only', () => {
    const track = flatArena(
      [],
      [
        {
          kind: 'path',
          points: [
            { x: 0, y: 0 },
            { x: 1000, y: 0 },
          ],
          width: 20,
          rgb: BLACK,
        },
      ],
    );
    expect(sampleFloor(track, 500, 0).color).toBe('BLACK');
    expect(sampleFloor(track, 500, 40).color).toBe('WHITE');
    expect(sampleFloor(track, 1100, 0).color).toBe('WHITE');
  });
});

describe('touch and gyro', () => {
  it('EV3 touch sensor is pressed against a wall', () => {
    const arena = flatArena([{ x: 0, y: 260, sx: 1000, sy: 20, height: 50 }]);
    const { world, dev } = oneRobot(ev3, arena);
    const touch = portOf(ev3, 'touch');
    expect(val(dev.request('touch_pressed', [touch]))).toBe(0);
    dev.request('db_straight', [500, STOP.HOLD, 0]);
    for (let i = 0; i < 600; i++) world.step();
    expect(val(dev.request('touch_pressed', [touch]))).toBe(1);
  });

  it('EV3 gyro counts full turns (unwrapped), clockwise positive', () => {
    const { world, dev } = oneRobot(ev3);
    runUntilDone(world, dev.request('db_turn', [400, STOP.HOLD, 1]), 5000);
    const g = val(dev.request('gyro_angle', [portOf(ev3, 'gyro')]));
    expect(Math.abs(g - 400)).toBeLessThan(5);
    dev.request('gyro_reset_angle', [portOf(ev3, 'gyro'), 0]);
    expect(val(dev.request('gyro_angle', [portOf(ev3, 'gyro')]))).toBe(0);
  });
});
