/**
 * Which names follow which: the members of each API type (`robot.` → DriveBase methods), the
 * names a program starts with after `from robot_setup import *`, and what each module exports.
 * Language-neutral data; the texts come from the locale tables via their doc keys.
 */
import type { ApiDocKey } from './api-docs.en.ts';

/** A type whose members the editor can list. */
export type ApiTypeName =
  | 'DriveBase'
  | 'Motor'
  | 'UltrasonicSensor'
  | 'ColorSensor'
  | 'ForceSensor'
  | 'TouchSensor'
  | 'GyroSensor'
  | 'StopWatch'
  | 'Hub'
  | 'IMU'
  | 'Speaker'
  | 'Light'
  | 'Buttons'
  | 'Color'
  | 'Stop'
  | 'Port'
  | 'Direction';

/** A member of a type: its name and, for a property such as `hub.imu`, the type it holds. */
export interface ApiMember {
  name: string;
  /** The type of a property's value; absent for methods and enum members. */
  type?: ApiTypeName;
}

const names = (...list: string[]): ApiMember[] => list.map((name) => ({ name }));

/** Members of each type, in the order a student most likely wants them. */
export const API_TYPES: Record<ApiTypeName, readonly ApiMember[]> = {
  DriveBase: names(
    'straight',
    'turn',
    'curve',
    'drive',
    'stop',
    'brake',
    'settings',
    'distance',
    'angle',
    'state',
    'reset',
    'done',
    'stalled',
    'use_gyro',
  ),
  Motor: names(
    'run',
    'run_angle',
    'run_time',
    'run_target',
    'run_until_stalled',
    'stop',
    'brake',
    'hold',
    'angle',
    'speed',
    'reset_angle',
    'done',
    'stalled',
    'dc',
  ),
  UltrasonicSensor: names('distance'),
  ColorSensor: names('reflection', 'color', 'ambient', 'hsv', 'rgb'),
  ForceSensor: names('pressed', 'force', 'touched'),
  TouchSensor: names('pressed'),
  GyroSensor: names('angle', 'speed', 'reset_angle'),
  StopWatch: names('time', 'reset', 'pause', 'resume'),
  Hub: [
    { name: 'imu', type: 'IMU' },
    { name: 'speaker', type: 'Speaker' },
    { name: 'light', type: 'Light' },
    { name: 'buttons', type: 'Buttons' },
  ],
  IMU: names('heading', 'reset_heading'),
  Speaker: names('beep'),
  Light: names('on', 'off'),
  Buttons: names('pressed'),
  Color: names(
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
    'NONE',
  ),
  Stop: names('HOLD', 'BRAKE', 'COAST', 'NONE'),
  Port: names('A', 'B', 'C', 'D', 'E', 'F', 'S1', 'S2', 'S3', 'S4'),
  Direction: names('CLOCKWISE', 'COUNTERCLOCKWISE'),
};

/** A top-level name: its doc and, when it holds an object, the object's type. */
export interface ApiGlobal {
  name: string;
  doc: ApiDocKey;
  type?: ApiTypeName;
}

/** What `from robot_setup import *` defines: the standard robot and the common Pybricks names. */
export const ROBOT_SETUP_NAMES: readonly ApiGlobal[] = [
  { name: 'robot', doc: 'name.robot', type: 'DriveBase' },
  { name: 'left_motor', doc: 'name.left_motor', type: 'Motor' },
  { name: 'right_motor', doc: 'name.right_motor', type: 'Motor' },
  { name: 'ultrasonic', doc: 'name.ultrasonic', type: 'UltrasonicSensor' },
  { name: 'color_left', doc: 'name.color_left', type: 'ColorSensor' },
  { name: 'color_right', doc: 'name.color_right', type: 'ColorSensor' },
  { name: 'touch', doc: 'name.touch', type: 'ForceSensor' },
  { name: 'gyro', doc: 'name.gyro', type: 'GyroSensor' },
  { name: 'watch', doc: 'name.watch', type: 'StopWatch' },
  { name: 'hub', doc: 'name.hub', type: 'Hub' },
  { name: 'wait', doc: 'wait' },
  { name: 'StopWatch', doc: 'StopWatch' },
  { name: 'Color', doc: 'Color', type: 'Color' },
  { name: 'Stop', doc: 'Stop', type: 'Stop' },
  { name: 'Port', doc: 'Port', type: 'Port' },
  { name: 'Direction', doc: 'Direction', type: 'Direction' },
];

/** Pybricks classes a program may construct, and the type of the object they make. */
export const API_CLASSES: readonly ApiGlobal[] = [
  { name: 'DriveBase', doc: 'DriveBase' },
  { name: 'Motor', doc: 'Motor' },
  { name: 'UltrasonicSensor', doc: 'UltrasonicSensor' },
  { name: 'ColorSensor', doc: 'ColorSensor' },
  { name: 'ForceSensor', doc: 'ForceSensor' },
  { name: 'TouchSensor', doc: 'TouchSensor' },
  { name: 'GyroSensor', doc: 'GyroSensor' },
  { name: 'PrimeHub', doc: 'PrimeHub' },
  { name: 'InventorHub', doc: 'PrimeHub' },
  { name: 'EV3Brick', doc: 'EV3Brick' },
];

/** The type of object a constructor call makes (`robot = DriveBase(...)` → DriveBase). */
export const CONSTRUCTED_TYPE: Record<string, ApiTypeName> = {
  DriveBase: 'DriveBase',
  Motor: 'Motor',
  UltrasonicSensor: 'UltrasonicSensor',
  ColorSensor: 'ColorSensor',
  ForceSensor: 'ForceSensor',
  TouchSensor: 'TouchSensor',
  GyroSensor: 'GyroSensor',
  StopWatch: 'StopWatch',
  PrimeHub: 'Hub',
  InventorHub: 'Hub',
  EV3Brick: 'Hub',
};

/** Python built-ins with a doc entry. */
export const BUILTIN_NAMES: readonly ApiGlobal[] = [
  { name: 'print', doc: 'print' },
  { name: 'range', doc: 'range' },
  { name: 'abs', doc: 'abs' },
  { name: 'round', doc: 'round' },
  { name: 'int', doc: 'int' },
  { name: 'min', doc: 'min' },
  { name: 'max', doc: 'max' },
  { name: 'len', doc: 'len' },
];

/** Modules a program can import, and the names each one exports. */
export const API_MODULES: Record<string, { doc: ApiDocKey; exports: readonly string[] }> = {
  robot_setup: {
    doc: 'module.robot_setup',
    exports: ['*', ...ROBOT_SETUP_NAMES.map((g) => g.name)],
  },
  pybricks: {
    doc: 'module.pybricks',
    exports: ['robotics', 'pupdevices', 'ev3devices', 'parameters', 'tools', 'hubs'],
  },
  'pybricks.robotics': { doc: 'module.pybricks.robotics', exports: ['DriveBase'] },
  'pybricks.pupdevices': {
    doc: 'module.pybricks.pupdevices',
    exports: ['Motor', 'ColorSensor', 'UltrasonicSensor', 'ForceSensor'],
  },
  'pybricks.ev3devices': {
    doc: 'module.pybricks.ev3devices',
    exports: ['Motor', 'ColorSensor', 'UltrasonicSensor', 'TouchSensor', 'GyroSensor'],
  },
  'pybricks.parameters': {
    doc: 'module.pybricks.parameters',
    exports: ['Port', 'Direction', 'Stop', 'Color'],
  },
  'pybricks.tools': { doc: 'module.pybricks.tools', exports: ['wait', 'StopWatch'] },
  'pybricks.hubs': {
    doc: 'module.pybricks.hubs',
    exports: ['PrimeHub', 'InventorHub', 'EV3Brick'],
  },
};
