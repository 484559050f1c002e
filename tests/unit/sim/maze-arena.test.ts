import { describe, expect, it } from 'vitest';
import { mazeArena, mazeWallBoxes } from '../../../sim/arena/maze-arena.ts';
import {
  cellCentre,
  hasWall,
  mazeFromSeed,
  WALL_E,
  WALL_N,
  type Maze,
} from '../../../sim/arena/maze.ts';
import type { WallBox } from '../../../sim/types.ts';

const inBox = (b: WallBox, x: number, y: number) =>
  Math.abs(x - b.x) <= b.sx / 2 + 1e-9 && Math.abs(y - b.y) <= b.sy / 2 + 1e-9;
const covered = (boxes: WallBox[], x: number, y: number) => boxes.some((b) => inBox(b, x, y));

/** Closed wall segments as (x0,y0)-(x1,y1) on the grid lines, outer walls included. */
function segments(maze: Maze) {
  const out: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const X = (i: number) => (i - maze.cols / 2) * maze.cell;
  const Y = (j: number) => (j - maze.rows / 2) * maze.cell;
  for (let row = 0; row < maze.rows; row++) {
    for (let col = 0; col < maze.cols; col++) {
      const c = { col, row };
      if (hasWall(maze, c, WALL_E))
        out.push({ x0: X(col + 1), y0: Y(row), x1: X(col + 1), y1: Y(row + 1) });
      if (hasWall(maze, c, WALL_N))
        out.push({ x0: X(col), y0: Y(row + 1), x1: X(col + 1), y1: Y(row + 1) });
      if (col === 0) out.push({ x0: X(0), y0: Y(row), x1: X(0), y1: Y(row + 1) });
      if (row === 0) out.push({ x0: X(col), y0: Y(0), x1: X(col + 1), y1: Y(0) });
    }
  }
  return out;
}

describe('maze arena', () => {
  const mazes = [1, 2, 3, 17, 99].flatMap((seed) => [
    mazeFromSeed(seed, { preset: 'school' }),
    mazeFromSeed(seed, { preset: 'micromouse' }),
    mazeFromSeed(seed, { preset: 'micromouse', loops: 30 }),
  ]);

  it('wall boxes cover every closed wall segment, posts included (sampled every 2 mm)', () => {
    for (const maze of mazes) {
      const boxes = mazeWallBoxes(maze);
      const misses: string[] = [];
      for (const s of segments(maze)) {
        for (let k = 0; k <= 100; k++) {
          const x = s.x0 + ((s.x1 - s.x0) * k) / 100;
          const y = s.y0 + ((s.y1 - s.y0) * k) / 100;
          if (!covered(boxes, x, y)) misses.push(`${x},${y}`);
        }
      }
      expect(misses).toEqual([]);
    }
  });

  it('wall boxes never reach into a cell interior nor across an open side', () => {
    for (const maze of mazes) {
      const boxes = mazeWallBoxes(maze);
      const t = maze.wallThickness;
      const free = (maze.cell - t) / 2 - 0.5;
      let hits = 0;
      for (let row = 0; row < maze.rows; row++) {
        for (let col = 0; col < maze.cols; col++) {
          const c = cellCentre(maze, { col, row });
          // A grid of points over the interior.
          for (let i = -4; i <= 4; i++) {
            for (let j = -4; j <= 4; j++) {
              if (covered(boxes, c.x + (free * i) / 4, c.y + (free * j) / 4)) hits += 1;
            }
          }
          // The middle of an open east or north side is free.
          if (col < maze.cols - 1 && !hasWall(maze, { col, row }, WALL_E)) {
            if (covered(boxes, c.x + maze.cell / 2, c.y)) hits += 1;
          }
          if (row < maze.rows - 1 && !hasWall(maze, { col, row }, WALL_N)) {
            if (covered(boxes, c.x, c.y + maze.cell / 2)) hits += 1;
          }
        }
      }
      expect(hits).toBe(0);
    }
  });

  it('merges collinear segments: far fewer boxes than segments, all of the wall height', () => {
    const maze = mazeFromSeed(5, { preset: 'micromouse' });
    const boxes = mazeWallBoxes(maze);
    expect(boxes.length).toBeLessThan(segments(maze).length * 0.75);
    expect(boxes.every((b) => b.height === 50)).toBe(true);
  });

  it('paints the start cell blue and the finish green on a white floor', () => {
    const maze = mazeFromSeed(1, { preset: 'micromouse' });
    const arena = mazeArena(maze);
    const [start, finish] = arena.floor;
    const s = cellCentre(maze, maze.start);
    expect(start).toMatchObject({ kind: 'rect', x: s.x, y: s.y, sx: 168, sy: 168 });
    expect(finish).toMatchObject({ kind: 'rect', x: 0, y: 0, sx: 348, sy: 348 });
    expect(arena.floorRgb[0]).toBeGreaterThan(200);
    expect(arena.bounds.maxX).toBeGreaterThan(8 * 180);
  });
});
