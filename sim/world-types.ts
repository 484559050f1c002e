/**
 * The shape of the simulated world as the runtime host and the tests use it.
 * `SimWorld` in world.ts implements it.
 */
import type { ApiOp, ApiOutcome } from './robot/api.ts';
import type { ArenaSpec, Ms, Pose2, RobotProfile, WorldSnapshot } from './types.ts';

/** Fixed physics step (ms). Not configurable per run: the outcome depends on it (I-2). */
export const STEP_MS = 5;

export interface RobotPlacement {
  /** Slot id: 'A', 'B', … */
  id: string;
  profile: RobotProfile;
  start: Pose2;
}

export interface WorldOptions {
  arena: ArenaSpec;
  robots: RobotPlacement[];
  /** Seeds sensor noise and anything else random in the world. */
  seed: number;
  /** Sensor noise on (default false: exact readings). */
  noise?: boolean;
}

/** The devices of one robot: executes API operations against its own robot only (I-7). */
export interface RobotDevicesApi {
  /**
   * Execute one operation for this robot at the current world time. `args` come from an
   * untrusted program: the implementation validates and clamps every value.
   */
  request(op: ApiOp, args: readonly number[]): ApiOutcome;
  /** Program ended or was stopped: motors coast, drive base released (as a hub at program end). */
  releaseAll(): void;
}

/** How much of a snapshot is computed up front (SimWorldApi.snapshot). */
export type SnapshotDetail = 'full' | 'lazy';

export interface SimWorldApi {
  readonly timeMs: Ms;
  /** Advance exactly STEP_MS. */
  step(): void;
  /**
   * The world now. 'lazy': sensors, the ultrasonic ray and the body list are computed only
   * if read (a referee needs none of them, and the raycasts cost as much as a physics step
   * in a maze); read them before the next step, or they describe that step's world.
   */
  snapshot(detail?: SnapshotDetail): WorldSnapshot;
  devices(robotId: string): RobotDevicesApi;
  /** Fingerprint of the full physical state (positions, rotations, velocities, controllers). */
  hash(): string;
}
