/**
 * DEVELOPER DEMO DATA — not product data. Hand-made profiles, arenas and a synthetic motion
 * generator for render-demo.html and the render unit tests, until sim/profiles and sim/arena
 * exist. Real profiles and arenas come from sim/.
 */
import type {
  ArenaSpec,
  RobotProfile,
  RobotSnapshot,
  Vec2,
  WallBox,
  WorldSnapshot,
} from '../../sim/types.ts';

const motor = { maxSpeed: 1000, stallTorque: 500, acceleration: 2000, countsPerDegree: 1 };

export const DEMO_SPIKE: RobotProfile = {
  id: 'spike',
  hub: 'prime',
  chassis: { length: 150, width: 92, height: 56, clearance: 12, massG: 750 },
  wheels: { diameter: 56, width: 14, axleTrack: 112, axleY: 10 },
  caster: { y: -58, radius: 8 },
  motor,
  ultrasonic: { x: 0, y: 80, z: 42, maxRange: 2000, noEcho: 2000, halfConeDeg: 15 },
  colorLeft: { x: -24, y: 62, z: 8 },
  colorRight: { x: 24, y: 62, z: 8 },
  touch: { x: 0, y: 84, z: 24 },
  ports: {},
};

export const DEMO_MINISUMO: RobotProfile = {
  ...DEMO_SPIKE,
  id: 'minisumo',
  chassis: { length: 100, width: 78, height: 40, clearance: 6, massG: 500 },
  wheels: { diameter: 40, width: 9, axleTrack: 88, axleY: -8 },
  caster: { y: -40, radius: 5 },
  ultrasonic: { x: 0, y: 52, z: 26, maxRange: 1000, noEcho: 1000, halfConeDeg: 15 },
  colorLeft: { x: -28, y: 40, z: 4 },
  colorRight: { x: 28, y: 40, z: 4 },
  touch: { x: 0, y: 54, z: 14 },
};

/** School LEGO sumo: white Ø1 m disc, 50 mm black border, two brown start lines. */
export const DEMO_SUMO: ArenaSpec = {
  id: 'demo-sumo',
  bounds: { minX: -700, maxX: 700, minY: -700, maxY: 700 },
  floorRgb: [96, 100, 108],
  floor: [
    { kind: 'disc', x: 0, y: 0, r: 500, rgb: [246, 246, 242] },
    { kind: 'ring', x: 0, y: 0, rInner: 450, rOuter: 500, rgb: [20, 20, 22] },
    { kind: 'rect', x: -100, y: 0, sx: 20, sy: 100, rgb: [140, 84, 52] },
    { kind: 'rect', x: 100, y: 0, sx: 20, sy: 100, rgb: [140, 84, 52] },
  ],
  walls: [],
  cans: [],
};

/** A hand-built 6×6 maze (north row first), 300 mm cells, S start, F finish. */
export const DEMO_MAZE_ART = [
  '+--+--+--+--+--+--+',
  '|        |     |F |',
  '+  +--+  +  +  +  +',
  '|  |     |  |     |',
  '+  +  +--+  +--+  +',
  '|  |     |     |  |',
  '+  +--+  +--+  +  +',
  '|     |        |  |',
  '+--+  +--+  +  +  +',
  '|  |     |  |     |',
  '+  +--+  +  +--+--+',
  '|S       |        |',
  '+--+--+--+--+--+--+',
];

const CELL = 300;
const WALL = 12;

export interface MazeGrid {
  size: number;
  /** open(c, r, dc, dr): can one move from cell (c, r) to its neighbour? r counts from the south. */
  open(c: number, r: number, dc: number, dr: number): boolean;
  start: [number, number];
  finish: [number, number];
}

export function parseMaze(art: string[]): { walls: WallBox[]; grid: MazeGrid } {
  const n = (art[0].length - 1) / 3;
  const walls: WallBox[] = [];
  const lineOfRow = (r: number): number => 2 * (n - 1 - r) + 1;
  let start: [number, number] = [0, 0];
  let finish: [number, number] = [n - 1, n - 1];
  art.forEach((line, L) => {
    if (L % 2 === 0) {
      const y = (n - L / 2) * CELL;
      for (let c = 0; c < n; c++) {
        if (line[3 * c + 1] === '-')
          walls.push({ x: c * CELL + CELL / 2, y, sx: CELL + WALL, sy: WALL, height: 50 });
      }
    } else {
      const r = n - 1 - (L - 1) / 2;
      for (let c = 0; c <= n; c++) {
        if (line[3 * c] === '|')
          walls.push({
            x: c * CELL,
            y: r * CELL + CELL / 2,
            sx: WALL,
            sy: CELL + WALL,
            height: 50,
          });
        if (c < n && line.slice(3 * c + 1, 3 * c + 3).includes('S')) start = [c, r];
        if (c < n && line.slice(3 * c + 1, 3 * c + 3).includes('F')) finish = [c, r];
      }
    }
  });
  const open = (c: number, r: number, dc: number, dr: number): boolean => {
    if (dc !== 0) return art[lineOfRow(r)][3 * (dc > 0 ? c + 1 : c)] !== '|';
    const L = dr > 0 ? lineOfRow(r) - 1 : lineOfRow(r) + 1;
    return art[L][3 * c + 1] !== '-';
  };
  return { walls, grid: { size: n, open, start, finish } };
}

const maze = parseMaze(DEMO_MAZE_ART);
export const DEMO_MAZE_GRID = maze.grid;

export const DEMO_MAZE: ArenaSpec = {
  id: 'demo-maze',
  bounds: { minX: -60, maxX: 1860, minY: -60, maxY: 1860 },
  floorRgb: [244, 244, 240],
  floor: [
    {
      kind: 'rect',
      x: maze.grid.start[0] * CELL + 150,
      y: maze.grid.start[1] * CELL + 150,
      sx: CELL - WALL,
      sy: CELL - WALL,
      rgb: [116, 164, 226],
    },
    {
      kind: 'rect',
      x: maze.grid.finish[0] * CELL + 150,
      y: maze.grid.finish[1] * CELL + 150,
      sx: CELL - WALL,
      sy: CELL - WALL,
      rgb: [112, 196, 124],
    },
  ],
  walls: maze.walls,
  cans: [],
};

/** Cells from start to finish (breadth-first), as arena points at the cell centres. */
export function solveMaze(grid: MazeGrid): Vec2[] {
  const key = (c: number, r: number): number => r * grid.size + c;
  const prev = new Map<number, number>([[key(...grid.start), -1]]);
  const queue: [number, number][] = [grid.start];
  while (queue.length) {
    const [c, r] = queue.shift()!;
    if (c === grid.finish[0] && r === grid.finish[1]) break;
    for (const [dc, dr] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      const nc = c + dc;
      const nr = r + dr;
      if (nc < 0 || nr < 0 || nc >= grid.size || nr >= grid.size || prev.has(key(nc, nr))) continue;
      if (!grid.open(c, r, dc, dr)) continue;
      prev.set(key(nc, nr), key(c, r));
      queue.push([nc, nr]);
    }
  }
  const path: Vec2[] = [];
  for (let k = key(...grid.finish); k !== -1 && k !== undefined; k = prev.get(k)!) {
    path.unshift({ x: (k % grid.size) * CELL + 150, y: Math.floor(k / grid.size) * CELL + 150 });
  }
  return path;
}

/** A robot snapshot with a plausible ray and sensors (synthetic). */
export function demoRobot(
  id: string,
  profile: RobotProfile,
  x: number,
  y: number,
  heading: number,
  travelledMm: number,
  turnMm: number,
  ray: { to: Vec2; hit: boolean },
  pen = false,
): RobotSnapshot {
  const h = (heading * Math.PI) / 180;
  const from = {
    x: x + Math.sin(h) * profile.ultrasonic.y,
    y: y + Math.cos(h) * profile.ultrasonic.y,
  };
  const degPerMm = 360 / (Math.PI * profile.wheels.diameter);
  const half = profile.chassis.length / 2;
  const side = profile.chassis.width / 2;
  const corner = (fx: number, fy: number): Vec2 => ({
    x: x + fx * Math.cos(h) + fy * Math.sin(h),
    y: y - fx * Math.sin(h) + fy * Math.cos(h),
  });
  return {
    id,
    profile: profile.id,
    pose: { x, y, heading },
    footprint: [corner(-side, half), corner(side, half), corner(side, -half), corner(-side, -half)],
    speed: 0,
    lowestZ: 0,
    touchingWall: false,
    sensors: {
      distance: Math.hypot(ray.to.x - from.x, ray.to.y - from.y),
      reflectionLeft: 50,
      reflectionRight: 50,
      colorLeft: 'WHITE',
      colorRight: 'WHITE',
      force: 0,
      pressed: false,
      heading,
      leftAngle: (travelledMm + turnMm) * degPerMm,
      rightAngle: (travelledMm - turnMm) * degPerMm,
    },
    pen,
    ray: { from, to: ray.to, hit: ray.hit },
  };
}

export type DemoWorld = (tMs: number) => WorldSnapshot;
