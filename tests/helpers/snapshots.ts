/**
 * Hand-built snapshots for referee tests: a robot is a rectangle at a pose; the footprint is
 * computed here (tests may use Math.sin/cos: they are not part of the deterministic world).
 */
import type { ProgramStatus } from '../../sim/tasks/types.ts';
import type { RobotSnapshot, WorldSnapshot } from '../../sim/types.ts';

export interface RobotSpec {
  id?: string;
  x: number;
  y: number;
  heading?: number;
  speed?: number;
  /** Chassis length along forward, width (mm). */
  length?: number;
  width?: number;
  touchingWall?: boolean;
  lowestZ?: number;
}

/** A robot snapshot with its footprint corners from pose and size. */
export function robot(spec: RobotSpec): RobotSnapshot {
  const heading = spec.heading ?? 0;
  const length = spec.length ?? 100;
  const width = spec.width ?? 100;
  const h = (heading * Math.PI) / 180;
  // Forward (sin h, cos h); right (cos h, -sin h): heading grows clockwise from north.
  const fwd = { x: Math.sin(h), y: Math.cos(h) };
  const right = { x: Math.cos(h), y: -Math.sin(h) };
  const corner = (f: number, r: number) => ({
    x: spec.x + fwd.x * f * (length / 2) + right.x * r * (width / 2),
    y: spec.y + fwd.y * f * (length / 2) + right.y * r * (width / 2),
  });
  return {
    id: spec.id ?? 'A',
    profile: 'minisumo',
    pose: { x: spec.x, y: spec.y, heading },
    footprint: [corner(1, 1), corner(1, -1), corner(-1, -1), corner(-1, 1)],
    speed: spec.speed ?? 0,
    lowestZ: spec.lowestZ ?? 0,
    touchingWall: spec.touchingWall ?? false,
    sensors: {
      distance: 2000,
      reflectionLeft: 50,
      reflectionRight: 50,
      colorLeft: 'WHITE',
      colorRight: 'WHITE',
      force: 0,
      pressed: false,
      heading,
      leftAngle: 0,
      rightAngle: 0,
    },
    pen: false,
    ray: { from: { x: spec.x, y: spec.y }, to: { x: spec.x, y: spec.y }, hit: false },
  };
}

/** A world snapshot at time `t` (ms) with these robots. */
export function snapshot(t: number, robots: RobotSnapshot[]): WorldSnapshot {
  return { t, robots, cans: [], bodies: [] };
}

/** Program statuses: every listed robot running unless told otherwise. */
export function running(...ids: string[]): ProgramStatus[] {
  return ids.map((id) => ({ id, state: 'running' }));
}
