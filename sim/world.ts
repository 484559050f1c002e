/**
 * The simulated world: a fixed-step (5 ms) cannon-es world with the arena, its cans and the
 * robots (DESIGN.md I-1, I-2). Same options ⇒ bit-identical states, step by step.
 *
 * Physics settings, and why:
 * - NaiveBroadphase: a world holds ≤ ~20 bodies (robots, wheels, cans, one merged wall body),
 *   so all-pairs is cheap and its pair order is deterministic. GridBroadphase crashes with a
 *   Plane.
 * - Gauss–Seidel with warm starting (solver.ts), 10 iterations: see SOLVER_ITERATIONS.
 * - Damping 0 on every body: cannon applies damping through Math.pow, which differs between
 *   engines; pow(1, dt) is exactly 1 everywhere.
 */
import { NaiveBroadphase, World } from 'cannon-es';
import { WarmStartSolver } from './solver.ts';
import type { Body } from 'cannon-es';
import { createRng } from './math/prng.ts';
import type { Rng } from './math/prng.ts';
import { mountToWorld, colorSensor } from './robot/sensors.ts';
import { createMaterials, createRobotBody, GRAVITY, MAX_ROBOTS } from './robot/body.ts';
import type { WorldMaterials } from './robot/body.ts';
import { RobotDevices } from './robot/devices.ts';
import { Robot } from './robot/robot.ts';
import { addCan, addFloor, addWalls } from './world-build.ts';
import { normalizeDeg } from './math/dmath.ts';
import type { ApiOp, ApiOutcome } from './robot/api.ts';
import type { RobotDevicesApi, SimWorldApi, SnapshotDetail, WorldOptions } from './world-types.ts';
import { STEP_MS } from './world-types.ts';
import { LazyRobotSnapshot, LazyWorldSnapshot } from './snapshot-lazy.ts';
import type { BodySnapshot, CanSnapshot, Ms, RobotSnapshot, Vec2, WorldSnapshot } from './types.ts';
import type { RobotBody } from './robot/body.ts';

/**
 * Gauss–Seidel iterations per step (cannon's default, 10). Measured with the warm-started
 * solver (solver.ts) and the yaw-only chassis (robot/body.ts), Node 20: straight(1000) ends
 * within 0.2 mm of 1000 mm, turn(90) within 0.14°, for every profile, and a robot pushing a
 * wall stalls with honest encoders, at 10, 15 or 20 iterations alike — so 10. Before those
 * two fixes even 40 iterations left wheels creeping against walls.
 */
const SOLVER_ITERATIONS = 10;

const DT = STEP_MS / 1000;

/** Footprint corners (arena frame, mm) of a robot's chassis box, front-left first, clockwise. */
export function footprintOf(rb: RobotBody): Vec2[] {
  const { length, width } = rb.profile.chassis;
  const corners: Array<[number, number]> = [
    [-width / 2, length / 2],
    [width / 2, length / 2],
    [width / 2, -length / 2],
    [-width / 2, -length / 2],
  ];
  return corners.map(([x, y]) => {
    const p = mountToWorld(rb, { x, y, z: 0 });
    return { x: p.x * 1000, y: p.y * 1000 };
  });
}

/** Lowest point of the robot above the floor (mm): chassis box corners and wheel bottoms. */
function lowestZ(rb: RobotBody): number {
  const { length, width, clearance, height } = rb.profile.chassis;
  let low = Infinity;
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      for (const z of [clearance, clearance + height]) {
        const p = mountToWorld(rb, { x: (sx * width) / 2, y: (sy * length) / 2, z });
        low = Math.min(low, p.z * 1000);
      }
    }
  }
  for (const w of rb.wheels) low = Math.min(low, (w.position.z - rb.wheelRadius) * 1000);
  return low;
}

function bodySnap(id: string, b: Body): BodySnapshot {
  const p = b.position;
  const q = b.quaternion;
  return { id, pos: [p.x, p.y, p.z], quat: [q.x, q.y, q.z, q.w] };
}

/** The simulated world. */
export class SimWorld implements SimWorldApi {
  readonly world: World;
  readonly robots: Robot[] = [];
  private readonly devs = new Map<string, RobotDevices>();
  private readonly cans: Array<{ id: string; body: Body; radius: number; height: number }> = [];
  private readonly walls: Body | null;
  private readonly mats: WorldMaterials;
  /** Each robot's noise stream (null without noise), part of the hashed state. */
  private readonly rngs: Array<Rng | null> = [];
  private steps = 0;

  constructor(readonly opts: WorldOptions) {
    if (opts.robots.length > MAX_ROBOTS) throw new Error(`at most ${MAX_ROBOTS} robots`);
    const world = new World({ gravity: undefined, allowSleep: false });
    world.gravity.set(0, 0, -GRAVITY);
    world.broadphase = new NaiveBroadphase();
    const solver = new WarmStartSolver();
    solver.iterations = SOLVER_ITERATIONS;
    solver.tolerance = 1e-7;
    world.solver = solver;
    // Normalise quaternions exactly every step (no "fast" approximation).
    world.quatNormalizeSkip = 0;
    world.quatNormalizeFast = false;
    this.world = world;
    this.mats = createMaterials(world);
    addFloor(world, this.mats);
    this.walls = addWalls(world, opts.arena, this.mats);
    for (const c of opts.arena.cans) {
      this.cans.push({
        id: c.id,
        body: addCan(world, c, this.mats),
        radius: c.radius,
        height: c.height,
      });
    }
    opts.robots.forEach((placement, i) => {
      const body = createRobotBody(world, this.mats, placement.profile, placement.start, i);
      const robot = new Robot(placement.id, i, placement.profile, body);
      this.robots.push(robot);
      // Each robot has its own noise stream, so one program's reads never shift another's.
      const rng = opts.noise ? createRng((opts.seed ^ Math.imul(i + 1, 0x9e3779b9)) | 0) : null;
      this.rngs.push(rng);
      this.devs.set(
        placement.id,
        new RobotDevices(robot, {
          world,
          arena: opts.arena,
          now: () => this.timeMs,
          rng,
        }),
      );
    });
  }

  get timeMs(): Ms {
    return this.steps * STEP_MS;
  }

  step(): void {
    for (const r of this.robots) r.preStep(DT);
    this.world.step(DT);
    this.steps++;
    const contacts = this.world.contacts;
    for (const r of this.robots) {
      r.postStep(DT, contacts);
      r.touchingWall = false;
    }
    if (this.walls) {
      for (const c of contacts) {
        const other = c.bi === this.walls ? c.bj : c.bj === this.walls ? c.bi : null;
        if (!other) continue;
        for (const r of this.robots) {
          const b = r.body;
          if (other === b.chassis || other === b.wheels[0] || other === b.wheels[1]) {
            r.touchingWall = true;
          }
        }
      }
    }
  }

  devices(robotId: string): RobotDevicesApi {
    const d = this.devs.get(robotId);
    if (!d) throw new Error(`no robot ${robotId}`);
    return d;
  }

  /** Shortcut for tests and the host: one request to one robot. */
  request(robotId: string, op: ApiOp, args: readonly number[]): ApiOutcome {
    return this.devices(robotId).request(op, args);
  }

  snapshot(detail: SnapshotDetail = 'full'): WorldSnapshot {
    const robots: RobotSnapshot[] = this.robots.map((r) => {
      const b = r.body;
      const p = b.chassis.position;
      const v = b.chassis.velocity;
      const pose = { x: p.x * 1000, y: p.y * 1000, heading: normalizeDeg(r.imu.heading) };
      const footprint = footprintOf(b);
      const speed = Math.sqrt(v.x * v.x + v.y * v.y) * 1000;
      const low = lowestZ(b);
      if (detail === 'full') {
        const { sensors, ray } = this.sensed(r);
        const [id, profile, touchingWall, pen] = [r.id, r.profile.id, r.touchingWall, r.pen];
        // NB: the field order of a full snapshot is kept as it was (JSON of snapshots).
        return {
          id,
          profile,
          pose,
          footprint,
          speed,
          lowestZ: low,
          touchingWall,
          sensors,
          pen,
          ray,
        };
      }
      const [id, profile, touching, pen] = [r.id, r.profile.id, r.touchingWall, r.pen];
      const sense = () => this.sensed(r);
      return new LazyRobotSnapshot(id, profile, pose, footprint, speed, low, touching, pen, sense);
    });
    const cans: CanSnapshot[] = this.cans.map((c) => ({
      id: c.id,
      x: c.body.position.x * 1000,
      y: c.body.position.y * 1000,
      lowestZ: this.canLowestZ(c.body, c.radius, c.height),
      radius: c.radius,
    }));
    const bodies = (): BodySnapshot[] => {
      const list: BodySnapshot[] = [];
      for (const r of this.robots) {
        list.push(bodySnap(`${r.id}.chassis`, r.body.chassis));
        list.push(bodySnap(`${r.id}.wheelL`, r.body.wheels[0]));
        list.push(bodySnap(`${r.id}.wheelR`, r.body.wheels[1]));
      }
      for (const c of this.cans) list.push(bodySnap(`can.${c.id}`, c.body));
      return list;
    };
    if (detail === 'full') return { t: this.timeMs, robots, cans, bodies: bodies() };
    return new LazyWorldSnapshot(this.timeMs, robots, cans, bodies);
  }

  /** A robot's sensor readings and ultrasonic ray, as the dashboard and renderer show them. */
  private sensed(r: Robot): Pick<RobotSnapshot, 'sensors' | 'ray'> {
    const b = r.body;
    const us = r.ultrasonicAt(this.world, this.timeMs);
    const cl = colorSensor(this.opts.arena, b, r.profile.colorLeft, null);
    const cr = colorSensor(this.opts.arena, b, r.profile.colorRight, null);
    const wheelAngle = (w: 0 | 1): number => {
      for (const wm of r.motors.values()) if (wm.wheel === w) return wm.motor.userAngle;
      return 0;
    };
    return {
      sensors: {
        distance: us.distance,
        reflectionLeft: cl.reflection,
        reflectionRight: cr.reflection,
        colorLeft: cl.color,
        colorRight: cr.color,
        force: r.force,
        pressed: r.force >= 3,
        heading: r.imu.value,
        leftAngle: wheelAngle(0),
        rightAngle: wheelAngle(1),
      },
      ray: { from: us.from, to: us.to, hit: us.hit },
    };
  }

  /** A tilted can's lowest rim point: centre z − (h/2)·|cos tilt| − r·|sin tilt|. */
  private canLowestZ(b: Body, radius: number, height: number): number {
    const q = b.quaternion;
    // z component of the can's local +z axis = cos(tilt).
    const cz = 1 - 2 * (q.x * q.x + q.y * q.y);
    const sz = Math.sqrt(Math.max(0, 1 - cz * cz));
    return b.position.z * 1000 - (height / 2) * Math.abs(cz) - radius * sz;
  }

  hash(): string {
    let h = 0x811c9dc5;
    const buf = new DataView(new ArrayBuffer(8));
    const feed = (x: number): void => {
      buf.setFloat64(0, x);
      for (let i = 0; i < 8; i++) {
        h ^= buf.getUint8(i);
        h = Math.imul(h, 0x01000193);
      }
    };
    feed(this.steps);
    for (const b of this.world.bodies) {
      if (b.mass === 0) continue;
      for (const v of [b.position, b.velocity, b.angularVelocity]) {
        feed(v.x);
        feed(v.y);
        feed(v.z);
      }
      const q = b.quaternion;
      feed(q.x);
      feed(q.y);
      feed(q.z);
      feed(q.w);
    }
    for (const r of this.robots) {
      for (const wm of r.motors.values()) for (const x of wm.motor.stateNumbers()) feed(x);
      if (r.driveBase) for (const x of r.driveBase.stateNumbers()) feed(x);
      feed(r.imu.heading);
      feed(r.imu.offset);
    }
    for (const rng of this.rngs) if (rng) for (const x of rng.state()) feed(x);
    return (h >>> 0).toString(16).padStart(8, '0');
  }
}
