/**
 * A small stand-in for SimWorld (SimWorldApi) for the runtime's tests: kinematic robots
 * (no physics), a log of every request each robot's devices received, clamping and NaN
 * rejection as the real devices promise. Deterministic: same requests ⇒ same hash.
 */
import { DEVICE_KINDS, PORT_NAMES, type ApiOp, type ApiOutcome } from '../../sim/robot/api.ts';
import { STEP_MS, type RobotDevicesApi, type SimWorldApi } from '../../sim/world-types.ts';
import type { RobotProfile, WorldSnapshot } from '../../sim/types.ts';

/** One request as a robot's devices saw it: raw args and the values actually applied. */
export interface FakeCall {
  t: number;
  robot: string;
  op: ApiOp;
  args: number[];
  /** Arguments after clamping, or 'EINVAL' when rejected. */
  applied: number[] | 'EINVAL';
}

export interface FakeRobotOptions {
  id: string;
  /** Port → device kind; default: the SPIKE layout (A, B motors; C force; D ultrasonic; E, F colour). */
  ports?: RobotProfile['ports'];
  start?: { x: number; y: number; heading: number };
}

const SPIKE_PORTS: RobotProfile['ports'] = {
  A: { kind: 'motor', role: 'left_motor' },
  B: { kind: 'motor', role: 'right_motor' },
  C: { kind: 'force', role: 'touch' },
  D: { kind: 'ultrasonic', role: 'ultrasonic' },
  E: { kind: 'color', role: 'color_left' },
  F: { kind: 'color', role: 'color_right' },
};

/** Speeds are clamped to this (mm/s, deg/s), distances and angles to ±LIMIT_DIST. */
export const LIMIT_SPEED = 1000;
export const LIMIT_DIST = 100_000;
const DEG = Math.PI / 180;
const clamp = (v: number, lim: number): number => Math.max(-lim, Math.min(lim, v));

class FakeRobot implements RobotDevicesApi {
  x: number;
  y: number;
  heading: number;
  speed = 0;
  turnRate = 0;
  distance = 0;
  angle = 0;
  target: { kind: 'straight' | 'turn'; to: number } | null = null;
  motors = new Map<number, { speed: number; angle: number }>();
  settings = [300, 1000, 200, 1000];
  released = 0;

  constructor(
    private readonly world: FakeWorld,
    readonly id: string,
    private readonly ports: RobotProfile['ports'],
    start: { x: number; y: number; heading: number },
  ) {
    this.x = start.x;
    this.y = start.y;
    this.heading = start.heading;
  }

  request(op: ApiOp, args: readonly number[]): ApiOutcome {
    const call: FakeCall = {
      t: this.world.timeMs,
      robot: this.id,
      op,
      args: [...args],
      applied: [...args],
    };
    this.world.calls.push(call);
    const nanOk = op === 'db_settings';
    if (args.some((a) => (Number.isNaN(a) ? !nanOk : !Number.isFinite(a)))) {
      call.applied = 'EINVAL';
      return { kind: 'error', code: 'EINVAL', message: `${op}: bad value` };
    }
    const a = args.map((v, i) =>
      i === 0 && op.startsWith('db_straight') ? clamp(v, LIMIT_DIST) : v,
    );
    const ok = (value: number[] = []): ApiOutcome => ({ kind: 'value', value });
    switch (op) {
      case 'open': {
        const dev = this.ports[PORT_NAMES[a[0]]];
        return dev && dev.kind === DEVICE_KINDS[a[1]]
          ? ok()
          : {
              kind: 'error',
              code: 'ENODEV',
              message: `no ${DEVICE_KINDS[a[1]]} on port ${PORT_NAMES[a[0]]}`,
            };
      }
      case 'motor_run':
        call.applied = [a[0], clamp(a[1], LIMIT_SPEED)];
        this.motor(a[0]).speed = clamp(a[1], LIMIT_SPEED);
        return ok();
      case 'motor_angle':
        return ok([Math.round(this.motor(a[0]).angle)]);
      case 'motor_speed':
        return ok([this.motor(a[0]).speed]);
      case 'db_drive':
        call.applied = [clamp(a[0], LIMIT_SPEED), clamp(a[1], LIMIT_SPEED)];
        this.target = null;
        this.speed = clamp(a[0], LIMIT_SPEED);
        this.turnRate = clamp(a[1], LIMIT_SPEED);
        return ok();
      case 'db_stop':
      case 'db_brake':
        this.target = null;
        this.speed = this.turnRate = 0;
        return ok();
      case 'db_straight':
      case 'db_turn': {
        call.applied = [a[0], a[1], a[2]];
        const straight = op === 'db_straight';
        this.target = {
          kind: straight ? 'straight' : 'turn',
          to: (straight ? this.distance : this.angle) + a[0],
        };
        this.speed = straight ? Math.sign(a[0]) * this.settings[0] : 0;
        this.turnRate = straight ? 0 : Math.sign(a[0]) * this.settings[2];
        if (a[2] === 0) return ok();
        return { kind: 'block', poll: () => (this.target === null ? [] : null) };
      }
      case 'db_settings':
        a.forEach((v, i) => {
          if (!Number.isNaN(v)) this.settings[i] = clamp(v, LIMIT_SPEED);
        });
        return ok([...this.settings]);
      case 'db_distance':
        return ok([Math.round(this.distance)]);
      case 'db_angle':
        return ok([Math.round(this.angle)]);
      case 'db_done':
        return ok([this.target === null ? 1 : 0]);
      case 'db_state':
        return ok([this.distance, this.speed, this.angle, this.turnRate]);
      case 'ultrasonic_distance':
        return ok([
          this.world.wallY === null ? 2000 : Math.max(0, Math.round(this.world.wallY - this.y)),
        ]);
      case 'imu_heading':
        return ok([this.heading]);
      case 'sim_pose':
        return ok([this.x, this.y, this.heading]);
      case 'hub_beep': {
        const until = this.world.timeMs + Math.max(0, a[1]);
        return { kind: 'block', poll: () => (this.world.timeMs >= until ? [] : null) };
      }
      default:
        return ok();
    }
  }

  releaseAll(): void {
    this.released++;
    this.target = null;
    this.speed = this.turnRate = 0;
    for (const m of this.motors.values()) m.speed = 0;
  }

  step(dt: number): void {
    let ds = this.speed * dt;
    let da = this.turnRate * dt;
    if (
      this.target?.kind === 'straight' &&
      Math.abs(this.target.to - this.distance) <= Math.abs(ds)
    ) {
      ds = this.target.to - this.distance;
      this.target = null;
      this.speed = 0;
    }
    if (this.target?.kind === 'turn' && Math.abs(this.target.to - this.angle) <= Math.abs(da)) {
      da = this.target.to - this.angle;
      this.target = null;
      this.turnRate = 0;
    }
    this.distance += ds;
    this.angle += da;
    this.heading += da;
    this.x += Math.sin(this.heading * DEG) * ds;
    this.y += Math.cos(this.heading * DEG) * ds;
    for (const m of this.motors.values()) m.angle += m.speed * dt;
  }

  private motor(port: number): { speed: number; angle: number } {
    let m = this.motors.get(port);
    if (!m) this.motors.set(port, (m = { speed: 0, angle: 0 }));
    return m;
  }
}

export class FakeWorld implements SimWorldApi {
  timeMs = 0;
  readonly calls: FakeCall[] = [];
  readonly robots: FakeRobot[];
  /** A wall across the arena at this y (mm) for the ultrasonic sensor, or null. */
  wallY: number | null;

  constructor(robots: FakeRobotOptions[], opts: { wallY?: number } = {}) {
    this.wallY = opts.wallY ?? null;
    this.robots = robots.map(
      (r) =>
        new FakeRobot(this, r.id, r.ports ?? SPIKE_PORTS, r.start ?? { x: 0, y: 0, heading: 0 }),
    );
  }

  step(): void {
    for (const r of this.robots) r.step(STEP_MS / 1000);
    this.timeMs += STEP_MS;
  }

  devices(robotId: string): RobotDevicesApi {
    const r = this.robots.find((x) => x.id === robotId);
    if (!r) throw new Error(`no robot ${robotId}`);
    return r;
  }

  /** Calls of one robot, without the readout queries the host makes on its own. */
  callsOf(robotId: string, ops?: readonly ApiOp[]): FakeCall[] {
    return this.calls.filter((c) => c.robot === robotId && (!ops || ops.includes(c.op)));
  }

  snapshot(): WorldSnapshot {
    return {
      t: this.timeMs,
      cans: [],
      bodies: [],
      robots: this.robots.map((r) => ({
        id: r.id,
        profile: 'spike',
        pose: { x: r.x, y: r.y, heading: r.heading },
        footprint: [],
        speed: Math.abs(r.speed),
        lowestZ: 0,
        touchingWall: false,
        sensors: {
          distance: 2000,
          reflectionLeft: 0,
          reflectionRight: 0,
          colorLeft: 'NONE',
          colorRight: 'NONE',
          force: 0,
          pressed: false,
          heading: r.heading,
          leftAngle: 0,
          rightAngle: 0,
        },
        pen: false,
        ray: { from: { x: r.x, y: r.y }, to: { x: r.x, y: r.y }, hit: false },
      })),
    };
  }

  hash(): string {
    // FNV-1a over the exact state: any difference in what programs did shows up here.
    const s = JSON.stringify([
      this.timeMs,
      this.robots.map((r) => [r.x, r.y, r.heading, r.distance, r.angle]),
    ]);
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  }
}
