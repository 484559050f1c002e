/**
 * Data behind the error diagnosis (`error-rules.ts`): names students mistype, modules a robot
 * does not have, and the runtime class names of the API objects.
 */
import type { ApiTypeName } from './docs/api-types.ts';

/** Types whose members are constants (`Color.RED`), not commands to call. */
export const ENUM_TYPES: ReadonlySet<ApiTypeName> = new Set(['Color', 'Stop', 'Port', 'Direction']);

/** Built-ins a misspelt name may have meant (besides the documented ones). */
export const BUILTIN_CANDIDATES = [
  'str',
  'float',
  'input',
  'list',
  'dict',
  'sum',
  'sorted',
  'bool',
];
/** Modules that exist in Pyodide or on a PC but not on a robot hub. */
export const NOT_ON_ROBOT = new Set([
  'js',
  'pyodide',
  'pyodide_js',
  'micropip',
  'requests',
  'urllib',
  'socket',
  'subprocess',
  'threading',
  'multiprocessing',
  'tkinter',
  'turtle',
  'pygame',
  'numpy',
  'os',
  'sys',
]);
/** Words students try for a command, and the command they mean (checked before edit distance). */
export const COMMAND_ALIASES: Record<string, string> = {
  forward: 'straight',
  forwards: 'straight',
  backward: 'straight',
  backwards: 'straight',
  back: 'straight',
  move: 'straight',
  go: 'straight',
  left: 'turn',
  right: 'turn',
  rotate: 'turn',
  spin: 'turn',
  start: 'run',
  on: 'run',
  off: 'stop',
  degrees: 'angle',
  get_distance: 'distance',
  PURPLE: 'VIOLET',
  GREY: 'GRAY',
};
/** Runtime class names of the API objects (private Pybricks helpers included). */
export const RUNTIME_TYPES: Record<string, ApiTypeName> = {
  DriveBase: 'DriveBase',
  Motor: 'Motor',
  _Motor: 'Motor',
  UltrasonicSensor: 'UltrasonicSensor',
  ColorSensor: 'ColorSensor',
  ForceSensor: 'ForceSensor',
  TouchSensor: 'TouchSensor',
  GyroSensor: 'GyroSensor',
  StopWatch: 'StopWatch',
  PrimeHub: 'Hub',
  InventorHub: 'Hub',
  EV3Brick: 'Hub',
  _IMU: 'IMU',
  _Speaker: 'Speaker',
  _Light: 'Light',
  _Buttons: 'Buttons',
  Color: 'Color',
  Stop: 'Stop',
  Port: 'Port',
  Direction: 'Direction',
};
