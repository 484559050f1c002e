/**
 * 'lazy' world snapshots (SimWorldApi.snapshot): what a referee reads is computed at once;
 * sensors, the ultrasonic ray and the body list only when first read — a referee never reads
 * them, and their raycasts cost as much as a physics step in a maze. Prototype getters keep
 * these objects as fast as plain ones (per-object defineProperty measured ~5 µs a step
 * slower); toJSON carries the lazy fields too. Meant for readers in the same thread, within
 * the same step (structured clone copies own fields only: send 'full' snapshots instead).
 */
import type { BodySnapshot, CanSnapshot, Ms, Pose2, RobotSnapshot, Vec2 } from './types.ts';

type Sensed = Pick<RobotSnapshot, 'sensors' | 'ray'>;

export class LazyRobotSnapshot implements RobotSnapshot {
  private sensedNow: Sensed | null = null;

  constructor(
    readonly id: string,
    readonly profile: RobotSnapshot['profile'],
    readonly pose: Pose2,
    readonly footprint: Vec2[],
    readonly speed: number,
    readonly lowestZ: number,
    readonly touchingWall: boolean,
    readonly pen: boolean,
    private readonly sense: () => Sensed,
  ) {}

  get sensors(): RobotSnapshot['sensors'] {
    return (this.sensedNow ??= this.sense()).sensors;
  }

  get ray(): RobotSnapshot['ray'] {
    return (this.sensedNow ??= this.sense()).ray;
  }

  toJSON(): RobotSnapshot {
    const { id, profile, pose, footprint, speed, lowestZ, touchingWall, sensors, pen, ray } = this;
    return { id, profile, pose, footprint, speed, lowestZ, touchingWall, sensors, pen, ray };
  }
}

export class LazyWorldSnapshot {
  private bodiesNow: BodySnapshot[] | null = null;

  constructor(
    readonly t: Ms,
    readonly robots: RobotSnapshot[],
    readonly cans: CanSnapshot[],
    private readonly listBodies: () => BodySnapshot[],
  ) {}

  get bodies(): BodySnapshot[] {
    return (this.bodiesNow ??= this.listBodies());
  }

  toJSON(): { t: Ms; robots: RobotSnapshot[]; cans: CanSnapshot[]; bodies: BodySnapshot[] } {
    return { t: this.t, robots: this.robots, cans: this.cans, bodies: this.bodies };
  }
}
