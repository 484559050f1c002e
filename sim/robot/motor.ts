/**
 * One motor's controller, modelled on pbio (Pybricks' motor library): coast, brake, dc, and
 * position/speed control following a trapezoidal reference (run, hold, run_time, run_angle,
 * run_target, run_until_stalled), with stall detection and an encoder.
 *
 * The physical actuator is the hinge motor of cannon-es: a velocity servo whose torque is
 * capped per step. Each step the controller asks for a wheel speed (the reference speed plus
 * proportional feedback on the position error) and a torque limit (the stall torque, or less
 * for dc/brake/coast). Angles here are RAW motor degrees: positive = clockwise seen from the
 * shaft (Pybricks' Direction.CLOCKWISE); the Python side applies the user's Direction.
 */
import type { MotorSpec } from '../types.ts';
import { STOP } from './api.ts';
import { Trajectory } from './trajectory.ts';
import type { Reference } from './trajectory.ts';

/** Proportional gain of position feedback, (deg/s) per deg of error. */
const KP = 15;
/** pbio: a motor is stalled when it is saturated and slower than this (deg/s)… */
const STALL_SPEED = 20;
/** …for at least this long (s). pbio's default stall_time is 200 ms. */
const STALL_TIME = 0.2;
/** A stall survives interruptions shorter than this (s). */
const STALL_GRACE = 0.1;
/** Time constant of the speed and saturation averages used for stall detection (s). */
const FILTER_TIME = 0.05;
/** The servo is saturated when it delivers at least this share of its torque limit. */
const SATURATION_SHARE = 0.9;
/** A position manoeuvre is done within this many degrees of its target (pbio ≈ 10 deg). */
export const POSITION_TOLERANCE = 10;
/** Gearbox drag while coasting, as a fraction of stall torque (a coasting robot rolls a bit). */
const COAST_DRAG = 0.03;
/** Passive braking (windings shorted), as a fraction of stall torque. */
const BRAKE_TORQUE = 0.5;

/** What the controller asks of the physical motor for the next step. */
export interface Actuation {
  /** Raw motor speed to servo to, deg/s. */
  speed: number;
  /** Torque limit, N·mm. */
  torque: number;
}

type Mode = 'coast' | 'brake' | 'dc' | 'track' | 'external';

/** What ends a tracking command. */
type Until = 'time' | 'forever' | 'stall';

/** The controller of one motor. */
export class MotorController {
  /** Raw encoder angle, deg (float; the API reports it rounded). */
  angle = 0;
  /** Measured raw speed, deg/s. */
  speed = 0;
  /** Offset set by reset_angle: reported angle = angle - offset. */
  offset = 0;
  /** True while a drive base owns this motor. */
  ownedByDriveBase = false;

  private mode: Mode = 'coast';
  private ref: Reference = Trajectory.hold(0);
  private tau = 0;
  private until: Until = 'time';
  private then: number = STOP.COAST;
  private dutyPct = 0;
  private torqueLimit: number;
  private cmd: Actuation = { speed: 0, torque: 0 };
  private stallFor = 0;
  private calmFor = 0;
  private saturated = false;
  /** Speed averaged over ~50 ms (deg/s), as pbio's speed estimate is filtered. */
  private slowSpeed = 0;
  /** Share of recent steps (~50 ms) in which the torque was saturated, 0..1. */
  private slowSat = 0;
  private finished = true;
  /** Angle at which run_until_stalled stopped. */
  stallAngle = 0;

  constructor(readonly spec: MotorSpec) {
    this.torqueLimit = spec.stallTorque;
  }

  /** Reported angle (deg), after reset_angle. */
  get userAngle(): number {
    return this.angle - this.offset;
  }

  /** True after the stall condition has held for 200 ms (pbio semantics). */
  get stalled(): boolean {
    return this.stallFor >= STALL_TIME;
  }

  /**
   * Saturated and not moving: pbio pauses the reference meanwhile so it cannot run away.
   * Judged on ~50 ms averages: a wheel pressed against a wall jitters in the contact
   * solver, and single-step spikes must not restart the 200 ms stall timer.
   */
  get stalling(): boolean {
    return this.slowSat > 0.5 && Math.abs(this.slowSpeed) < STALL_SPEED;
  }

  /** pbio's done(): passive modes are done; a manoeuvre is done at its target. */
  get done(): boolean {
    return this.finished;
  }

  /** Torque the motor delivered in the last step, mN·m (= N·mm), raw direction. */
  torque = 0;

  /** Load torque, mN·m, as Pybricks' `load()`. */
  get load(): number {
    return this.torque;
  }

  /** A snapshot of the controller state (for the world hash). */
  stateNumbers(): number[] {
    return [
      this.angle,
      this.speed,
      this.offset,
      this.tau,
      this.stallFor,
      this.calmFor,
      this.cmd.speed,
      this.slowSpeed,
      this.slowSat,
    ];
  }

  coast(): void {
    this.mode = 'coast';
    this.finished = true;
  }

  brake(): void {
    this.mode = 'brake';
    this.finished = true;
  }

  dc(duty: number): void {
    this.mode = 'dc';
    this.dutyPct = duty;
    this.finished = true;
  }

  /** Hold the current angle (or `target`, raw deg) with position control. */
  hold(target = this.angle): void {
    this.track(Trajectory.hold(target), 'time', STOP.HOLD);
  }

  /** Run at a raw speed (deg/s) until told otherwise. */
  run(speed: number): void {
    this.track(
      Trajectory.forever(this.angle, this.speed, speed, this.spec.acceleration),
      'forever',
      STOP.COAST,
    );
  }

  runTime(speed: number, ms: number, then: number): void {
    const ref = Trajectory.forTime(
      this.angle,
      this.speed,
      speed,
      ms / 1000,
      this.spec.acceleration,
    );
    this.track(ref, 'time', then);
  }

  /** Move to a raw target angle at |speed|. */
  runTarget(speed: number, target: number, then: number): void {
    const ref = Trajectory.toPosition(
      this.angle,
      this.speed,
      target,
      Math.abs(speed),
      this.spec.acceleration,
    );
    this.track(ref, 'time', then);
  }

  /** Run until the motor stalls; `torque` (N·mm) limits the effort (duty_limit). */
  runUntilStalled(speed: number, then: number, torque: number): void {
    this.track(
      Trajectory.forever(this.angle, this.speed, speed, this.spec.acceleration),
      'stall',
      then,
    );
    this.torqueLimit = torque;
  }

  /** Used by a drive base: servo to this raw speed with the full torque this step. */
  external(speed: number): void {
    this.mode = 'external';
    this.cmd = { speed, torque: this.spec.stallTorque };
  }

  private track(ref: Reference, until: Until, then: number): void {
    this.mode = 'track';
    this.ref = ref;
    this.tau = 0;
    this.until = until;
    this.then = then;
    this.torqueLimit = this.spec.stallTorque;
    this.stallFor = 0;
    this.calmFor = 0;
    this.finished = false;
  }

  /** Compute the actuation for the next step. */
  actuation(): Actuation {
    const max = this.spec.maxSpeed;
    switch (this.mode) {
      case 'coast':
        this.cmd = { speed: 0, torque: COAST_DRAG * this.spec.stallTorque };
        break;
      case 'brake':
        this.cmd = { speed: 0, torque: BRAKE_TORQUE * this.spec.stallTorque };
        break;
      case 'dc': {
        // A DC motor at duty d: no-load speed d·v_max, stall torque d·T_stall.
        const d = this.dutyPct / 100;
        this.cmd = { speed: d * max * 1.1, torque: Math.abs(d) * this.spec.stallTorque };
        break;
      }
      case 'track': {
        const r = this.ref.at(this.tau);
        const v = r.v + KP * (r.x - this.angle);
        this.cmd = { speed: Math.max(-max, Math.min(max, v)), torque: this.torqueLimit };
        break;
      }
      case 'external':
        break;
    }
    return this.cmd;
  }

  /** After the physics step: integrate the encoder and update stall and completion. */
  measure(rawSpeed: number, dt: number, torque: number): void {
    this.speed = rawSpeed;
    this.angle += rawSpeed * dt;
    this.torque = torque;
    const active = this.mode === 'track' || this.mode === 'external' || this.mode === 'dc';
    this.saturated =
      active && this.cmd.torque > 0 && Math.abs(torque) >= SATURATION_SHARE * this.cmd.torque;
    const k = dt / FILTER_TIME;
    this.slowSpeed += k * (rawSpeed - this.slowSpeed);
    this.slowSat += k * ((this.saturated ? 1 : 0) - this.slowSat);
    // Hysteresis: a contact kick shorter than STALL_GRACE does not end a stall.
    if (this.stalling) {
      this.stallFor += dt;
      this.calmFor = 0;
    } else {
      this.calmFor += dt;
      if (this.calmFor > STALL_GRACE) this.stallFor = 0;
    }
    if (this.mode !== 'track') return;
    if (!this.stalling) this.tau += dt;
    if (this.finished) return;
    if (this.until === 'stall') {
      if (this.stalled) {
        this.stallAngle = this.userAngle;
        this.finish();
      }
    } else if (
      this.until === 'time' &&
      this.tau >= this.ref.end &&
      Math.abs(this.ref.x1 - this.angle) <= POSITION_TOLERANCE
    ) {
      this.finish();
    }
  }

  /** Apply the `then` of a finished manoeuvre. NONE keeps holding (no later command). */
  private finish(): void {
    const then = this.then;
    if (then === STOP.COAST || then === STOP.COAST_SMART) this.coast();
    else if (then === STOP.BRAKE) this.brake();
    else {
      // HOLD: keep the controller on the end point (run_until_stalled holds where it stalled).
      const target = this.until === 'stall' ? this.angle : this.ref.x1;
      this.track(Trajectory.hold(target), 'time', STOP.HOLD);
    }
    this.finished = true;
  }
}
