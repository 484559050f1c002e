/**
 * The robot's sensors, read from the physical world: ultrasonic (raycasts), downward colour
 * sensors (floor paint), force/touch (contacts on the front bumper), gyro/IMU (chassis
 * orientation). Pure functions of the world state, plus the IMU's unwrapped heading.
 */
import { RaycastResult, Vec3 } from 'cannon-es';
import type { ContactEquation, World } from 'cannon-es';
import { sampleFloor } from '../arena/floor.ts';
import { cos, degToRad, normalizeDeg, quatHeadingDeg, radToDeg, sin } from '../math/dmath.ts';
import type { Rng } from '../math/prng.ts';
import type { ArenaSpec, FloorSample, Mm, Mount, Vec2 } from '../types.ts';
import { ALL_ROBOTS, GROUP } from './body.ts';
import type { RobotBody } from './body.ts';

/** Optional sensor noise (WorldOptions.noise): standard deviations. */
export const NOISE = {
  /** mm */
  distance: 3,
  /** % reflection */
  reflection: 1,
  /** N */
  force: 0.05,
} as const;

/** A point of the robot's frame (mm, z above the floor) in physics coordinates (m). */
export function mountToWorld(rb: RobotBody, m: Mount): Vec3 {
  const local = new Vec3(m.x / 1000, m.y / 1000, m.z / 1000 - rb.centreZ);
  return rb.chassis.pointToWorldFrame(local);
}

/** One ultrasonic reading: distance (mm) and the drawn ray (arena frame, mm). */
export interface UltrasonicReading {
  distance: Mm;
  hit: boolean;
  from: Vec2;
  to: Vec2;
}

const rayResult = new RaycastResult();

/**
 * Ultrasonic distance: a fan of 5 rays over the profile's cone from the mount, closest hit.
 * The robot's own chassis is excluded by its collision group; the floor is not a target (the
 * rays are level with the chassis). Beyond range or no hit → the profile's noEcho value.
 */
export function ultrasonic(world: World, rb: RobotBody): UltrasonicReading {
  const us = rb.profile.ultrasonic;
  const from = mountToWorld(rb, us);
  const range = us.maxRange / 1000;
  const mask = GROUP.WALL | GROUP.CAN | (ALL_ROBOTS & ~rb.group);
  let best = Infinity;
  for (let i = -2; i <= 2; i++) {
    const a = degToRad((us.halfConeDeg * i) / 2);
    const dir = rb.chassis.vectorToWorldFrame(new Vec3(sin(a), cos(a), 0));
    const to = new Vec3(from.x + dir.x * range, from.y + dir.y * range, from.z + dir.z * range);
    rayResult.reset();
    world.raycastClosest(from, to, { collisionFilterMask: mask, skipBackfaces: true }, rayResult);
    if (rayResult.hasHit && rayResult.distance < best) best = rayResult.distance;
  }
  const fwd = rb.chassis.vectorToWorldFrame(new Vec3(0, 1, 0));
  const hit = best <= range;
  const len = hit ? best : range;
  return {
    distance: hit ? best * 1000 : us.noEcho,
    hit,
    from: { x: from.x * 1000, y: from.y * 1000 },
    to: { x: (from.x + fwd.x * len) * 1000, y: (from.y + fwd.y * len) * 1000 },
  };
}

/** What a downward colour sensor at `mount` sees (arena frame). */
export function colorSensor(
  arena: ArenaSpec,
  rb: RobotBody,
  m: Mount,
  rng: Rng | null,
): FloorSample {
  const p = mountToWorld(rb, m);
  const s = sampleFloor(arena, p.x * 1000, p.y * 1000);
  if (!rng) return s;
  const r = Math.max(0, Math.min(100, s.reflection + NOISE.reflection * rng.gaussian()));
  return { ...s, reflection: r };
}

/**
 * Sum of the normal forces (N) on the robot's bumper shape in the last step: the contact
 * equations' multipliers, which the solver sets to impulse / dt.
 */
export function bumperForce(contacts: readonly ContactEquation[], rb: RobotBody): number {
  let f = 0;
  for (const c of contacts) {
    if (c.si === rb.bumper || c.sj === rb.bumper) f += Math.abs(c.multiplier);
  }
  return f;
}

/**
 * The hub's IMU / gyro: heading unwrapped over turns (clockwise positive), and yaw rate.
 * Updated after every physics step so full turns are counted.
 */
export class Imu {
  /** Continuous heading of the chassis, deg, since the start. */
  heading = 0;
  /** Yaw rate, deg/s, clockwise positive. */
  rate = 0;
  /** Offset from reset_heading / reset_angle. */
  offset = 0;
  private last: number;

  constructor(private readonly rb: RobotBody) {
    this.last = this.raw();
    this.heading = this.last;
    // A hub's heading() starts at 0 when the program starts, whatever way the robot faces.
    this.offset = this.last;
  }

  private raw(): number {
    const q = this.rb.chassis.quaternion;
    return quatHeadingDeg(q.x, q.y, q.z, q.w);
  }

  update(): void {
    const now = this.raw();
    this.heading += normalizeDeg(now - this.last);
    this.last = now;
    // Clockwise positive: the opposite of the right-handed rotation about +z.
    this.rate = -radToDeg(this.rb.chassis.angularVelocity.z);
  }

  /** Heading as the program sees it (after resets). */
  get value(): number {
    return this.heading - this.offset;
  }
}
