/**
 * What the arena looks like before a run: the task's arena and the robots on their start
 * poses, as a snapshot the renderer can draw (no physics needed in the main thread).
 */
import type { TaskDef, TaskParams, TaskSetup } from '../../sim/tasks/types.ts';
import type { RobotProfile, RobotSnapshot, WorldSnapshot } from '../../sim/types.ts';

const ROBOT_IDS = ['A', 'B'];

export function previewSnapshot(setup: TaskSetup, profile: RobotProfile['id']): WorldSnapshot {
  const robots: RobotSnapshot[] = setup.starts.map((start, i) => ({
    id: ROBOT_IDS[i],
    profile,
    pose: start,
    footprint: [],
    speed: 0,
    lowestZ: 0,
    touchingWall: false,
    pen: false,
    sensors: {
      distance: 0,
      reflectionLeft: 0,
      reflectionRight: 0,
      colorLeft: 'NONE',
      colorRight: 'NONE',
      force: 0,
      pressed: false,
      heading: 0,
      leftAngle: 0,
      rightAngle: 0,
    },
    ray: { from: { x: start.x, y: start.y }, to: { x: start.x, y: start.y }, hit: false },
  }));
  return { t: 0, robots, cans: [], bodies: [] };
}

/** The setup for the toolbar's current choice, or null when the params are not valid. */
export function trySetup(task: TaskDef, seed: number, params: TaskParams): TaskSetup | null {
  try {
    return task.create(seed, params);
  } catch {
    return null;
  }
}
