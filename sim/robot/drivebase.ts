/**
 * Pybricks DriveBase semantics on two motor controllers, after pbio's drivebase.c:
 *
 * - Two controllers, distance (mm) and heading (deg, clockwise positive), each following a
 *   trapezoidal reference; their outputs are mixed into left/right wheel speeds.
 * - Geometry is what the PROGRAM passed to `DriveBase(…, wheel_diameter, axle_track)`: as on
 *   a hub, wrong numbers give wrong distances. The physical wheels are the profile's.
 * - Defaults as pbio's drivebase_adopt_settings: straight speed 40 % of the top speed, turn
 *   rate 33 %, accelerations 3/4 of the motor's.
 * - Stall: the drive base is stalled when either motor is (saturated and nearly still for
 *   200 ms). While stalling, pbio PAUSES the reference ("control_paused"), so the target is
 *   never reached and `pbio_drivebase_is_done` stays false: a robot pushed against a wall
 *   stays inside straight() (API.md), and `stalled()` reports it. pybricks/support#767 fixed
 *   the stall flag being raised spuriously for position-based drive commands.
 * - Motor directions: db_init carries each motor's Direction as the program set it; the drive
 *   base commands "positive" on both, and the profile's mounting decides where the wheel rolls.
 */
import { PI } from '../math/dmath.ts';
import { STOP } from './api.ts';
import type { MotorController } from './motor.ts';
import { ScaledTrajectory, Trajectory } from './trajectory.ts';
import type { Reference } from './trajectory.ts';

/** Feedback gains, 1/s: (mm/s per mm) and ((deg/s) per deg). */
const KP_DISTANCE = 10;
const KP_HEADING = 10;
/** Done within this distance (mm) and heading (deg) of the target. */
const DISTANCE_TOLERANCE = 3;
const HEADING_TOLERANCE = 1;

/** Drive settings in Pybricks units. */
export interface DriveSettings {
  straightSpeed: number;
  straightAcceleration: number;
  turnRate: number;
  turnAcceleration: number;
}

/** One wheel: its controller and the sign that makes its raw angle "forward". */
export interface DriveWheel {
  motor: MotorController;
  /** The program's Direction for this motor: +1 clockwise, −1 counter-clockwise. */
  forward: 1 | -1;
}

type Mode = 'idle' | 'track';

/** A drive base over two wheels. */
export class DriveBase {
  settings: DriveSettings;
  /** Limits that settings are clamped to. */
  readonly maxSpeed: number;
  readonly maxTurnRate: number;
  useGyro = false;

  private mode: Mode = 'idle';
  private dRef: Reference = Trajectory.hold(0);
  private hRef: Reference = Trajectory.hold(0);
  private tau = 0;
  private then: number = STOP.HOLD;
  private finished = true;
  private distOffset = 0;
  private angleOffset = 0;

  constructor(
    readonly left: DriveWheel,
    readonly right: DriveWheel,
    readonly wheelDiameter: number,
    readonly axleTrack: number,
    /** Continuous IMU heading (deg, clockwise positive), for use_gyro. */
    private readonly gyroHeading: () => number,
  ) {
    const m = left.motor.spec;
    const mmPerDeg = (PI * wheelDiameter) / 360;
    this.maxSpeed = m.maxSpeed * mmPerDeg;
    this.maxTurnRate = (m.maxSpeed * wheelDiameter) / axleTrack;
    const acc = m.acceleration * 0.75;
    this.settings = {
      straightSpeed: this.maxSpeed * 0.4,
      straightAcceleration: acc * mmPerDeg,
      turnRate: this.maxTurnRate / 3,
      turnAcceleration: (acc * wheelDiameter) / axleTrack,
    };
    left.motor.ownedByDriveBase = true;
    right.motor.ownedByDriveBase = true;
  }

  private wheelDeg(w: DriveWheel): number {
    return w.forward * w.motor.angle;
  }

  private wheelSpeed(w: DriveWheel): number {
    return w.forward * w.motor.speed;
  }

  /** Raw distance (mm) from the encoders, without the reset offset. */
  private rawDistance(): number {
    const avg = (this.wheelDeg(this.left) + this.wheelDeg(this.right)) / 2;
    return (avg * PI * this.wheelDiameter) / 360;
  }

  /** Raw heading (deg): from the wheels, or the IMU with use_gyro. */
  private rawAngle(): number {
    if (this.useGyro) return this.gyroHeading();
    const diff = this.wheelDeg(this.left) - this.wheelDeg(this.right);
    return (diff * this.wheelDiameter) / (2 * this.axleTrack);
  }

  distance(): number {
    return this.rawDistance() - this.distOffset;
  }

  angle(): number {
    return this.rawAngle() - this.angleOffset;
  }

  /** [distance, drive_speed, angle, turn_rate] as Pybricks' state(). */
  state(): [number, number, number, number] {
    const sl = this.wheelSpeed(this.left);
    const sr = this.wheelSpeed(this.right);
    const speed = (((sl + sr) / 2) * PI * this.wheelDiameter) / 360;
    const rate = ((sl - sr) * this.wheelDiameter) / (2 * this.axleTrack);
    return [this.distance(), speed, this.angle(), rate];
  }

  reset(distance: number, angle: number): void {
    this.distOffset = this.rawDistance() - distance;
    this.angleOffset = this.rawAngle() - angle;
    if (this.mode === 'track') this.holdHere(STOP.HOLD);
  }

  get done(): boolean {
    return this.finished;
  }

  get stalled(): boolean {
    return this.mode === 'track' && (this.left.motor.stalled || this.right.motor.stalled);
  }

  /** Current reference speeds (for starting a new manoeuvre smoothly). */
  private refSpeeds(): [number, number] {
    if (this.mode !== 'track') return [0, 0];
    return [this.dRef.at(this.tau).v, this.hRef.at(this.tau).v];
  }

  private start(d: Reference, h: Reference, then: number): void {
    this.dRef = d;
    this.hRef = h;
    this.tau = 0;
    this.then = then;
    this.mode = 'track';
    this.finished = false;
  }

  private refHeadingNow(): number {
    return this.mode === 'track' ? this.hRef.at(this.tau).x : this.rawAngle();
  }

  private refDistanceNow(): number {
    return this.mode === 'track' ? this.dRef.at(this.tau).x : this.rawDistance();
  }

  straight(mm: number, then: number): void {
    const [vd] = this.refSpeeds();
    const d0 = this.refDistanceNow();
    const s = this.settings;
    const d = Trajectory.toPosition(d0, vd, d0 + mm, s.straightSpeed, s.straightAcceleration);
    this.start(d, Trajectory.hold(this.refHeadingNow()), then);
  }

  turn(deg: number, then: number): void {
    const [, vh] = this.refSpeeds();
    const h0 = this.refHeadingNow();
    const s = this.settings;
    const h = Trajectory.toPosition(h0, vh, h0 + deg, s.turnRate, s.turnAcceleration);
    this.start(Trajectory.hold(this.refDistanceNow()), h, then);
  }

  /** Drive along an arc of `radius` (mm) through `deg`; the longer axis leads (pbio stretch). */
  curve(radius: number, deg: number, then: number): void {
    const arc = (radius * deg * PI) / 180;
    const d0 = this.refDistanceNow();
    const h0 = this.refHeadingNow();
    const s = this.settings;
    const dT = Trajectory.toPosition(d0, 0, d0 + arc, s.straightSpeed, s.straightAcceleration);
    const hT = Trajectory.toPosition(h0, 0, h0 + deg, s.turnRate, s.turnAcceleration);
    if (deg === 0 || arc === 0) {
      this.start(dT, Trajectory.hold(h0), then);
    } else if (dT.end >= hT.end) {
      this.start(dT, new ScaledTrajectory(dT, d0, h0, deg / arc), then);
    } else {
      this.start(new ScaledTrajectory(hT, h0, d0, arc / deg), hT, then);
    }
  }

  drive(speed: number, turnRate: number): void {
    const [vd, vh] = this.refSpeeds();
    const s = this.settings;
    this.start(
      Trajectory.forever(this.refDistanceNow(), vd, speed, s.straightAcceleration),
      Trajectory.forever(this.refHeadingNow(), vh, turnRate, s.turnAcceleration),
      STOP.NONE,
    );
  }

  private holdHere(then: number): void {
    this.start(Trajectory.hold(this.rawDistance()), Trajectory.hold(this.rawAngle()), then);
    this.finished = true;
  }

  /** stop(): coast both motors, control off. */
  stop(): void {
    this.mode = 'idle';
    this.finished = true;
    this.left.motor.coast();
    this.right.motor.coast();
  }

  brake(): void {
    this.mode = 'idle';
    this.finished = true;
    this.left.motor.brake();
    this.right.motor.brake();
  }

  /** A wheel motor was commanded directly: the drive base lets go (pbio stop_from_servo). */
  cancel(): void {
    if (this.mode === 'track') this.stop();
  }

  /** Before the physics step: mix both controllers into wheel speeds. */
  control(): void {
    if (this.mode !== 'track') return;
    const dr = this.dRef.at(this.tau);
    const hr = this.hRef.at(this.tau);
    const v = dr.v + KP_DISTANCE * (dr.x - this.rawDistance());
    const w = hr.v + KP_HEADING * (hr.x - this.rawAngle());
    const vDeg = (v * 360) / (PI * this.wheelDiameter);
    const wDeg = (w * this.axleTrack) / this.wheelDiameter;
    let l = vDeg + wDeg;
    let r = vDeg - wDeg;
    // Over the top speed: scale both so the heading (the ratio) is kept, as pbio gives
    // heading priority over distance.
    const max = this.left.motor.spec.maxSpeed;
    const top = Math.max(Math.abs(l), Math.abs(r));
    if (top > max) {
      l = (l * max) / top;
      r = (r * max) / top;
    }
    this.left.motor.external(this.left.forward * l);
    this.right.motor.external(this.right.forward * r);
  }

  /** After the physics step: advance the reference (paused while stalling) and check done. */
  update(dt: number): void {
    if (this.mode !== 'track') return;
    const stalling = this.left.motor.stalling || this.right.motor.stalling;
    if (!stalling) this.tau += dt;
    if (this.finished) return;
    const end = Math.max(this.dRef.end, this.hRef.end);
    if (!Number.isFinite(end) || this.tau < end) return;
    if (
      Math.abs(this.dRef.x1 - this.rawDistance()) > DISTANCE_TOLERANCE ||
      Math.abs(this.hRef.x1 - this.rawAngle()) > HEADING_TOLERANCE
    ) {
      return;
    }
    this.finished = true;
    if (this.then === STOP.COAST || this.then === STOP.COAST_SMART) this.stop();
    else if (this.then === STOP.BRAKE) this.brake();
    else this.start(Trajectory.hold(this.dRef.x1), Trajectory.hold(this.hRef.x1), this.then);
    this.finished = true;
  }

  /** Numbers of the controller state (world hash). */
  stateNumbers(): number[] {
    return [this.tau, this.distOffset, this.angleOffset, this.mode === 'track' ? 1 : 0];
  }
}
