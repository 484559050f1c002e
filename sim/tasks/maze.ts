/**
 * The maze task: a maze generated from the seed (school or micromouse geometry), one robot
 * starting in the bottom-left cell facing north.
 */
import { mazeArena } from '../arena/maze-arena.ts';
import {
  cellCentre,
  cellsRect,
  MAZE_PRESET_IDS,
  MAZE_PRESETS,
  mazeFromSeed,
  type MazePresetId,
} from '../arena/maze.ts';
import { mazeReferee } from '../referee/maze.ts';
import { parseParams, timeLimitParam } from './params.ts';
import { TaskParamError, type ParamSpec, type TaskDef, type TaskSetup } from './types.ts';

const PARAMS: readonly ParamSpec[] = [
  {
    key: 'preset',
    type: 'enum',
    default: 'school',
    choices: MAZE_PRESET_IDS,
    description:
      'school: 6×6 cells of 300 mm, finish top-right; micromouse: 16×16 cells of 180 mm, goal in the centre',
  },
  {
    key: 'size',
    type: 'int',
    default: 0,
    min: 0,
    max: 32,
    description: 'cells per side, 2..32 (micromouse: even, 4..32); 0 = the preset’s',
  },
  {
    key: 'cell',
    type: 'int',
    default: 0,
    min: 0,
    max: 1000,
    description: 'cell size in mm, 100..1000; 0 = the preset’s',
  },
  {
    key: 'loops',
    type: 'int',
    default: 0,
    min: 0,
    max: 500,
    description: 'extra walls knocked out (0 = a perfect maze, where wall following always works)',
  },
  timeLimitParam(300),
];

function resolveSize(preset: MazePresetId, size: number): number {
  if (size === 0) return MAZE_PRESETS[preset].size;
  if (preset === 'micromouse' && (size < 4 || size % 2 !== 0)) {
    throw new TaskParamError(
      `maze: bad value "${size}" for size: expected an even integer 4..32 for the micromouse preset (or 0)`,
    );
  }
  if (size < 2) {
    throw new TaskParamError(
      `maze: bad value "${size}" for size: expected an integer 2..32 (or 0)`,
    );
  }
  return size;
}

function resolveCell(preset: MazePresetId, cell: number): number {
  if (cell === 0) return MAZE_PRESETS[preset].cell;
  if (cell < 100) {
    throw new TaskParamError(
      `maze: bad value "${cell}" for cell: expected an integer 100..1000 (or 0)`,
    );
  }
  return cell;
}

/**
 * Default robot: spike for the school maze; minisumo (10 × 10 cm) for micromouse, because a
 * LEGO robot does not fit the 168 mm corridors of 180 mm cells.
 */
const DEFAULT_PROFILE = { school: 'spike', micromouse: 'minisumo' } as const;

/** The maze task definition. */
export const mazeTask: TaskDef = {
  id: 'maze',
  robots: 1,
  params: PARAMS,
  description: 'Drive from the start cell to the finish of a maze generated from the seed.',
  create(seed, raw): TaskSetup {
    const p = parseParams('maze', PARAMS, raw);
    const preset = p.preset as MazePresetId;
    const size = resolveSize(preset, p.size as number);
    const cell = resolveCell(preset, p.cell as number);
    const loops = p.loops as number;
    const timeLimitMs = (p.time as number) * 1000;
    const maze = mazeFromSeed(seed, { preset, size, cell, loops });
    const centre = cellCentre(maze, maze.start);
    return {
      arena: mazeArena(maze),
      starts: [{ x: centre.x, y: centre.y, heading: maze.start.heading }],
      timeLimitMs,
      referee: mazeReferee({
        start: cellsRect(maze, [maze.start]),
        goal: cellsRect(maze, maze.finish),
        timeLimitMs,
        scoring: preset === 'micromouse' ? 'micromouse' : 'first-arrival',
      }),
      defaultProfile: DEFAULT_PROFILE[preset],
      params: { preset, size, cell, loops, time: p.time },
    };
  },
};
