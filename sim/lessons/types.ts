/**
 * A lesson as data (DESIGN.md I-6): what `lessons/<id>/task.json` holds once validated
 * (src/lessons/schema.ts). Field variants come from the seed: any number written as a range
 * `[min, max]` or a choice `{ oneOf: [a, b, …] }` is drawn from it, so every seed gives a
 * slightly different field and a program must use its sensors, not memorised distances.
 */
import type { Mm } from '../types.ts';

/**
 * A fixed number, a range `[min, max]`, or a choice `{ oneOf: [a, b, …] }` drawn from the seed.
 * A choice gives a field that differs in kind, not only in size (a passage blocked on the left
 * or on the right): a range would also draw the in-between values.
 */
export type Range = number | readonly [number, number] | { readonly oneOf: readonly number[] };

/** Named paint colours a lesson may use (they read as these colours to a colour sensor). */
export type PaintName = 'black' | 'green' | 'red' | 'blue' | 'yellow';

export interface FieldWall {
  id: string;
  /** Centre of the wall box (mm), arena frame: x east, y north. */
  x: Range;
  y: Range;
  sx: Mm;
  sy: Mm;
  height?: Mm;
}

export interface FieldZone {
  id: string;
  /** Centre of the painted rectangle (mm). */
  x: Range;
  y: Range;
  sx: Mm;
  sy: Mm;
  /** Paint; omit for an unpainted zone (a goal area the student sees only in the text). */
  color?: PaintName;
}

/** An open table: white floor, optional border walls, walls, painted zones and lines. */
export interface FieldLayout {
  /** Table extent (mm): x from -w/2 to w/2, y from -h/2 to h/2. */
  size: readonly [Mm, Mm];
  /** Low walls around the table's edge. */
  border?: boolean;
  start: { x: Range; y: Range; heading: Range };
  walls?: readonly FieldWall[];
  zones?: readonly FieldZone[];
  /** Black lines (20 mm unless `width`), as polylines of [x, y] points. */
  lines?: readonly { points: readonly (readonly [Range, Range])[]; width?: Mm }[];
}

/** Which part of the robot must be inside a zone. */
export type ZoneCheck = 'centre' | 'whole' | 'front';

/** A step of a route: be in a zone, or touch something (a wall or the touch sensor). */
export type RouteStep = { zone: string; at?: ZoneCheck } | { touch: true };

export type FieldGoal =
  /** When the program has ended and the robot has stopped, it is in the zone. */
  | { kind: 'reach'; zone: string; at?: ZoneCheck; noWallTouch?: boolean }
  /** The robot stops with its front between gap[0] and gap[1] mm from the wall, never touching it. */
  | { kind: 'stopBefore'; wall: string; gap: readonly [Mm, Mm] }
  /** The steps happen in order; then, when the program has ended, the robot is in `end`. */
  | { kind: 'route'; steps: readonly RouteStep[]; end?: { zone: string; at?: ZoneCheck } };

/** The tasks a lesson may build on, besides its own open field. */
export type BaseTaskId = 'maze' | 'line' | 'kegelring' | 'sumo';

interface LessonCommon {
  id: string;
  /** Robot profile the lesson is written for. */
  profile: 'spike' | 'ev3' | 'minisumo';
  /** Time limit of one attempt (s). */
  timeLimitS: number;
  /** The field variants the Check button and the tests run (seeds). */
  seeds: readonly number[];
}

/** A lesson on an open field with its own goal. */
export interface FieldLesson extends LessonCommon {
  task: 'field';
  field: FieldLayout;
  goal: FieldGoal;
}

/**
 * A lesson on one of the olympiad tasks: the goal is that task's own success (finish the maze,
 * follow the line to the end, clear the cans), or for sumo to win the match against `opponent`.
 */
export interface TaskLesson extends LessonCommon {
  task: BaseTaskId;
  params: Record<string, string | number>;
  /** Sumo only: the opponent (`bot:N`). */
  opponent?: string;
}

export type LessonSpec = FieldLesson | TaskLesson;
