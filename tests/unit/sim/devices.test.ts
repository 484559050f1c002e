import { describe, expect, it } from 'vitest';
import { API_OP_NAMES, DEVICE_KINDS, PORT_NAMES, STOP } from '../../../sim/robot/api.ts';
import type { ApiOp } from '../../../sim/robot/api.ts';
import { ev3, spike } from '../../../sim/profiles/index.ts';
import { oneRobot, portOf, val } from './helpers.ts';

const port = (p: string) => PORT_NAMES.indexOf(p as (typeof PORT_NAMES)[number]);
const kind = (k: string) => DEVICE_KINDS.indexOf(k as (typeof DEVICE_KINDS)[number]);

describe('argument validation (untrusted programs)', () => {
  it('NaN and ±Infinity are EINVAL, never reach the physics', () => {
    const { dev } = oneRobot(spike);
    const m = portOf(spike, 'right_motor');
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(dev.request('motor_run', [m, bad])).toMatchObject({ kind: 'error', code: 'EINVAL' });
      expect(dev.request('db_straight', [bad, STOP.HOLD, 1])).toMatchObject({ code: 'EINVAL' });
      expect(dev.request('db_drive', [100, bad])).toMatchObject({ code: 'EINVAL' });
    }
    expect(dev.request('db_straight', [100, 99, 1])).toMatchObject({ code: 'EINVAL' });
    expect(dev.request('motor_run', [m])).toMatchObject({ code: 'EINVAL' });
  });

  it('a speed of 1e12 is clamped to the motor’s top speed', () => {
    const { world, dev } = oneRobot(spike, undefined, undefined, { initDriveBase: false });
    const m = portOf(spike, 'right_motor');
    expect(dev.request('motor_run', [m, 1e12])).toEqual({ kind: 'value', value: [] });
    for (let i = 0; i < 400; i++) world.step();
    const s = val(dev.request('motor_speed', [m]));
    expect(s).toBeGreaterThan(spike.motor.maxSpeed * 0.95);
    expect(s).toBeLessThanOrEqual(spike.motor.maxSpeed + 5);
  });

  it('db_drive(1e12) is clamped to the drive base’s top speed', () => {
    const { world, dev } = oneRobot(spike);
    dev.request('db_drive', [1e12, 0]);
    for (let i = 0; i < 400; i++) world.step();
    const top = (spike.motor.maxSpeed * Math.PI * 56) / 360;
    expect(world.snapshot().robots[0].speed).toBeLessThanOrEqual(top * 1.02);
  });

  it('db_settings keeps NaN fields and clamps the others', () => {
    const { dev } = oneRobot(spike);
    const before = dev.request('db_settings', [NaN, NaN, NaN, NaN]);
    const after = dev.request('db_settings', [1e9, NaN, NaN, NaN]);
    expect(val(after, 0)).toBeCloseTo((spike.motor.maxSpeed * Math.PI * 56) / 360, 6);
    expect(val(after, 1)).toBe(val(before, 1));
    expect(dev.request('db_settings', [Infinity, NaN, NaN, NaN])).toMatchObject({ code: 'EINVAL' });
  });
});

describe('ports and devices', () => {
  it('wrong port → ENODEV with a clear message', () => {
    const { dev } = oneRobot(spike);
    const out = dev.request('motor_run', [port('C'), 100]);
    expect(out).toMatchObject({ kind: 'error', code: 'ENODEV' });
    expect(out.kind === 'error' && out.message).toContain('no motor on port C');
    expect(dev.request('open', [port('D'), kind('ultrasonic')])).toEqual({
      kind: 'value',
      value: [],
    });
    expect(dev.request('open', [port('D'), kind('color')])).toMatchObject({ code: 'ENODEV' });
    expect(dev.request('ultrasonic_distance', [port('S1')])).toMatchObject({ code: 'ENODEV' });
    expect(dev.request('open', [99, kind('motor')])).toMatchObject({ code: 'EINVAL' });
  });

  it('SPIKE has the hub IMU but no gyro port; EV3 has a gyro port but no hub IMU', () => {
    expect(oneRobot(spike).dev.request('open', [port('A'), kind('gyro')])).toMatchObject({
      code: 'ENODEV',
    });
    expect(val(oneRobot(spike).dev.request('imu_heading', []))).toBeCloseTo(0, 6);
    expect(oneRobot(ev3).dev.request('imu_heading', [])).toMatchObject({ code: 'ENODEV' });
    expect(oneRobot(ev3).dev.request('open', [port('S2'), kind('gyro')])).toEqual({
      kind: 'value',
      value: [],
    });
  });

  it('drive base calls before DriveBase() → EBUSY; wait/clock and forged ops → EBADOP', () => {
    const { dev } = oneRobot(spike, undefined, undefined, { initDriveBase: false });
    expect(dev.request('db_straight', [100, STOP.HOLD, 1])).toMatchObject({ code: 'EBUSY' });
    expect(dev.request('wait', [10])).toMatchObject({ code: 'EBADOP' });
    expect(dev.request('clock', [])).toMatchObject({ code: 'EBADOP' });
    expect(dev.request('__proto__' as ApiOp, [])).toMatchObject({ code: 'EBADOP' });
    expect(dev.request('db_init', [port('A'), port('A'), 56, 112, -1, 1])).toMatchObject({
      code: 'EINVAL',
    });
    expect(dev.request('db_init', [port('A'), port('B'), 0, 112, -1, 1])).toMatchObject({
      code: 'EINVAL',
    });
  });

  it('every operation but wait/clock answers something sensible on default arguments', () => {
    const { world, dev } = oneRobot(spike);
    for (const op of API_OP_NAMES) {
      const out = dev.request(op, [0, 0, 0, 0, 0]);
      expect(['value', 'error', 'block']).toContain(out.kind);
      if (out.kind === 'block') {
        world.step();
        out.poll();
      }
    }
  });

  it('releaseAll() coasts the motors and ends a blocked call', () => {
    const { world, dev } = oneRobot(spike);
    const out = dev.request('db_straight', [2000, STOP.HOLD, 1]);
    for (let i = 0; i < 50; i++) world.step();
    dev.releaseAll();
    expect(out.kind === 'block' && out.poll()).toEqual([]);
    for (let i = 0; i < 400; i++) world.step();
    expect(world.snapshot().robots[0].speed).toBeLessThan(5);
  });

  it('sim_pose gives the true pose; sim_pen toggles the trail', () => {
    const { world, dev } = oneRobot(spike, undefined, { x: 100, y: -50, heading: 30 });
    const p = dev.request('sim_pose', []);
    expect(val(p, 0)).toBeCloseTo(100, 3);
    expect(val(p, 1)).toBeCloseTo(-50, 3);
    expect(val(p, 2)).toBeCloseTo(30, 3);
    // The hub's heading starts at 0 whatever way the robot was placed.
    expect(val(dev.request('imu_heading', []))).toBeCloseTo(0, 6);
    dev.request('sim_pen', [1]);
    expect(world.snapshot().robots[0].pen).toBe(true);
  });
});
