/** Small arenas and a driver for the simulation tests. */
import { PORT_NAMES } from '../../../sim/robot/api.ts';
import type { ApiOutcome } from '../../../sim/robot/api.ts';
import type { ArenaSpec, Pose2, RobotProfile, WallBox } from '../../../sim/types.ts';
import { SimWorld } from '../../../sim/world.ts';

/** A white floor, no walls, no cans. */
export function flatArena(walls: WallBox[] = [], floor: ArenaSpec['floor'] = []): ArenaSpec {
  return {
    id: 'test',
    bounds: { minX: -3000, maxX: 3000, minY: -3000, maxY: 3000 },
    floorRgb: [250, 250, 250],
    floor,
    walls,
    cans: [],
  };
}

/** Port index (PORT_NAMES) of the device with this role in a profile. */
export function portOf(p: RobotProfile, role: string): number {
  const entry = Object.entries(p.ports).find(([, d]) => d?.role === role);
  if (!entry) throw new Error(`no ${role} on ${p.id}`);
  return PORT_NAMES.indexOf(entry[0] as (typeof PORT_NAMES)[number]);
}

/** A one-robot world with the drive base initialised with the profile's true geometry. */
export function oneRobot(
  profile: RobotProfile,
  arena: ArenaSpec = flatArena(),
  start: Pose2 = { x: 0, y: 0, heading: 0 },
  opts: { seed?: number; noise?: boolean; initDriveBase?: boolean } = {},
) {
  const world = new SimWorld({
    arena,
    robots: [{ id: 'A', profile, start }],
    seed: opts.seed ?? 1,
    noise: opts.noise ?? false,
  });
  const dev = world.devices('A');
  if (opts.initDriveBase !== false) {
    const r = dev.request('db_init', [
      portOf(profile, 'left_motor'),
      portOf(profile, 'right_motor'),
      profile.wheels.diameter,
      profile.wheels.axleTrack,
      ...directionsOf(profile),
    ]);
    if (r.kind !== 'value') throw new Error('db_init failed');
  }
  return { world, dev };
}

/** The Directions a correct robot_setup gives the drive motors (COUNTERCLOCKWISE if mirrored). */
export function directionsOf(profile: RobotProfile): [number, number] {
  const sign = (role: string) =>
    Object.values(profile.ports).find((d) => d?.role === role)?.mirrored ? -1 : 1;
  return [sign('left_motor'), sign('right_motor')];
}

/** Step until a blocking outcome's poll returns; the number of steps, or null if it never did. */
export function runUntilDone(world: SimWorld, out: ApiOutcome, maxSteps: number): number | null {
  if (out.kind !== 'block') return 0;
  for (let n = 1; n <= maxSteps; n++) {
    world.step();
    if (out.poll() !== null) return n;
  }
  return null;
}

/** The single value of a value outcome (throws otherwise). */
export function val(out: ApiOutcome, i = 0): number {
  if (out.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(out)}`);
  return out.value[i];
}

/** True pose of robot A. */
export function pose(world: SimWorld): Pose2 {
  return world.snapshot().robots[0].pose;
}
