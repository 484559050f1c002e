/**
 * English messages for Qadam's own blocks and toolbox categories. This file defines the keys:
 * `ru.ts` and `kk.ts` are typed {@link QadamMessages}, so a missing or extra key fails to compile.
 * Keys are Blockly.Msg keys, referenced from block JSON as `%{BKY_<KEY>}`.
 */
export const en = {
  QADAM_CAT_EVENTS: 'Events',
  QADAM_CAT_DRIVE: 'Drive',
  QADAM_CAT_MOTORS: 'Motors',
  QADAM_CAT_SENSORS: 'Sensors',
  QADAM_CAT_CONTROL: 'Control',
  QADAM_CAT_OUTPUT: 'Output',
  QADAM_CAT_SIMULATOR: 'Simulator only',
  QADAM_CAT_LOGIC: 'Logic',
  QADAM_CAT_LOOPS: 'Loops',
  QADAM_CAT_MATH: 'Math',
  QADAM_CAT_TEXT: 'Text',
  QADAM_CAT_VARIABLES: 'Variables',
  QADAM_CAT_FUNCTIONS: 'Functions',

  QADAM_START: 'when program starts',
  QADAM_START_TOOLTIP:
    'The blocks under this one run when you press Run. Blocks not attached to it do not run.',

  QADAM_WAIT_OPTION_WAIT: 'and wait',
  QADAM_WAIT_OPTION_NOWAIT: "and don't wait",
  QADAM_DIR_FORWARD: 'forward',
  QADAM_DIR_BACKWARD: 'backward',
  QADAM_TURN_RIGHT: 'right',
  QADAM_TURN_LEFT: 'left',
  QADAM_SIDE_LEFT: 'left',
  QADAM_SIDE_RIGHT: 'right',
  QADAM_SIDE_LEFT_OF: 'left',
  QADAM_SIDE_RIGHT_OF: 'right',

  QADAM_DRIVE_STRAIGHT: 'drive %1 %2 mm %3',
  QADAM_DRIVE_STRAIGHT_TOOLTIP: 'Drive straight for this many millimetres, then stop.',
  QADAM_DRIVE_TURN: 'turn %1 %2° %3',
  QADAM_DRIVE_TURN_TOOLTIP: 'Turn on the spot by this many degrees.',
  QADAM_DRIVE_DRIVE: 'drive at %1 mm/s turning %2 °/s',
  QADAM_DRIVE_DRIVE_TOOLTIP:
    'Start driving and keep going until another drive block. Turning 0 means straight.',
  QADAM_DRIVE_STOP: 'stop driving',
  QADAM_DRIVE_STOP_TOOLTIP: 'Stop the wheels and let the robot roll to a stop.',
  QADAM_DRIVE_BRAKE: 'brake',
  QADAM_DRIVE_BRAKE_TOOLTIP: 'Stop the wheels quickly with the brakes.',
  QADAM_DRIVE_SETTINGS: 'set speed %1 mm/s and turning %2 °/s',
  QADAM_DRIVE_SETTINGS_TOOLTIP:
    'Choose how fast the robot drives straight and turns in the blocks after this one.',
  QADAM_DRIVE_DISTANCE: 'distance driven (mm)',
  QADAM_DRIVE_DISTANCE_TOOLTIP:
    'How many millimetres the robot has driven since the start or the last reset.',
  QADAM_DRIVE_ANGLE: 'robot angle (°)',
  QADAM_DRIVE_ANGLE_TOOLTIP:
    'How many degrees the robot has turned since the start or the last reset. Right is positive.',
  QADAM_DRIVE_RESET: 'reset distance and angle',
  QADAM_DRIVE_RESET_TOOLTIP: 'Set the distance driven and the robot angle back to 0.',
  QADAM_DRIVE_DONE: 'drive finished?',
  QADAM_DRIVE_DONE_TOOLTIP:
    'True when the last drive or turn has finished (useful with "and don\'t wait").',

  QADAM_MOTOR_RUN: 'run %1 motor at %2 °/s',
  QADAM_MOTOR_RUN_TOOLTIP: 'Keep the motor turning at this speed in degrees per second.',
  QADAM_MOTOR_RUN_ANGLE: 'turn %1 motor by %2° at %3 °/s %4',
  QADAM_MOTOR_RUN_ANGLE_TOOLTIP: 'Turn the motor by this many degrees, then hold it still.',
  QADAM_MOTOR_STOP: 'stop %1 motor',
  QADAM_MOTOR_STOP_TOOLTIP: 'Stop the motor and let it spin freely.',
  QADAM_MOTOR_ANGLE: '%1 motor angle (°)',
  QADAM_MOTOR_ANGLE_TOOLTIP: 'How many degrees the motor has turned.',
  QADAM_MOTOR_RESET_ANGLE: 'reset %1 motor angle',
  QADAM_MOTOR_RESET_ANGLE_TOOLTIP: 'Set the motor angle back to 0.',

  QADAM_SENSOR_DISTANCE: 'distance to obstacle (mm)',
  QADAM_SENSOR_DISTANCE_TOOLTIP:
    'What the ultrasonic sensor measures, in millimetres. Nothing in front gives a big number.',
  QADAM_SENSOR_REFLECTION: '%1 colour sensor brightness (%)',
  QADAM_SENSOR_REFLECTION_TOOLTIP: 'How much light the surface reflects: 0 is black, 100 is white.',
  QADAM_SENSOR_COLOR_IS: '%1 colour sensor sees %2',
  QADAM_SENSOR_COLOR_IS_TOOLTIP: 'True when the colour sensor sees this colour.',
  QADAM_COLOR_BLACK: 'black',
  QADAM_COLOR_WHITE: 'white',
  QADAM_COLOR_RED: 'red',
  QADAM_COLOR_YELLOW: 'yellow',
  QADAM_COLOR_GREEN: 'green',
  QADAM_COLOR_BLUE: 'blue',
  QADAM_SENSOR_TOUCH: 'touch sensor pressed?',
  QADAM_SENSOR_TOUCH_TOOLTIP: 'True while the touch sensor is pressed.',
  QADAM_SENSOR_GYRO_ANGLE: 'gyro angle (°)',
  QADAM_SENSOR_GYRO_ANGLE_TOOLTIP:
    'Which way the robot points, in degrees. Turning right makes it bigger.',
  QADAM_SENSOR_GYRO_RESET: 'reset gyro angle',
  QADAM_SENSOR_GYRO_RESET_TOOLTIP: 'Set the gyro angle back to 0.',
  QADAM_SENSOR_TIMER: 'timer (ms)',
  QADAM_SENSOR_TIMER_TOOLTIP: 'Milliseconds since the start or the last timer reset.',
  QADAM_SENSOR_TIMER_RESET: 'reset timer',
  QADAM_SENSOR_TIMER_RESET_TOOLTIP: 'Start counting the timer from 0 again.',

  QADAM_WAIT_MS: 'wait %1 ms',
  QADAM_WAIT_MS_TOOLTIP: 'Wait this many milliseconds (1000 ms = 1 second).',
  QADAM_WAIT_SECONDS: 'wait %1 seconds',
  QADAM_WAIT_SECONDS_TOOLTIP: 'Wait this many seconds.',
  QADAM_WAIT_UNTIL: 'wait until %1',
  QADAM_WAIT_UNTIL_TOOLTIP:
    'Wait until the condition becomes true. Motors keep doing what they were doing.',
  QADAM_FOREVER: 'forever',
  QADAM_FOREVER_TOOLTIP: 'Repeat the blocks inside again and again, without end.',
  QADAM_STOP_PROGRAM: 'stop program',
  QADAM_STOP_PROGRAM_TOOLTIP: 'End the program here.',

  QADAM_BEEP: 'beep %1 Hz for %2 ms',
  QADAM_BEEP_TOOLTIP: 'Play a sound: the higher the Hz, the higher the note.',

  QADAM_SIM_PEN: 'pen %1',
  QADAM_SIM_PEN_TOOLTIP:
    'Draw a line behind the robot. Works only in the simulator, not on a real robot.',
  QADAM_PEN_DOWN: 'down',
  QADAM_PEN_UP: 'up',
};

/** A message key of Qadam's own blocks. */
export type QadamMessageKey = keyof typeof en;

/** A complete set of Qadam block messages for one language. */
export type QadamMessages = Record<QadamMessageKey, string>;
