/**
 * How the runtime treats each API operation (sim/robot/api.ts) for batching.
 *
 * World state is frozen within a physics step and a robot's commands only act at the next
 * step, so inside one step a program can be served without a round trip to the host:
 * - READOUT ops are side-effect-free queries whose answer the host precomputes into the
 *   robot's readout (only those the program has asked for before, to keep replies small);
 * - QUEUED ops are commands that return nothing: they are collected and applied in order
 *   with the next request, before the step in which they were issued.
 * Everything else (open, db_init, blocking calls, wait, queries after a queued command)
 * goes to the host at once.
 */
import { API_OPS, API_OP_NAMES, type ApiOp } from '../../sim/robot/api.ts';

/** Side-effect-free queries the host may precompute (keyed by op and exact args). */
export const READOUT_OPS: readonly ApiOp[] = [
  'motor_angle',
  'motor_speed',
  'motor_done',
  'motor_stalled',
  'motor_load',
  'db_distance',
  'db_angle',
  'db_state',
  'db_done',
  'db_stalled',
  'ultrasonic_distance',
  'color_reflection',
  'color_ambient',
  'color_color',
  'color_rgb',
  'color_hsv',
  'force_force',
  'force_pressed',
  'force_touched',
  'touch_pressed',
  'gyro_angle',
  'gyro_speed',
  'imu_heading',
  'imu_angular_velocity',
  'hub_buttons_pressed',
  'sim_pose',
];

/** Commands that return nothing and never block: queued until the next request. */
export const QUEUED_OPS: readonly ApiOp[] = [
  'motor_run',
  'motor_dc',
  'motor_stop',
  'motor_brake',
  'motor_hold',
  'motor_reset_angle',
  'db_drive',
  'db_stop',
  'db_brake',
  'db_reset',
  'db_use_gyro',
  'gyro_reset_angle',
  'imu_reset_heading',
  'hub_light_on',
  'hub_light_off',
  'sim_pen',
];

/**
 * Blocking manoeuvres whose last argument is `wait`: with wait=0 they return at once and
 * are queued like any other command.
 */
export const WAIT_FLAG_OPS: readonly ApiOp[] = (Object.keys(API_OPS) as ApiOp[]).filter((op) => {
  const args: readonly string[] = API_OPS[op].args;
  return args[args.length - 1] === 'wait';
});

/** Operations whose arguments may be NaN ("keep the current value"). */
export const NAN_OK_OPS: readonly ApiOp[] = ['db_settings'];

/**
 * Queries whose answer a queued command can change within the same step ('any' command, or
 * the listed ones). Every other readout query reports measured state — sensors, encoders,
 * pose — which commands only change from the next step on, so it stays servable from the
 * readout while commands are queued (a sense-act loop then needs one round trip per step).
 */
const AFFECTED_BY: Partial<Record<ApiOp, 'any' | readonly ApiOp[]>> = {
  motor_done: 'any',
  motor_stalled: 'any',
  db_done: 'any',
  db_stalled: 'any',
  motor_angle: ['motor_reset_angle'],
  db_distance: ['db_reset', 'db_use_gyro'],
  db_angle: ['db_reset', 'db_use_gyro', 'imu_reset_heading', 'gyro_reset_angle'],
  db_state: ['db_reset', 'db_use_gyro', 'imu_reset_heading', 'gyro_reset_angle'],
  gyro_angle: ['gyro_reset_angle'],
  imu_heading: ['imu_reset_heading'],
};

/** For each command that may be queued: the readout queries it invalidates (by index). */
export function affectedQueries(): Record<number, number[]> {
  const out: Record<number, number[]> = {};
  for (const cmd of [...QUEUED_OPS, ...WAIT_FLAG_OPS]) {
    out[opIndex(cmd)] = READOUT_OPS.filter((q) => {
      const a = AFFECTED_BY[q];
      return a === 'any' || (a !== undefined && a.includes(cmd));
    }).map(opIndex);
  }
  return out;
}

/** Op index (the transport code) of an op name. */
export const opIndex = (op: ApiOp): number => API_OP_NAMES.indexOf(op);

/** Argument count of each op, by index. */
export const OP_NARGS: readonly number[] = API_OP_NAMES.map((op) => API_OPS[op].args.length);

const indexSet = (ops: readonly ApiOp[]): ReadonlySet<number> => new Set(ops.map(opIndex));

export const READOUT_SET = indexSet(READOUT_OPS);
export const QUEUED_SET = indexSet(QUEUED_OPS);
export const WAIT_FLAG_SET = indexSet(WAIT_FLAG_OPS);
export const NAN_OK_SET = indexSet(NAN_OK_OPS);

/** True when `op` with `args` may travel in the command queue (the host re-checks it). */
export function isQueueable(op: number, args: readonly number[]): boolean {
  if (QUEUED_SET.has(op)) return true;
  return WAIT_FLAG_SET.has(op) && args[args.length - 1] === 0;
}
