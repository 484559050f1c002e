/**
 * Mazes as data, generated from a seed: a grid of square cells, each with a bitmask of its
 * closed sides. The generator is a randomised depth-first search (recursive backtracker, run
 * with an explicit stack), which gives a perfect maze — a spanning tree of the cells, one path
 * between any two cells; `loops` then knocks out extra interior walls so that wall following
 * is no longer enough.
 *
 * Grid: column 0 is the west edge, row 0 the south edge; the maze is centred on the arena
 * origin. Walls are centred on the cell boundaries, so a corridor is `cell - wallThickness`
 * wide.
 */
import type { Deg, Mm, Vec2 } from '../types.ts';
import { createRng, type Rng } from '../math/prng.ts';

/** Side bits of a cell's wall mask. */
export const WALL_N = 1;
export const WALL_E = 2;
export const WALL_S = 4;
export const WALL_W = 8;
const ALL_WALLS = WALL_N | WALL_E | WALL_S | WALL_W;

export type MazePresetId = 'school' | 'micromouse';

/** The preset ids, default first. */
export const MAZE_PRESET_IDS: readonly MazePresetId[] = ['school', 'micromouse'];

/** Cell coordinates. */
export interface Cell {
  col: number;
  row: number;
}

/** Geometry of a preset. */
export interface MazePreset {
  id: MazePresetId;
  size: number;
  cell: Mm;
  wallThickness: Mm;
  wallHeight: Mm;
}

/**
 * - school: 6 × 6 cells of 300 mm, start bottom-left, finish top-right. Walls 100 mm high so the
 *   ultrasonic sensor of a LEGO robot (mounted well above 50 mm) sees them.
 * - micromouse: 16 × 16 cells of 180 mm, 12 mm thick and 50 mm high walls (the micromouse rules),
 *   goal = the centre 2 × 2 block.
 */
export const MAZE_PRESETS: Readonly<Record<MazePresetId, MazePreset>> = {
  school: { id: 'school', size: 6, cell: 300, wallThickness: 12, wallHeight: 100 },
  micromouse: { id: 'micromouse', size: 16, cell: 180, wallThickness: 12, wallHeight: 50 },
};

/** A generated maze. Plain JSON-able data. */
export interface Maze {
  preset: MazePresetId;
  seed: number;
  cols: number;
  rows: number;
  cell: Mm;
  wallThickness: Mm;
  wallHeight: Mm;
  /** Closed sides per cell (WALL_N | WALL_E | …), index `row * cols + col`. */
  walls: number[];
  start: Cell & { heading: Deg };
  /** The finish cells: one for school, the centre 2 × 2 block for micromouse. */
  finish: Cell[];
}

export interface MazeOptions {
  preset: MazePresetId;
  /** Cells per side (overrides the preset). Micromouse needs an even size (centre 2 × 2). */
  size?: number;
  /** Cell size in mm (overrides the preset). */
  cell?: Mm;
  /** Extra interior walls to knock out after the perfect maze (0 = perfect). */
  loops?: number;
}

const DIRS = [
  { bit: WALL_N, opposite: WALL_S, dc: 0, dr: 1 },
  { bit: WALL_E, opposite: WALL_W, dc: 1, dr: 0 },
  { bit: WALL_S, opposite: WALL_N, dc: 0, dr: -1 },
  { bit: WALL_W, opposite: WALL_E, dc: -1, dr: 0 },
] as const;

/** The neighbour across side `bit`, or null at the outer edge. */
export function neighbour(maze: Pick<Maze, 'cols' | 'rows'>, c: Cell, bit: number): Cell | null {
  const d = DIRS.find((x) => x.bit === bit);
  if (!d) throw new Error(`not a wall bit: ${bit}`);
  const col = c.col + d.dc;
  const row = c.row + d.dr;
  if (col < 0 || row < 0 || col >= maze.cols || row >= maze.rows) return null;
  return { col, row };
}

/** True when side `bit` of cell `c` is closed. */
export function hasWall(maze: Maze, c: Cell, bit: number): boolean {
  return (maze.walls[c.row * maze.cols + c.col] & bit) !== 0;
}

/** Centre of a cell, arena frame (mm). */
export function cellCentre(maze: Maze, c: Cell): Vec2 {
  return {
    x: (c.col + 0.5 - maze.cols / 2) * maze.cell,
    y: (c.row + 0.5 - maze.rows / 2) * maze.cell,
  };
}

/** The square spanned by a block of cells, from wall centre line to wall centre line (mm). */
export function cellsRect(maze: Maze, cells: readonly Cell[]) {
  const cols = cells.map((c) => c.col);
  const rows = cells.map((c) => c.row);
  return {
    minX: (Math.min(...cols) - maze.cols / 2) * maze.cell,
    maxX: (Math.max(...cols) + 1 - maze.cols / 2) * maze.cell,
    minY: (Math.min(...rows) - maze.rows / 2) * maze.cell,
    maxY: (Math.max(...rows) + 1 - maze.rows / 2) * maze.cell,
  };
}

/** Mutable wall grid used while generating. */
class Grid {
  readonly walls: number[];
  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.walls = new Array<number>(cols * rows).fill(ALL_WALLS);
  }
  index(c: Cell): number {
    return c.row * this.cols + c.col;
  }
  /** Opens side `bit` of `c` and the matching side of its neighbour. */
  carve(c: Cell, bit: number): void {
    const d = DIRS.find((x) => x.bit === bit)!;
    const n = neighbour(this, c, bit);
    if (!n) throw new Error('cannot carve the outer wall');
    this.walls[this.index(c)] &= ~bit;
    this.walls[this.index(n)] &= ~d.opposite;
  }
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Randomised DFS over the cells not in `excluded`, from `start`. `forbidden(c, bit)` keeps a
 * side closed (the micromouse start cell's east wall).
 */
function carveSpanningTree(
  grid: Grid,
  start: Cell,
  rng: Rng,
  excluded: (c: Cell) => boolean,
  forbidden: (c: Cell, bit: number) => boolean,
): void {
  const visited = new Uint8Array(grid.cols * grid.rows);
  visited[grid.index(start)] = 1;
  const stack: Cell[] = [start];
  while (stack.length > 0) {
    const cur = stack[stack.length - 1];
    const options: { bit: number; next: Cell }[] = [];
    for (const d of DIRS) {
      const next = neighbour(grid, cur, d.bit);
      if (!next || visited[grid.index(next)] || excluded(next) || forbidden(cur, d.bit)) continue;
      options.push({ bit: d.bit, next });
    }
    if (options.length === 0) {
      stack.pop();
      continue;
    }
    const pick = options[rng.int(options.length)];
    grid.carve(cur, pick.bit);
    visited[grid.index(pick.next)] = 1;
    stack.push(pick.next);
  }
}

/** Walls touching each post (lattice point), counted from the current grid. */
function postDegrees(grid: Grid): Int32Array {
  const w = grid.cols + 1;
  const deg = new Int32Array(w * (grid.rows + 1));
  const addSegment = (x1: number, y1: number, x2: number, y2: number) => {
    deg[y1 * w + x1] += 1;
    deg[y2 * w + x2] += 1;
  };
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) {
      const m = grid.walls[row * grid.cols + col];
      // Each segment once: south and west sides of every cell, plus the north and east edges.
      if (m & WALL_S) addSegment(col, row, col + 1, row);
      if (m & WALL_W) addSegment(col, row, col, row + 1);
      if (row === grid.rows - 1 && m & WALL_N) addSegment(col, row + 1, col + 1, row + 1);
      if (col === grid.cols - 1 && m & WALL_E) addSegment(col + 1, row, col + 1, row + 1);
    }
  }
  return deg;
}

/**
 * Knocks out up to `count` closed interior walls (east and north sides), in seeded random
 * order. A wall stays when removing it would leave a post standing alone (no wall attached),
 * which is not a maze a builder would make, or when `keep` protects it.
 */
function knockOutWalls(
  grid: Grid,
  count: number,
  rng: Rng,
  keep: (c: Cell, bit: number) => boolean,
): void {
  const candidates: { c: Cell; bit: number }[] = [];
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) {
      const c = { col, row };
      const m = grid.walls[grid.index(c)];
      if (col < grid.cols - 1 && m & WALL_E && !keep(c, WALL_E))
        candidates.push({ c, bit: WALL_E });
      if (row < grid.rows - 1 && m & WALL_N && !keep(c, WALL_N))
        candidates.push({ c, bit: WALL_N });
    }
  }
  shuffle(candidates, rng);
  const deg = postDegrees(grid);
  const w = grid.cols + 1;
  let done = 0;
  for (const { c, bit } of candidates) {
    if (done >= count) break;
    // The segment's two end posts.
    const p1 = bit === WALL_E ? c.row * w + c.col + 1 : (c.row + 1) * w + c.col;
    const p2 = bit === WALL_E ? (c.row + 1) * w + c.col + 1 : (c.row + 1) * w + c.col + 1;
    if (deg[p1] < 2 || deg[p2] < 2) continue;
    grid.carve(c, bit);
    deg[p1] -= 1;
    deg[p2] -= 1;
    done += 1;
  }
}

/** The centre 2 × 2 block of an even-sized grid. */
function centreBlock(size: number): Cell[] {
  const h = size / 2;
  return [
    { col: h - 1, row: h - 1 },
    { col: h, row: h - 1 },
    { col: h - 1, row: h },
    { col: h, row: h },
  ];
}

/**
 * Generates a maze from a seed. Same seed and options → the same maze, in every engine.
 * Throws a RangeError for a size below 2 (4 for micromouse) or an odd micromouse size.
 */
export function mazeFromSeed(seed: number, opts: MazeOptions): Maze {
  const preset = MAZE_PRESETS[opts.preset];
  const size = opts.size ?? preset.size;
  const cell = opts.cell ?? preset.cell;
  const loops = opts.loops ?? 0;
  const micromouse = opts.preset === 'micromouse';
  if (!Number.isInteger(size) || size < (micromouse ? 4 : 2)) {
    throw new RangeError(`maze size ${size} is too small`);
  }
  if (micromouse && size % 2 !== 0) {
    throw new RangeError(`micromouse maze size must be even (the goal is the centre 2 × 2)`);
  }
  const rng = createRng(seed);
  const grid = new Grid(size, size);
  const start: Cell = { col: 0, row: 0 };
  const finish = micromouse ? centreBlock(size) : [{ col: size - 1, row: size - 1 }];
  const isStart = (c: Cell) => c.col === start.col && c.row === start.row;
  const inGoal = (c: Cell) => micromouse && finish.some((f) => f.col === c.col && f.row === c.row);
  // Micromouse: the start cell is walled west, south and east, so its only exit is north.
  const startEastClosed = (c: Cell, bit: number) => micromouse && isStart(c) && bit === WALL_E;

  carveSpanningTree(grid, start, rng, inGoal, startEastClosed);

  if (micromouse) {
    // The goal block is open inside and has exactly one entrance, picked from its perimeter.
    grid.carve(finish[0], WALL_E);
    grid.carve(finish[0], WALL_N);
    grid.carve(finish[3], WALL_W);
    grid.carve(finish[3], WALL_S);
    const entrances: { c: Cell; bit: number }[] = [];
    for (const c of finish) {
      for (const d of DIRS) {
        const n = neighbour(grid, c, d.bit);
        if (n && !inGoal(n)) entrances.push({ c, bit: d.bit });
      }
    }
    const door = entrances[rng.int(entrances.length)];
    grid.carve(door.c, door.bit);
  }

  if (loops > 0) {
    const protectedWall = (c: Cell, bit: number) => {
      if (startEastClosed(c, bit)) return true;
      if (!micromouse) return false;
      // Keep the goal's single entrance: no wall on or inside the goal block goes.
      const n = neighbour(grid, c, bit);
      return inGoal(c) || (n !== null && inGoal(n));
    };
    knockOutWalls(grid, loops, rng, protectedWall);
  }

  return {
    preset: opts.preset,
    seed,
    cols: size,
    rows: size,
    cell,
    wallThickness: preset.wallThickness,
    wallHeight: preset.wallHeight,
    walls: grid.walls,
    start: { ...start, heading: 0 },
    finish,
  };
}
