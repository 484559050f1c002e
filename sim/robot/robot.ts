/**
 * One simulated robot: its body, motor controllers, optional drive base, IMU and the
 * per-step bookkeeping between controllers and physics.
 */
import { Vec3 } from 'cannon-es';
import type { ContactEquation, World } from 'cannon-es';
import { radToDeg } from '../math/dmath.ts';
import type { PortName, RobotProfile } from '../types.ts';
import type { RobotBody } from './body.ts';
import type { DriveBase } from './drivebase.ts';
import { MotorController } from './motor.ts';
import { bumperForce, Imu, ultrasonic } from './sensors.ts';
import type { UltrasonicReading } from './sensors.ts';

/** A motor port wired to one of the two driven wheels. */
export interface WheelMotor {
  motor: MotorController;
  /** 0 = left wheel, 1 = right wheel. */
  wheel: 0 | 1;
  /** +1 if raw positive rolls the wheel forward, −1 for a mirrored mount. */
  forward: 1 | -1;
}

const AXIS_X = new Vec3(1, 0, 0);

/** The controllers and state of one robot. */
export class Robot {
  readonly motors = new Map<PortName, WheelMotor>();
  readonly imu: Imu;
  driveBase: DriveBase | null = null;
  pen = false;
  /** Bumper force in the last step, N. */
  force = 0;
  touchingWall = false;

  constructor(
    readonly id: string,
    readonly index: number,
    readonly profile: RobotProfile,
    readonly body: RobotBody,
  ) {
    for (const [port, dev] of Object.entries(profile.ports)) {
      if (dev?.kind !== 'motor') continue;
      this.motors.set(port as PortName, {
        motor: new MotorController(profile.motor),
        wheel: dev.role === 'right_motor' ? 1 : 0,
        forward: dev.mirrored ? -1 : 1,
      });
    }
    this.imu = new Imu(body);
  }

  /** Before the physics step: controllers → hinge motor speed and torque limit. */
  preStep(dt: number): void {
    this.driveBase?.control();
    for (const wm of this.motors.values()) {
      const act = wm.motor.actuation();
      const hinge = this.body.hinges[wm.wheel];
      // Hinge equation: axisA·ω_chassis − axisB·ω_wheel = target, so the wheel turns at
      // −target about the chassis +x axis; forward rolling is negative about +x.
      hinge.setMotorSpeed((wm.forward * act.speed * Math.PI) / 180);
      // NB: the motor's force limit is an impulse per step in cannon-es: torque × dt.
      hinge.setMotorMaxForce((act.torque / 1000) * dt);
    }
  }

  /** After the physics step: encoders, drive base, IMU, bumper. */
  postStep(dt: number, contacts: readonly ContactEquation[]): void {
    const ch = this.body.chassis;
    const axis = ch.vectorToWorldFrame(AXIS_X);
    for (const wm of this.motors.values()) {
      const w = this.body.wheels[wm.wheel].angularVelocity;
      const c = ch.angularVelocity;
      const rel = (w.x - c.x) * axis.x + (w.y - c.y) * axis.y + (w.z - c.z) * axis.z;
      // The motor equation's multiplier is its torque (N·m) on the wheel about the axis.
      const torque = this.body.hinges[wm.wheel].motorEquation.multiplier * 1000;
      wm.motor.measure(-wm.forward * radToDeg(rel), dt, -wm.forward * torque);
    }
    this.driveBase?.update(dt);
    this.imu.update();
    this.force = bumperForce(contacts, this.body);
  }

  private us: { t: number; reading: UltrasonicReading } | null = null;

  /**
   * The exact ultrasonic reading at world time `t` (ms), cached per step: the world does not
   * move between two reads in one step, and 5 rays against a 544-box maze cost ~0.3 ms.
   */
  ultrasonicAt(world: World, t: number): UltrasonicReading {
    if (this.us?.t !== t) this.us = { t, reading: ultrasonic(world, this.body) };
    return this.us.reading;
  }

  /** Program ended: motors coast, drive base released. */
  releaseAll(): void {
    this.driveBase?.stop();
    if (this.driveBase) {
      this.driveBase.left.motor.ownedByDriveBase = false;
      this.driveBase.right.motor.ownedByDriveBase = false;
    }
    this.driveBase = null;
    for (const wm of this.motors.values()) wm.motor.coast();
    this.pen = false;
  }

  /** Remove the robot's bodies from the world (world teardown). */
  remove(world: World): void {
    for (const h of this.body.hinges) world.removeConstraint(h);
    for (const b of [this.body.chassis, ...this.body.wheels]) world.removeBody(b);
  }
}
