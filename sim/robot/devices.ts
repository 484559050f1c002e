/**
 * Executes the robot API (robot/api.ts) against ONE robot (DESIGN.md I-7): a program reaches
 * its own robot's devices and nothing else. Every argument is validated (args.ts); blocking
 * operations return a poll closure the host calls after every physics step.
 *
 * Results follow Pybricks' types: integers where Pybricks returns int (motor angle/speed,
 * distances in mm, reflection), floats otherwise (drive base angle, force).
 */
import type { World } from 'cannon-es';
import { rgbToHsv } from '../arena/floor.ts';
import { normalizeDeg } from '../math/dmath.ts';
import type { Rng } from '../math/prng.ts';
import type { ArenaSpec, DeviceKind, PortName } from '../types.ts';
import type { RobotDevicesApi } from '../world-types.ts';
import type { ApiOp, ApiOutcome } from './api.ts';
import { API_OPS, COLOR_NAMES } from './api.ts';
import * as A from './args.ts';
import type { DriveBase } from './drivebase.ts';
import { applySettings, createDriveBase } from './drivebase-ops.ts';
import type { MotorController } from './motor.ts';
import type { Robot } from './robot.ts';
import { colorSensor, NOISE } from './sensors.ts';

/** What the devices need from the world. */
export interface DeviceContext {
  world: World;
  arena: ArenaSpec;
  /** World time, ms. */
  now: () => number;
  /** Seeded noise source, or null for exact readings. */
  rng: Rng | null;
}

const value = (...v: number[]): ApiOutcome => ({ kind: 'value', value: v });
const NONE: ApiOutcome = { kind: 'value', value: [] };

/** Force sensor range (SPIKE force sensor: 0–10 N). */
const FORCE_MAX = 10;
/** Force above which `touched()` is true, and the EV3 touch sensor's click force (N). */
const TOUCHED_FORCE = 0.2;
const TOUCH_CLICK_FORCE = 1;

/** The devices of one robot. */
export class RobotDevices implements RobotDevicesApi {
  /** Bumped whenever a motor or the drive base gets a new command (ends older polls). */
  private generation = 0;
  private light = -1;

  constructor(
    private readonly robot: Robot,
    private readonly ctx: DeviceContext,
  ) {}

  request(op: ApiOp, args: readonly number[]): ApiOutcome {
    if (!Object.prototype.hasOwnProperty.call(API_OPS, op) || op === 'wait' || op === 'clock') {
      return { kind: 'error', code: 'EBADOP', message: `unknown operation ${String(op)}` };
    }
    if (!Array.isArray(args)) return { kind: 'error', code: 'EINVAL', message: 'bad arguments' };
    try {
      return this.exec(op, args);
    } catch (e) {
      return A.errorOutcome(e);
    }
  }

  releaseAll(): void {
    this.generation++;
    this.robot.releaseAll();
    this.light = -1;
  }

  /** The device kind on a port, or an ENODEV error with a clear message. */
  private expect(p: PortName, k: DeviceKind): void {
    const dev = this.robot.profile.ports[p];
    if (dev?.kind === k) return;
    const has = dev ? ` (port ${p} has a ${dev.kind} sensor)`.replace('motor sensor', 'motor') : '';
    throw new A.ApiError('ENODEV', `no ${k} on port ${p}${has}`);
  }

  private motor(args: readonly number[], command: boolean): MotorController {
    const p = A.port(args);
    this.expect(p, 'motor');
    const wm = this.robot.motors.get(p);
    if (!wm) throw new A.ApiError('ENODEV', `no motor on port ${p}`);
    if (command) {
      this.generation++;
      // A direct motor command cancels the drive base (API.md; pbio stop_from_servo).
      if (wm.motor.ownedByDriveBase) this.robot.driveBase?.cancel();
    }
    return wm.motor;
  }

  private db(command: boolean): DriveBase {
    const db = this.robot.driveBase;
    if (!db) throw new A.ApiError('EBUSY', 'DriveBase is not initialised');
    if (command) this.generation++;
    return db;
  }

  /** Block until `done()` (or until a newer command replaces this one), then reply. */
  private blockUntil(
    wait: boolean,
    done: () => boolean,
    reply: () => number[] = () => [],
  ): ApiOutcome {
    if (!wait) return NONE;
    const gen = this.generation;
    return { kind: 'block', poll: () => (gen !== this.generation || done() ? reply() : null) };
  }

  private sensor(args: readonly number[], k: DeviceKind): void {
    this.expect(A.port(args), k);
  }

  private colorAt(args: readonly number[]) {
    const p = A.port(args);
    this.expect(p, 'color');
    const role = this.robot.profile.ports[p]?.role;
    const prof = this.robot.profile;
    const mount = role === 'color_right' ? prof.colorRight : prof.colorLeft;
    return colorSensor(this.ctx.arena, this.robot.body, mount, this.ctx.rng);
  }

  /** Ultrasonic distance: the step's exact reading plus noise drawn per read, as a real sensor's. */
  private ultrasonicNow(): number {
    const { distance, hit } = this.robot.ultrasonicAt(this.ctx.world, this.ctx.now());
    if (!hit || !this.ctx.rng) return distance;
    const max = this.robot.profile.ultrasonic.maxRange;
    return A.clamp(distance + NOISE.distance * this.ctx.rng.gaussian(), 0, max);
  }

  private force(): number {
    const f = this.robot.force + (this.ctx.rng ? NOISE.force * this.ctx.rng.gaussian() : 0);
    return A.clamp(f, 0, FORCE_MAX);
  }

  private exec(op: ApiOp, args: readonly number[]): ApiOutcome {
    const r = this.robot;
    const spec = r.profile.motor;
    const vmax = spec.maxSpeed;
    switch (op) {
      case 'open': {
        const p = A.port(args);
        const k = A.kind(args, 1);
        if (k === 'gyro' && r.profile.gyroPort === undefined) {
          throw new A.ApiError('ENODEV', `no gyro on port ${p} (use hub.imu)`);
        }
        this.expect(p, k);
        return NONE;
      }
      // --- motors
      case 'motor_run':
        this.motor(args, true).run(A.clamped(args, 1, 'speed', vmax));
        return NONE;
      case 'motor_dc':
        this.motor(args, true).dc(A.clamped(args, 1, 'duty', 100));
        return NONE;
      case 'motor_stop':
        this.motor(args, true).coast();
        return NONE;
      case 'motor_brake':
        this.motor(args, true).brake();
        return NONE;
      case 'motor_hold':
        this.motor(args, true).hold();
        return NONE;
      case 'motor_run_time': {
        const m = this.motor(args, true);
        const speed = A.clamped(args, 1, 'speed', vmax);
        const ms = A.clamp(A.num(args, 2, 'time'), 0, A.MAX_TIME_MS);
        m.runTime(speed, ms, A.stop(args, 3));
        return this.blockUntil(A.flag(args, 4, 'wait'), () => m.done);
      }
      case 'motor_run_angle': {
        const m = this.motor(args, true);
        const speed = A.clamped(args, 1, 'speed', vmax);
        const angle = A.clamped(args, 2, 'angle', A.MAX_TRAVEL);
        // Pybricks: the sign of speed × angle gives the direction.
        const dir = Math.sign(speed) * Math.sign(angle);
        m.runTarget(speed, m.angle + dir * Math.abs(angle), A.stop(args, 3));
        return this.blockUntil(A.flag(args, 4, 'wait'), () => m.done);
      }
      case 'motor_run_target': {
        const m = this.motor(args, true);
        const speed = A.clamped(args, 1, 'speed', vmax);
        const target = A.clamped(args, 2, 'target', A.MAX_TRAVEL);
        m.runTarget(speed, target + m.offset, A.stop(args, 3));
        return this.blockUntil(A.flag(args, 4, 'wait'), () => m.done);
      }
      case 'motor_run_until_stalled': {
        const m = this.motor(args, true);
        const speed = A.clamped(args, 1, 'speed', vmax);
        const then = A.stop(args, 2);
        const duty = A.num(args, 3, 'dutyLimit');
        const torque =
          duty < 0 ? spec.stallTorque : (A.clamp(duty, 0, 100) / 100) * spec.stallTorque;
        m.runUntilStalled(speed, then, torque);
        return this.blockUntil(
          true,
          () => m.done,
          () => [Math.round(m.stallAngle)],
        );
      }
      case 'motor_angle':
        return value(Math.round(this.motor(args, false).userAngle));
      case 'motor_speed':
        return value(Math.round(this.motor(args, false).speed));
      case 'motor_reset_angle': {
        const m = this.motor(args, false);
        const a = A.clamped(args, 1, 'angle', A.MAX_TRAVEL);
        m.offset = m.angle - a;
        return NONE;
      }
      case 'motor_done':
        return value(this.motor(args, false).done ? 1 : 0);
      case 'motor_stalled':
        return value(this.motor(args, false).stalled ? 1 : 0);
      case 'motor_load':
        return value(Math.round(this.motor(args, false).load));
      // --- drive base
      case 'db_init':
        return this.dbInit(args);
      case 'db_straight': {
        const db = this.db(true);
        db.straight(A.clamped(args, 0, 'distance', A.MAX_TRAVEL), A.stop(args, 1));
        return this.blockUntil(A.flag(args, 2, 'wait'), () => db.done);
      }
      case 'db_turn': {
        const db = this.db(true);
        db.turn(A.clamped(args, 0, 'angle', A.MAX_TRAVEL), A.stop(args, 1));
        return this.blockUntil(A.flag(args, 2, 'wait'), () => db.done);
      }
      case 'db_curve': {
        const db = this.db(true);
        const radius = A.clamped(args, 0, 'radius', A.MAX_TRAVEL);
        db.curve(radius, A.clamped(args, 1, 'angle', A.MAX_TRAVEL), A.stop(args, 2));
        return this.blockUntil(A.flag(args, 3, 'wait'), () => db.done);
      }
      case 'db_drive': {
        const db = this.db(true);
        const speed = A.clamped(args, 0, 'speed', db.maxSpeed);
        db.drive(speed, A.clamped(args, 1, 'turnRate', db.maxTurnRate));
        return NONE;
      }
      case 'db_stop':
        this.db(true).stop();
        return NONE;
      case 'db_brake':
        this.db(true).brake();
        return NONE;
      case 'db_settings':
        return this.dbSettings(args);
      case 'db_distance':
        return value(Math.round(this.db(false).distance()));
      case 'db_angle':
        return value(this.db(false).angle());
      case 'db_state': {
        const [d, v, a, w] = this.db(false).state();
        return value(Math.round(d), Math.round(v), a, w);
      }
      case 'db_reset': {
        const db = this.db(false);
        db.reset(
          A.clamped(args, 0, 'distance', A.MAX_TRAVEL),
          A.clamped(args, 1, 'angle', A.MAX_TRAVEL),
        );
        return NONE;
      }
      case 'db_done':
        return value(this.db(false).done ? 1 : 0);
      case 'db_stalled':
        return value(this.db(false).stalled ? 1 : 0);
      case 'db_use_gyro': {
        const db = this.db(false);
        db.useGyro = A.flag(args, 0, 'on');
        return NONE;
      }
      // --- sensors
      case 'ultrasonic_distance':
        this.sensor(args, 'ultrasonic');
        return value(Math.round(this.ultrasonicNow()));
      case 'color_reflection':
        return value(Math.round(this.colorAt(args).reflection));
      case 'color_ambient':
        // Room light reflected by the floor under the sensor: a fraction of reflection.
        return value(Math.round(this.colorAt(args).reflection * 0.15));
      case 'color_color':
        return value(COLOR_NAMES.indexOf(this.colorAt(args).color));
      case 'color_rgb': {
        const c = this.colorAt(args).rgb;
        return value(...c.map((x) => Math.round((x / 255) * 100)));
      }
      case 'color_hsv': {
        const c = this.colorAt(args).rgb;
        return value(...rgbToHsv(c).map((x) => Math.round(x)));
      }
      case 'force_force':
        this.sensor(args, 'force');
        return value(Math.round(this.force() * 100) / 100);
      case 'force_pressed': {
        this.sensor(args, 'force');
        const threshold = A.clamp(A.num(args, 1, 'force'), 0, FORCE_MAX);
        return value(this.force() >= threshold ? 1 : 0);
      }
      case 'force_touched':
        this.sensor(args, 'force');
        return value(this.force() >= TOUCHED_FORCE ? 1 : 0);
      case 'touch_pressed':
        this.sensor(args, 'touch');
        return value(r.force >= TOUCH_CLICK_FORCE ? 1 : 0);
      case 'gyro_angle':
        this.sensor(args, 'gyro');
        return value(Math.round(r.imu.value));
      case 'gyro_speed':
        this.sensor(args, 'gyro');
        return value(Math.round(r.imu.rate));
      case 'gyro_reset_angle':
        this.sensor(args, 'gyro');
        r.imu.offset = r.imu.heading - A.clamped(args, 1, 'angle', A.MAX_TRAVEL);
        return NONE;
      case 'imu_heading':
        this.hubImu();
        return value(r.imu.value);
      case 'imu_reset_heading':
        this.hubImu();
        r.imu.offset = r.imu.heading - A.clamped(args, 0, 'angle', A.MAX_TRAVEL);
        return NONE;
      case 'imu_angular_velocity':
        this.hubImu();
        return value(r.imu.rate);
      // --- hub
      case 'hub_beep': {
        A.num(args, 0, 'frequency');
        const ms = A.clamp(A.num(args, 1, 'duration'), 0, A.MAX_TIME_MS);
        const end = this.ctx.now() + ms;
        return { kind: 'block', poll: () => (this.ctx.now() >= end ? [] : null) };
      }
      case 'hub_light_on':
        this.light = A.index(args, 0, 'color', COLOR_NAMES.length);
        return NONE;
      case 'hub_light_off':
        this.light = -1;
        return NONE;
      case 'hub_buttons_pressed':
        return NONE;
      // --- simulator-only
      case 'sim_pose': {
        const p = r.body.chassis.position;
        return value(p.x * 1000, p.y * 1000, normalizeDeg(r.imu.heading));
      }
      case 'sim_pen':
        r.pen = A.flag(args, 0, 'on');
        return NONE;
      default:
        return { kind: 'error', code: 'EBADOP', message: `unknown operation ${String(op)}` };
    }
  }

  /** SPIKE's hub IMU: the EV3 brick has none (it uses a GyroSensor on a port). */
  private hubImu(): void {
    if (this.robot.profile.hub !== 'prime') {
      throw new A.ApiError('ENODEV', 'this hub has no built-in IMU: use a GyroSensor');
    }
  }

  private dbInit(args: readonly number[]): ApiOutcome {
    const lp = A.port(args, 0);
    const rp = A.port(args, 1);
    this.expect(lp, 'motor');
    this.expect(rp, 'motor');
    this.generation++;
    createDriveBase(this.robot, lp, rp, args);
    return NONE;
  }

  private dbSettings(args: readonly number[]): ApiOutcome {
    return value(...applySettings(this.db(false), args));
  }

  /** Hub light colour index, −1 when off (for the dashboard). */
  get lightColor(): number {
    return this.light;
  }
}
