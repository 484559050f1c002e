/**
 * Random Python programs: sequences of robot API calls (DriveBase, Motor, sensors, hub, tools,
 * the raw bridge) with extreme and wrong-typed arguments, some guarded by try/except, some in
 * short loops. Every program is valid Python; what it asks of the robot is not.
 */
import { API_OPS, API_OP_NAMES } from '../../sim/robot/api.ts';
import { EXTREME_PY, Picker, pyNumber, TEXTS } from './values.ts';

const HEADER = `from robot_setup import *
from pybricks.parameters import Port, Stop, Direction, Color
from pybricks.pupdevices import Motor, ColorSensor, UltrasonicSensor, ForceSensor
from pybricks.robotics import DriveBase
from pybricks.tools import wait, StopWatch
import _qadam_bridge as _b
import qadam
`;

type Gen = (p: Picker) => string;

const n = pyNumber;
const stop = (p: Picker): string =>
  p.one(['Stop.HOLD', 'Stop.BRAKE', 'Stop.COAST', 'Stop.NONE', '7', 'None', '"HOLD"']);
const flag = (p: Picker): string => p.one(['True', 'False', 'False', '0', '1', 'None', '"x"']);
const port = (p: Picker): string =>
  p.one(['Port.A', 'Port.B', 'Port.C', 'Port.D', 'Port.E', 'Port.F', '"A"', '3', 'None']);
const motor = (p: Picker): string => p.one(['left_motor', 'right_motor']);
const sensor = (p: Picker): string => p.one(['color_left', 'color_right']);

/** One API call each (a line of Python, no trailing newline). */
const CALLS: Gen[] = [
  (p) => `robot.straight(${n(p)}, then=${stop(p)}, wait=${flag(p)})`,
  (p) => `robot.turn(${n(p)}, then=${stop(p)}, wait=${flag(p)})`,
  (p) => `robot.curve(${n(p)}, ${n(p)}, wait=${flag(p)})`,
  (p) => `robot.drive(${n(p)}, ${n(p)})`,
  () => `robot.stop()`,
  () => `robot.brake()`,
  (p) => `robot.settings(${n(p)}, ${n(p)}, ${n(p)}, ${n(p)})`,
  (p) => `robot.settings(straight_speed=${n(p)})`,
  () => `print(robot.settings())`,
  (p) => `robot.reset(${n(p)}, ${n(p)})`,
  () => `print(robot.distance(), robot.angle(), robot.state(), robot.done(), robot.stalled())`,
  (p) => `robot.use_gyro(${flag(p)})`,
  (p) => `${motor(p)}.run(${n(p)})`,
  (p) => `${motor(p)}.dc(${n(p)})`,
  (p) => `${motor(p)}.run_time(${n(p)}, ${n(p)}, then=${stop(p)}, wait=${flag(p)})`,
  (p) => `${motor(p)}.run_angle(${n(p)}, ${n(p)}, wait=${flag(p)})`,
  (p) => `${motor(p)}.run_target(${n(p)}, ${n(p)}, wait=${flag(p)})`,
  (p) => `${motor(p)}.run_until_stalled(${n(p)}, duty_limit=${n(p)})`,
  (p) => `${motor(p)}.reset_angle(${n(p)})`,
  (p) => `${motor(p)}.${p.one(['stop', 'brake', 'hold'])}()`,
  (p) => `print(${motor(p)}.angle(), ${motor(p)}.speed(), ${motor(p)}.done(), ${motor(p)}.load())`,
  () => `print(ultrasonic.distance())`,
  (p) => `print(${sensor(p)}.reflection(), ${sensor(p)}.color(), ${sensor(p)}.hsv())`,
  (p) => `print(touch.pressed(${n(p)}), touch.force(), touch.touched())`,
  () => `print(gyro.angle(), gyro.speed())`,
  (p) => `gyro.reset_angle(${n(p)})`,
  (p) => `hub.imu.reset_heading(${n(p)})`,
  (p) => `hub.speaker.beep(${n(p)}, ${p.one(['10', '50', '1e12', '-5', 'float("nan")'])})`,
  (p) => `hub.light.on(${p.one(['Color.RED', 'Color.NONE', '5', 'None'])})`,
  (p) =>
    `wait(${p.one(['0', '1', '5', '50', '200', '-10', 'float("nan")', 'float("inf")', '1e12', '"5"'])})`,
  (p) => `watch.${p.one(['reset', 'pause', 'resume'])}(); print(watch.time())`,
  (p) =>
    `m = Motor(${port(p)}, ${p.one(['Direction.CLOCKWISE', 'Direction.COUNTERCLOCKWISE', '3'])})`,
  (p) => `s = ${p.one(['ColorSensor', 'UltrasonicSensor', 'ForceSensor'])}(${port(p)})`,
  (p) => `robot = DriveBase(${motor(p)}, ${motor(p)}, wheel_diameter=${n(p)}, axle_track=${n(p)})`,
  (p) => `qadam.pen(${flag(p)}); print(qadam.pose())`,
  (p) => `print(${p.one(TEXTS.map((t) => JSON.stringify(t)))})`,
  // The raw bridge: any operation, right or wrong argument counts, any floats.
  (p) => {
    const op = p.chance(0.9) ? p.one(API_OP_NAMES) : p.one(['nope', '__proto__', 'constructor']);
    const known = Object.prototype.hasOwnProperty.call(API_OPS, op);
    const arity = known ? API_OPS[op as keyof typeof API_OPS].args.length : 1;
    const count = p.chance(0.85) ? arity : p.int(0, 7);
    const args = Array.from({ length: count }, () =>
      p.chance(0.5) ? p.one(EXTREME_PY) : String(p.int(-3, 12)),
    );
    return `print(_b.call(${[JSON.stringify(op), ...args].join(', ')}))`;
  },
];

/** Indent every line of `body` by `depth` levels. */
function indent(body: string, depth: number): string {
  const pad = '    '.repeat(depth);
  return body
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function statement(p: Picker, depth: number): string {
  const roll = p.int(0, 99);
  if (roll < 8 && depth < 2) {
    const body = Array.from({ length: p.int(1, 3) }, () => statement(p, depth + 1)).join('\n');
    return `for _i${depth} in range(${p.int(1, 6)}):\n${indent(body, 1)}\n    wait(${p.int(1, 40)})`;
  }
  const call = p.one(CALLS)(p);
  // Most calls are guarded, so a program goes on after a refused value (ValueError, OSError…);
  // an unguarded one ends the program with an error, which is a verdict too.
  if (p.chance(0.8))
    return `try:\n    ${call}\nexcept Exception as e:\n    print(type(e).__name__)`;
  return call;
}

/** A random program of `length` statements (between 3 and 25 by default). */
export function apiProgram(seed: number, length?: number): string {
  const p = new Picker(seed);
  const count = length ?? p.int(3, 25);
  const body = Array.from({ length: count }, () => statement(p, 0)).join('\n');
  const tail = p.chance(0.5) ? `\nwait(${p.int(100, 2000)})\n` : '\n';
  return `${HEADER}${body}${tail}`;
}
