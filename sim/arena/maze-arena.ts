/**
 * A maze as an arena: its walls as boxes and the start and finish painted on a white floor.
 *
 * Collinear wall segments along one grid line are merged into one box per maximal run — a
 * 16 × 16 maze has ~300 segments but far fewer runs, and every static box costs physics time
 * (DESIGN.md: merge static walls). Each run reaches half a wall thickness past its end posts,
 * so runs meeting at a corner overlap on the post and leave no gap.
 */
import type { ArenaSpec, FloorShape, Mm, WallBox } from '../types.ts';
import { cellsRect, WALL_E, WALL_N, WALL_S, WALL_W, type Maze } from './maze.ts';

const FLOOR_WHITE: [number, number, number] = [240, 240, 240];
const START_BLUE: [number, number, number] = [60, 110, 220];
const FINISH_GREEN: [number, number, number] = [50, 170, 80];
/** Floor drawn around the maze (mm). */
const MARGIN: Mm = 150;

/** x of vertical grid line `i` (0 = west edge), mm. */
function lineX(maze: Maze, i: number): Mm {
  return (i - maze.cols / 2) * maze.cell;
}

/** y of horizontal grid line `j` (0 = south edge), mm. */
function lineY(maze: Maze, j: number): Mm {
  return (j - maze.rows / 2) * maze.cell;
}

function cellMask(maze: Maze, col: number, row: number): number {
  return maze.walls[row * maze.cols + col];
}

/** Is the segment of horizontal line `j` between posts `c` and `c + 1` closed? */
function horizontalClosed(maze: Maze, j: number, c: number): boolean {
  return j < maze.rows
    ? (cellMask(maze, c, j) & WALL_S) !== 0
    : (cellMask(maze, c, maze.rows - 1) & WALL_N) !== 0;
}

/** Is the segment of vertical line `i` between posts `r` and `r + 1` closed? */
function verticalClosed(maze: Maze, i: number, r: number): boolean {
  return i < maze.cols
    ? (cellMask(maze, i, r) & WALL_W) !== 0
    : (cellMask(maze, maze.cols - 1, r) & WALL_E) !== 0;
}

/** Maximal runs [from, to) of closed segments among `n` segments. */
function runs(n: number, closed: (k: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let from = -1;
  for (let k = 0; k <= n; k++) {
    const isClosed = k < n && closed(k);
    if (isClosed && from < 0) from = k;
    if (!isClosed && from >= 0) {
      out.push([from, k]);
      from = -1;
    }
  }
  return out;
}

/** The maze's walls, merged into maximal straight runs (posts included). */
export function mazeWallBoxes(maze: Maze): WallBox[] {
  const t = maze.wallThickness;
  const boxes: WallBox[] = [];
  for (let j = 0; j <= maze.rows; j++) {
    for (const [a, b] of runs(maze.cols, (c) => horizontalClosed(maze, j, c))) {
      const x0 = lineX(maze, a) - t / 2;
      const x1 = lineX(maze, b) + t / 2;
      boxes.push({
        x: (x0 + x1) / 2,
        y: lineY(maze, j),
        sx: x1 - x0,
        sy: t,
        height: maze.wallHeight,
      });
    }
  }
  for (let i = 0; i <= maze.cols; i++) {
    for (const [a, b] of runs(maze.rows, (r) => verticalClosed(maze, i, r))) {
      const y0 = lineY(maze, a) - t / 2;
      const y1 = lineY(maze, b) + t / 2;
      boxes.push({
        x: lineX(maze, i),
        y: (y0 + y1) / 2,
        sx: t,
        sy: y1 - y0,
        height: maze.wallHeight,
      });
    }
  }
  return boxes;
}

/** Paint for a block of cells: the open floor between its walls. */
function paint(maze: Maze, cells: Maze['finish'], rgb: [number, number, number]): FloorShape {
  const r = cellsRect(maze, cells);
  const inset = maze.wallThickness / 2;
  return {
    kind: 'rect',
    x: (r.minX + r.maxX) / 2,
    y: (r.minY + r.maxY) / 2,
    sx: r.maxX - r.minX - 2 * inset,
    sy: r.maxY - r.minY - 2 * inset,
    rgb,
  };
}

/** The arena of a maze: white floor, blue start cell, green finish cell(s), the walls. */
export function mazeArena(maze: Maze): ArenaSpec {
  const halfX = (maze.cols * maze.cell) / 2 + MARGIN;
  const halfY = (maze.rows * maze.cell) / 2 + MARGIN;
  return {
    id: `maze-${maze.preset}-${maze.cols}x${maze.rows}-${maze.seed}`,
    bounds: { minX: -halfX, maxX: halfX, minY: -halfY, maxY: halfY },
    floorRgb: FLOOR_WHITE,
    floor: [paint(maze, [maze.start], START_BLUE), paint(maze, maze.finish, FINISH_GREEN)],
    walls: mazeWallBoxes(maze),
    cans: [],
  };
}
