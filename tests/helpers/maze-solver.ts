/** Breadth-first search over a generated maze's open passages (for tests). */
import {
  hasWall,
  neighbour,
  type Cell,
  type Maze,
  WALL_E,
  WALL_N,
  WALL_S,
  WALL_W,
} from '../../sim/arena/maze.ts';

const SIDES = [WALL_N, WALL_E, WALL_S, WALL_W];

/** Open neighbours of a cell. */
export function openNeighbours(maze: Maze, c: Cell): Cell[] {
  const out: Cell[] = [];
  for (const side of SIDES) {
    const n = neighbour(maze, c, side);
    if (n && !hasWall(maze, c, side)) out.push(n);
  }
  return out;
}

/** Shortest path length in cells from `from` to the nearest of `to`, or -1 if unreachable. */
export function bfsDistance(maze: Maze, from: Cell, to: readonly Cell[]): number {
  const dist = new Map<string, number>([[`${from.col},${from.row}`, 0]]);
  const queue: Cell[] = [from];
  const goal = new Set(to.map((c) => `${c.col},${c.row}`));
  while (queue.length > 0) {
    const c = queue.shift()!;
    const d = dist.get(`${c.col},${c.row}`)!;
    if (goal.has(`${c.col},${c.row}`)) return d;
    for (const n of openNeighbours(maze, c)) {
      const key = `${n.col},${n.row}`;
      if (!dist.has(key)) {
        dist.set(key, d + 1);
        queue.push(n);
      }
    }
  }
  return -1;
}

/** Number of cells reachable from `from`. */
export function reachableCount(maze: Maze, from: Cell): number {
  const seen = new Set<string>([`${from.col},${from.row}`]);
  const queue: Cell[] = [from];
  while (queue.length > 0) {
    for (const n of openNeighbours(maze, queue.shift()!)) {
      const key = `${n.col},${n.row}`;
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(n);
      }
    }
  }
  return seen.size;
}

/** Open passages between neighbouring cells (each counted once). */
export function passageCount(maze: Maze): number {
  let n = 0;
  for (let row = 0; row < maze.rows; row++) {
    for (let col = 0; col < maze.cols; col++) {
      const c = { col, row };
      if (col < maze.cols - 1 && !hasWall(maze, c, WALL_E)) n++;
      if (row < maze.rows - 1 && !hasWall(maze, c, WALL_N)) n++;
    }
  }
  return n;
}

/**
 * Left-hand wall follower on the cell grid, from the start cell and heading. Returns the number
 * of moves to reach a finish cell, or -1 when it comes back to its start state (a loop).
 */
export function leftHandMoves(maze: Maze): number {
  // Headings as side bits in clockwise order: N, E, S, W.
  const order = [WALL_N, WALL_E, WALL_S, WALL_W];
  let cell: Cell = { col: maze.start.col, row: maze.start.row };
  let dir = 0; // facing north
  const goal = new Set(maze.finish.map((c) => `${c.col},${c.row}`));
  const limit = maze.cols * maze.rows * 4 + 4;
  for (let moves = 0; moves <= limit; moves++) {
    if (goal.has(`${cell.col},${cell.row}`)) return moves;
    // Try left, straight, right, back.
    for (const turn of [3, 0, 1, 2]) {
      const d = (dir + turn) % 4;
      if (!hasWall(maze, cell, order[d])) {
        dir = d;
        cell = neighbour(maze, cell, order[d])!;
        break;
      }
    }
  }
  return -1;
}
