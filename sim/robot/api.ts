/**
 * The robot API as the simulation serves it: one flat list of operations that the Python
 * package (src/python/pybricks) calls through the runtime. This table is the contract between
 * sim/ (which executes the operations: sim/robot/devices.ts) and src/runtime (which carries them
 * from a program worker to the host and back).
 *
 * Conventions
 * - Arguments and results are plain numbers (float64). Booleans are 0/1. Enums are integers:
 *   Stop: COAST=0, BRAKE=1, HOLD=2, NONE=3, COAST_SMART=4 (as `then=`);
 *   Color: index into COLOR_NAMES; Port: index into PORT_NAMES.
 * - Units are the Pybricks units: mm, deg, ms, mm/s, deg/s, %, clockwise positive.
 * - Every argument is validated by the host: NaN/Infinity → error 'EINVAL'; magnitudes are
 *   clamped to the profile's physical limits (never reach the physics unbounded).
 * - A device operation names its port first. `open` checks that the device on that port is of
 *   the kind the program expects (as a hub does when `Motor(Port.A)` is constructed).
 */

export const PORT_NAMES = ['A', 'B', 'C', 'D', 'E', 'F', 'S1', 'S2', 'S3', 'S4'] as const;

export const COLOR_NAMES = [
  'NONE',
  'BLACK',
  'WHITE',
  'RED',
  'GREEN',
  'BLUE',
  'YELLOW',
  'ORANGE',
  'VIOLET',
  'BROWN',
  'GRAY',
] as const;

export const STOP = { COAST: 0, BRAKE: 1, HOLD: 2, NONE: 3, COAST_SMART: 4 } as const;

export const DEVICE_KINDS = ['motor', 'ultrasonic', 'color', 'force', 'touch', 'gyro'] as const;

/**
 * Every operation, with its arguments (in order) and what it returns.
 * `blocks: true` means the call may not complete in the step it is issued in (the program's
 * clock then follows world time until the manoeuvre ends or stalls, as on a hub).
 */
export const API_OPS = {
  // --- devices
  /** args: port, kindIndex (DEVICE_KINDS) → [] or error ENODEV (no such device on that port). */
  open: { args: ['port', 'kind'], blocks: false },

  // --- tools (served by the runtime from the program's own virtual clock, not by sim/)
  /** args: ms → []. Costs max(ms, CALL_COST_MS) of virtual time. */
  wait: { args: ['ms'], blocks: true },
  /** → [the program's virtual clock, ms since its start] (for StopWatch). */
  clock: { args: [], blocks: false },

  // --- Motor (port first)
  motor_run: { args: ['port', 'speed'], blocks: false },
  motor_dc: { args: ['port', 'duty'], blocks: false },
  motor_stop: { args: ['port'], blocks: false },
  motor_brake: { args: ['port'], blocks: false },
  motor_hold: { args: ['port'], blocks: false },
  /** args: port, speed, time ms, then, wait(0/1) */
  motor_run_time: { args: ['port', 'speed', 'time', 'then', 'wait'], blocks: true },
  /** args: port, speed, rotation angle deg, then, wait */
  motor_run_angle: { args: ['port', 'speed', 'angle', 'then', 'wait'], blocks: true },
  /** args: port, speed, target angle deg, then, wait */
  motor_run_target: { args: ['port', 'speed', 'target', 'then', 'wait'], blocks: true },
  /** args: port, speed, then, duty_limit (-1 = none) → [angle at stall] */
  motor_run_until_stalled: { args: ['port', 'speed', 'then', 'dutyLimit'], blocks: true },
  motor_angle: { args: ['port'], blocks: false },
  motor_speed: { args: ['port'], blocks: false },
  motor_reset_angle: { args: ['port', 'angle'], blocks: false },
  motor_done: { args: ['port'], blocks: false },
  motor_stalled: { args: ['port'], blocks: false },
  /** → [load in mNm] */
  motor_load: { args: ['port'], blocks: false },

  // --- DriveBase (one per robot; left/right are ports)
  /** Directions: +1 for Direction.CLOCKWISE, -1 for COUNTERCLOCKWISE, as the program made the
   * motors (a hub drives both motors "positive" to go forward: a wrong direction spins). */
  db_init: {
    args: [
      'leftPort',
      'rightPort',
      'wheelDiameter',
      'axleTrack',
      'leftDirection',
      'rightDirection',
    ],
    blocks: false,
  },
  /** args: distance mm, then, wait */
  db_straight: { args: ['distance', 'then', 'wait'], blocks: true },
  /** args: angle deg, then, wait */
  db_turn: { args: ['angle', 'then', 'wait'], blocks: true },
  /** args: radius mm, angle deg, then, wait */
  db_curve: { args: ['radius', 'angle', 'then', 'wait'], blocks: true },
  db_drive: { args: ['speed', 'turnRate'], blocks: false },
  db_stop: { args: [], blocks: false },
  db_brake: { args: [], blocks: false },
  /** args: straight_speed, straight_acceleration, turn_rate, turn_acceleration (NaN = keep)
   * → [straight_speed, straight_acceleration, turn_rate, turn_acceleration] */
  db_settings: {
    args: ['straightSpeed', 'straightAcceleration', 'turnRate', 'turnAcceleration'],
    blocks: false,
  },
  db_distance: { args: [], blocks: false },
  db_angle: { args: [], blocks: false },
  /** → [distance, drive_speed, angle, turn_rate] */
  db_state: { args: [], blocks: false },
  db_reset: { args: ['distance', 'angle'], blocks: false },
  db_done: { args: [], blocks: false },
  db_stalled: { args: [], blocks: false },
  db_use_gyro: { args: ['on'], blocks: false },

  // --- sensors
  ultrasonic_distance: { args: ['port'], blocks: false },
  color_reflection: { args: ['port'], blocks: false },
  color_ambient: { args: ['port'], blocks: false },
  /** → [COLOR_NAMES index] */
  color_color: { args: ['port'], blocks: false },
  /** → [r, g, b] in % (EV3 rgb()) */
  color_rgb: { args: ['port'], blocks: false },
  /** → [h deg, s %, v %] */
  color_hsv: { args: ['port'], blocks: false },
  /** → [newtons] */
  force_force: { args: ['port'], blocks: false },
  /** args: port, threshold newtons → [0/1] */
  force_pressed: { args: ['port', 'force'], blocks: false },
  force_touched: { args: ['port'], blocks: false },
  touch_pressed: { args: ['port'], blocks: false },
  gyro_angle: { args: ['port'], blocks: false },
  gyro_speed: { args: ['port'], blocks: false },
  gyro_reset_angle: { args: ['port', 'angle'], blocks: false },
  imu_heading: { args: [], blocks: false },
  imu_reset_heading: { args: ['angle'], blocks: false },
  /** → [deg/s about the vertical axis, clockwise positive] */
  imu_angular_velocity: { args: [], blocks: false },

  // --- hub
  /** args: frequency Hz, duration ms. Blocks for the duration, like the hub's speaker. */
  hub_beep: { args: ['frequency', 'duration'], blocks: true },
  hub_light_on: { args: ['color'], blocks: false },
  hub_light_off: { args: [], blocks: false },
  /** → [] (no buttons are pressed in the simulator) */
  hub_buttons_pressed: { args: [], blocks: false },

  // --- simulator-only extras (the `qadam` Python module; would not run on a hub)
  /** → [x mm, y mm, heading deg] true pose of the program's own robot. */
  sim_pose: { args: [], blocks: false },
  /** args: on(0/1) → [] pen trail on/off (drawn by the renderer). */
  sim_pen: { args: ['on'], blocks: false },
} as const satisfies Record<string, { args: readonly string[]; blocks: boolean }>;

export type ApiOp = keyof typeof API_OPS;

/** Stable numeric code of each operation (its index), for compact transport. */
export const API_OP_NAMES = Object.keys(API_OPS) as ApiOp[];

/** Virtual time every API call costs (ms): a loop of calls always moves the clock forward. */
export const CALL_COST_MS = 1;

/** Errors a call can end with. The Python side raises them as on a hub. */
export type ApiErrorCode =
  /** No device of that kind on that port → OSError(ENODEV) */
  | 'ENODEV'
  /** A bad value (NaN, infinite, wrong type) → ValueError */
  | 'EINVAL'
  /** DriveBase not initialised, or a motor used by a DriveBase → OSError(EBUSY)-like */
  | 'EBUSY'
  /** Unknown operation (forged request) → rejected */
  | 'EBADOP';

/** What executing one operation gives. */
export type ApiOutcome =
  | { kind: 'value'; value: number[] }
  | { kind: 'error'; code: ApiErrorCode; message: string }
  /**
   * The call blocks. After every physics step the host calls `poll()`; when it returns an
   * array, the call completes with that value. Pure closure over the robot's state.
   */
  | { kind: 'block'; poll: () => number[] | null };
