import { describe, expect, it } from 'vitest';
import {
  hasWall,
  mazeFromSeed,
  WALL_E,
  WALL_N,
  WALL_S,
  WALL_W,
  type Maze,
  type MazePresetId,
} from '../../../sim/arena/maze.ts';
import {
  bfsDistance,
  leftHandMoves,
  passageCount,
  reachableCount,
} from '../../helpers/maze-solver.ts';

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);
const PRESETS: MazePresetId[] = ['school', 'micromouse'];

/** Interior passages a perfect maze has: a spanning tree, plus for micromouse the goal block
 * (4 passages inside the 2×2 block form one cycle; the block is a leaf with one entrance). */
function perfectPassages(maze: Maze): number {
  const cells = maze.cols * maze.rows;
  return maze.preset === 'micromouse' ? cells : cells - 1;
}

function wallsConsistent(maze: Maze): boolean {
  for (let row = 0; row < maze.rows; row++) {
    for (let col = 0; col < maze.cols; col++) {
      const c = { col, row };
      if (
        col < maze.cols - 1 &&
        hasWall(maze, c, WALL_E) !== hasWall(maze, { col: col + 1, row }, WALL_W)
      )
        return false;
      if (
        row < maze.rows - 1 &&
        hasWall(maze, c, WALL_N) !== hasWall(maze, { col, row: row + 1 }, WALL_S)
      )
        return false;
      // Outer walls all around.
      if (col === 0 && !hasWall(maze, c, WALL_W)) return false;
      if (row === 0 && !hasWall(maze, c, WALL_S)) return false;
      if (col === maze.cols - 1 && !hasWall(maze, c, WALL_E)) return false;
      if (row === maze.rows - 1 && !hasWall(maze, c, WALL_N)) return false;
    }
  }
  return true;
}

describe('maze generator', () => {
  for (const preset of PRESETS) {
    it(`${preset}: every perfect maze of seeds 1..200 is connected, loop-free and solvable`, () => {
      for (const seed of SEEDS) {
        const maze = mazeFromSeed(seed, { preset });
        expect(wallsConsistent(maze)).toBe(true);
        expect(reachableCount(maze, maze.start)).toBe(maze.cols * maze.rows);
        expect(passageCount(maze)).toBe(perfectPassages(maze));
        expect(bfsDistance(maze, maze.start, maze.finish)).toBeGreaterThan(0);
      }
    });

    // A 6×6 maze has few removable walls (no wall may leave a post standing alone), so the
    // exact count is checked with a small N; a large N removes as many as it can.
    const exact = preset === 'school' ? 3 : 10;
    it(`${preset}: loops=${exact} knocks out ${exact} walls; loops=40 more; all solvable`, () => {
      for (const seed of SEEDS) {
        const perfect = passageCount(mazeFromSeed(seed, { preset }));
        const loopy = mazeFromSeed(seed, { preset, loops: exact });
        expect(wallsConsistent(loopy)).toBe(true);
        expect(passageCount(loopy)).toBe(perfect + exact);
        expect(bfsDistance(loopy, loopy.start, loopy.finish)).toBeGreaterThan(0);
        const many = mazeFromSeed(seed, { preset, loops: 40 });
        expect(passageCount(many)).toBeGreaterThan(perfect + exact);
        expect(bfsDistance(many, many.start, many.finish)).toBeGreaterThan(0);
      }
    });
  }

  it('school preset: 6×6 cells of 300 mm, start bottom-left facing north, finish top-right', () => {
    const maze = mazeFromSeed(1, { preset: 'school' });
    expect([maze.cols, maze.rows, maze.cell, maze.wallHeight]).toEqual([6, 6, 300, 100]);
    expect(maze.start).toEqual({ col: 0, row: 0, heading: 0 });
    expect(maze.finish).toEqual([{ col: 5, row: 5 }]);
  });

  it('micromouse: 16×16 cells of 180 mm, 12 mm walls 50 mm high', () => {
    const maze = mazeFromSeed(1, { preset: 'micromouse' });
    expect([maze.cols, maze.rows, maze.cell, maze.wallThickness, maze.wallHeight]).toEqual([
      16, 16, 180, 12, 50,
    ]);
  });

  it('micromouse: the start cell is walled west, south and east; its only exit is north', () => {
    for (const seed of SEEDS) {
      for (const loops of [0, 50]) {
        const maze = mazeFromSeed(seed, { preset: 'micromouse', loops });
        const s = maze.start;
        expect([s.col, s.row, s.heading]).toEqual([0, 0, 0]);
        expect(
          hasWall(maze, s, WALL_W) && hasWall(maze, s, WALL_S) && hasWall(maze, s, WALL_E),
        ).toBe(true);
        expect(hasWall(maze, s, WALL_N)).toBe(false);
      }
    }
  });

  it('micromouse: the goal is the centre 2×2, open inside, with exactly one entrance', () => {
    for (const seed of SEEDS) {
      for (const loops of [0, 50]) {
        const maze = mazeFromSeed(seed, { preset: 'micromouse', loops });
        const cells = maze.finish.map((c) => `${c.col},${c.row}`).sort();
        expect(cells).toEqual(['7,7', '7,8', '8,7', '8,8']);
        const [sw, se, nw, ne] = maze.finish;
        expect(hasWall(maze, sw, WALL_E) || hasWall(maze, sw, WALL_N)).toBe(false);
        expect(hasWall(maze, ne, WALL_W) || hasWall(maze, ne, WALL_S)).toBe(false);
        expect(hasWall(maze, se, WALL_N) || hasWall(maze, nw, WALL_E)).toBe(false);
        const outward = [
          [sw, WALL_S],
          [sw, WALL_W],
          [se, WALL_S],
          [se, WALL_E],
          [nw, WALL_N],
          [nw, WALL_W],
          [ne, WALL_N],
          [ne, WALL_E],
        ] as const;
        expect(outward.filter(([c, side]) => !hasWall(maze, c, side))).toHaveLength(1);
      }
    }
  });

  it('a left-hand wall follower solves every perfect maze', () => {
    for (const preset of PRESETS) {
      for (const seed of SEEDS)
        expect(leftHandMoves(mazeFromSeed(seed, { preset }))).toBeGreaterThan(0);
    }
  });

  it('micromouse loops cut the goal off the outer wall: wall following fails for many seeds', () => {
    const failures = SEEDS.filter(
      (seed) => leftHandMoves(mazeFromSeed(seed, { preset: 'micromouse', loops: 20 })) < 0,
    );
    expect(failures.length).toBeGreaterThan(SEEDS.length / 2);
  });

  it('no post stands alone: every lattice point has a wall, except the open goal centre', () => {
    for (const preset of PRESETS) {
      for (const seed of SEEDS.slice(0, 50)) {
        const maze = mazeFromSeed(seed, { preset, loops: 60 });
        const lonely: string[] = [];
        for (let y = 1; y < maze.rows; y++) {
          for (let x = 1; x < maze.cols; x++) {
            // The four segments meeting at post (x, y).
            const touching =
              hasWall(maze, { col: x - 1, row: y }, WALL_S) || // west arm
              hasWall(maze, { col: x, row: y }, WALL_S) || // east arm
              hasWall(maze, { col: x, row: y - 1 }, WALL_W) || // south arm
              hasWall(maze, { col: x, row: y }, WALL_W); // north arm
            if (!touching) lonely.push(`${x},${y}`);
          }
        }
        const centre = preset === 'micromouse' ? [`${maze.cols / 2},${maze.rows / 2}`] : [];
        expect(lonely).toEqual(centre);
      }
    }
  });

  it('same seed → the same maze; different seeds → different mazes', () => {
    for (const preset of PRESETS) {
      const a = mazeFromSeed(42, { preset, loops: 5 });
      expect(mazeFromSeed(42, { preset, loops: 5 })).toEqual(a);
      const layouts = new Set(SEEDS.map((seed) => mazeFromSeed(seed, { preset }).walls.join()));
      expect(layouts.size).toBe(SEEDS.length);
    }
  });

  it('size and cell override the preset; a bad size throws', () => {
    const maze = mazeFromSeed(3, { preset: 'school', size: 9, cell: 250 });
    expect([maze.cols, maze.rows, maze.cell]).toEqual([9, 9, 250]);
    expect(bfsDistance(maze, maze.start, maze.finish)).toBeGreaterThan(0);
    expect(() => mazeFromSeed(3, { preset: 'micromouse', size: 7 })).toThrow(RangeError);
    expect(() => mazeFromSeed(3, { preset: 'school', size: 1 })).toThrow(RangeError);
  });
});
