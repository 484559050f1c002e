import { describe, expect, it } from 'vitest';
import { STOP } from '../../../sim/robot/api.ts';
import { PROFILES } from '../../../sim/profiles/index.ts';
import { spike } from '../../../sim/profiles/spike.ts';
import { directionsOf, flatArena, oneRobot, portOf, pose, runUntilDone, val } from './helpers.ts';

const HOLD = STOP.HOLD;

describe('drive base moves the real robot as commanded', () => {
  for (const profile of Object.values(PROFILES)) {
    it(`${profile.id}: straight(1000) travels 1000 mm ± 1 % (true pose)`, () => {
      const { world, dev } = oneRobot(profile);
      const steps = runUntilDone(world, dev.request('db_straight', [1000, HOLD, 1]), 6000);
      expect(steps).not.toBeNull();
      const p = pose(world);
      expect(Math.abs(Math.sqrt(p.x * p.x + p.y * p.y) - 1000)).toBeLessThan(10);
      expect(Math.abs(p.heading)).toBeLessThan(1);
      // Done within the drive base's position tolerance (3 mm), as pbio's is_done.
      expect(Math.abs(val(dev.request('db_distance', [])) - 1000)).toBeLessThanOrEqual(3);
    });

    it(`${profile.id}: turn(90) turns 90° ± 2° clockwise (true heading)`, () => {
      const { world, dev } = oneRobot(profile);
      expect(runUntilDone(world, dev.request('db_turn', [90, HOLD, 1]), 2000)).not.toBeNull();
      expect(Math.abs(pose(world).heading - 90)).toBeLessThan(2);
      expect(Math.abs(val(dev.request('db_angle', [])) - 90)).toBeLessThan(1);
    });
  }

  it('turn(-90) turns left, and the IMU heading follows', () => {
    const { world, dev } = oneRobot(spike);
    runUntilDone(world, dev.request('db_turn', [-90, HOLD, 1]), 2000);
    expect(Math.abs(pose(world).heading + 90)).toBeLessThan(2);
    expect(Math.abs(val(dev.request('imu_heading', [])) + 90)).toBeLessThan(2);
  });

  it('the program’s wheel_diameter is used: a 10 % too large diameter drives 10 % short', () => {
    const { world, dev } = oneRobot(spike, flatArena(), undefined, { initDriveBase: false });
    dev.request('db_init', [
      portOf(spike, 'left_motor'),
      portOf(spike, 'right_motor'),
      61.6,
      112,
      ...directionsOf(spike),
    ]);
    runUntilDone(world, dev.request('db_straight', [1000, HOLD, 1]), 6000);
    expect(Math.abs(pose(world).y - 1000 / 1.1)).toBeLessThan(10);
  });

  it('settings() defaults follow pbio: 40 % of top speed, turn rate 1/3', () => {
    const { dev } = oneRobot(spike);
    const out = dev.request('db_settings', [NaN, NaN, NaN, NaN]);
    const top = (spike.motor.maxSpeed * Math.PI * 56) / 360;
    expect(val(out, 0)).toBeCloseTo(top * 0.4, 6);
    expect(val(out, 2)).toBeCloseTo((spike.motor.maxSpeed * 56) / 112 / 3, 6);
  });

  it('curve(radius 200, 90°) ends near (200, 200) facing east', () => {
    const { world, dev } = oneRobot(spike);
    runUntilDone(world, dev.request('db_curve', [200, 90, HOLD, 1]), 4000);
    const p = pose(world);
    // Robot centre is 20 mm behind the axle (axleY = 20): allow for it.
    expect(Math.abs(p.heading - 90)).toBeLessThan(2);
    expect(Math.abs(p.x - 200)).toBeLessThan(30);
    expect(Math.abs(p.y - 200)).toBeLessThan(30);
  });

  it('a motor command cancels the drive base (API.md)', () => {
    const { world, dev } = oneRobot(spike);
    dev.request('db_drive', [200, 0]);
    for (let i = 0; i < 100; i++) world.step();
    dev.request('motor_stop', [portOf(spike, 'left_motor')]);
    for (let i = 0; i < 200; i++) world.step();
    expect(world.snapshot().robots[0].speed).toBeLessThan(20);
  });
});

describe('stall: a robot pushed against a wall stays inside straight()', () => {
  // Wall face 300 mm ahead of the robot centre; spike's bumper is at 76 mm.
  const arena = flatArena([{ x: 0, y: 310, sx: 1000, sy: 20, height: 50 }]);

  it('after 5 s the call is still blocked, stalled() is 1, and the robot is not through the wall', () => {
    const { world, dev } = oneRobot(spike, arena);
    const out = dev.request('db_straight', [1000, HOLD, 1]);
    expect(runUntilDone(world, out, 1000)).toBeNull(); // 1000 steps = 5 s
    expect(val(dev.request('db_stalled', []))).toBe(1);
    expect(val(dev.request('db_done', []))).toBe(0);
    const snap = world.snapshot().robots[0];
    for (const c of snap.footprint) expect(c.y).toBeLessThan(300.5);
    expect(snap.touchingWall).toBe(true);
    // Encoders stay honest: the wheels grip instead of spinning on the spot.
    expect(Math.abs(val(dev.request('db_distance', [])) - snap.pose.y)).toBeLessThan(15);
  });

  it('the force sensor on the bumper reads the push (≥ 3 N) at the wall and 0 in free space', () => {
    const { world, dev } = oneRobot(spike, arena);
    const force = portOf(spike, 'touch');
    expect(val(dev.request('force_force', [force]))).toBe(0);
    dev.request('db_straight', [1000, HOLD, 0]);
    for (let i = 0; i < 600; i++) world.step();
    expect(val(dev.request('force_pressed', [force, 3]))).toBe(1);
    expect(val(dev.request('force_force', [force]))).toBeGreaterThan(3);
  });

  it('motor run_until_stalled returns when the wheel is blocked', () => {
    const { world, dev } = oneRobot(spike, arena, undefined, { initDriveBase: false });
    const l = portOf(spike, 'left_motor');
    const r = portOf(spike, 'right_motor');
    dev.request('motor_run', [r, 300]);
    const out = dev.request('motor_run_until_stalled', [l, -300, STOP.COAST, -1]);
    const steps = runUntilDone(world, out, 2000);
    expect(steps).not.toBeNull();
  });
});

describe('motors', () => {
  it('run_angle(500, 360) turns the motor 360° ± 10 and blocks until done', () => {
    const { world, dev } = oneRobot(spike, flatArena(), undefined, { initDriveBase: false });
    const m = portOf(spike, 'right_motor');
    const steps = runUntilDone(world, dev.request('motor_run_angle', [m, 500, 360, HOLD, 1]), 1000);
    expect(steps).not.toBeNull();
    expect(Math.abs(val(dev.request('motor_angle', [m])) - 360)).toBeLessThanOrEqual(10);
  });

  it('run(speed) reaches the speed; reset_angle offsets angle()', () => {
    const { world, dev } = oneRobot(spike, flatArena(), undefined, { initDriveBase: false });
    const m = portOf(spike, 'right_motor');
    dev.request('motor_run', [m, 400]);
    for (let i = 0; i < 200; i++) world.step();
    expect(Math.abs(val(dev.request('motor_speed', [m])) - 400)).toBeLessThan(20);
    dev.request('motor_reset_angle', [m, 10]);
    expect(val(dev.request('motor_angle', [m]))).toBe(10);
  });
});
