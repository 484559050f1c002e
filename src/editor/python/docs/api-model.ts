/**
 * The robot's Python API as language-neutral data: each documented name with its Pybricks
 * signature (keyword names, defaults, units) and a short example. The student-facing summary
 * of each entry lives in the locale files (`api-docs.en.ts` defines the keys); the tables here
 * are typed against those keys, so an entry documented in one place and not the other fails to
 * compile.
 *
 * Types and members (which names follow `robot.`) live in `api-types.ts`.
 */
import type { ApiDocKey } from './api-docs.en.ts';

/** What kind of thing a documented name is (drives the completion icon). */
export type ApiKind =
  'module' | 'object' | 'class' | 'method' | 'property' | 'function' | 'enum' | 'member';

/** Signature and example of one documented name. */
export interface ApiEntry {
  kind: ApiKind;
  /** Python signature with Pybricks keyword names and defaults, e.g. `straight(distance, …)`. */
  signature: string;
  /** A short example a student can copy. Code is the same in every language. */
  example: string;
}

const m = (signature: string, example: string): ApiEntry => ({
  kind: 'method',
  signature,
  example,
});
const member = (signature: string): ApiEntry => ({ kind: 'member', signature, example: '' });

/** Every documented name. Keys: `module.*`, `name.*` (robot_setup), `Class`, `Class.member`. */
export const API_ENTRIES: Record<ApiDocKey, ApiEntry> = {
  // --- modules
  'module.robot_setup': {
    kind: 'module',
    signature: 'from robot_setup import *',
    example: 'from robot_setup import *\n\nrobot.straight(200)',
  },
  'module.pybricks': {
    kind: 'module',
    signature: 'import pybricks',
    example: 'from pybricks.tools import wait',
  },
  'module.pybricks.robotics': {
    kind: 'module',
    signature: 'from pybricks.robotics import DriveBase',
    example: 'robot = DriveBase(left_motor, right_motor, wheel_diameter=56, axle_track=112)',
  },
  'module.pybricks.pupdevices': {
    kind: 'module',
    signature: 'from pybricks.pupdevices import Motor, ColorSensor, UltrasonicSensor, ForceSensor',
    example: 'from pybricks.pupdevices import Motor\nleft_motor = Motor(Port.A)',
  },
  'module.pybricks.ev3devices': {
    kind: 'module',
    signature:
      'from pybricks.ev3devices import Motor, ColorSensor, UltrasonicSensor, TouchSensor, GyroSensor',
    example: 'from pybricks.ev3devices import TouchSensor\ntouch = TouchSensor(Port.S1)',
  },
  'module.pybricks.parameters': {
    kind: 'module',
    signature: 'from pybricks.parameters import Port, Direction, Stop, Color',
    example: 'from pybricks.parameters import Color',
  },
  'module.pybricks.tools': {
    kind: 'module',
    signature: 'from pybricks.tools import wait, StopWatch',
    example: 'from pybricks.tools import wait\nwait(1000)',
  },
  'module.pybricks.hubs': {
    kind: 'module',
    signature: 'from pybricks.hubs import PrimeHub, InventorHub, EV3Brick',
    example: 'from pybricks.hubs import PrimeHub\nhub = PrimeHub()',
  },

  // --- robot_setup names
  'name.hub': { kind: 'object', signature: 'hub: PrimeHub', example: 'hub.speaker.beep()' },
  'name.left_motor': {
    kind: 'object',
    signature: 'left_motor: Motor',
    example: 'left_motor.run_angle(500, 360)',
  },
  'name.right_motor': {
    kind: 'object',
    signature: 'right_motor: Motor',
    example: 'right_motor.run_angle(500, 360)',
  },
  'name.robot': { kind: 'object', signature: 'robot: DriveBase', example: 'robot.straight(200)' },
  'name.ultrasonic': {
    kind: 'object',
    signature: 'ultrasonic: UltrasonicSensor',
    example: 'print(ultrasonic.distance())',
  },
  'name.color_left': {
    kind: 'object',
    signature: 'color_left: ColorSensor',
    example: 'print(color_left.reflection())',
  },
  'name.color_right': {
    kind: 'object',
    signature: 'color_right: ColorSensor',
    example: 'print(color_right.reflection())',
  },
  'name.touch': { kind: 'object', signature: 'touch: ForceSensor', example: 'touch.pressed()' },
  'name.gyro': { kind: 'object', signature: 'gyro: GyroSensor', example: 'print(gyro.angle())' },
  'name.watch': { kind: 'object', signature: 'watch: StopWatch', example: 'print(watch.time())' },

  // --- classes
  DriveBase: {
    kind: 'class',
    signature: 'DriveBase(left_motor, right_motor, wheel_diameter, axle_track)',
    example: 'robot = DriveBase(left_motor, right_motor, 56, 112)',
  },
  Motor: {
    kind: 'class',
    signature: 'Motor(port, positive_direction=Direction.CLOCKWISE, gears=None)',
    example: 'left_motor = Motor(Port.A, Direction.COUNTERCLOCKWISE)',
  },
  UltrasonicSensor: {
    kind: 'class',
    signature: 'UltrasonicSensor(port)',
    example: 'ultrasonic = UltrasonicSensor(Port.D)',
  },
  ColorSensor: {
    kind: 'class',
    signature: 'ColorSensor(port)',
    example: 'color_left = ColorSensor(Port.C)',
  },
  ForceSensor: {
    kind: 'class',
    signature: 'ForceSensor(port)',
    example: 'touch = ForceSensor(Port.E)',
  },
  TouchSensor: {
    kind: 'class',
    signature: 'TouchSensor(port)',
    example: 'touch = TouchSensor(Port.S1)',
  },
  GyroSensor: {
    kind: 'class',
    signature: 'GyroSensor(port, positive_direction=Direction.CLOCKWISE)',
    example: 'gyro = GyroSensor(Port.S2)',
  },
  StopWatch: { kind: 'class', signature: 'StopWatch()', example: 'watch = StopWatch()' },
  PrimeHub: { kind: 'class', signature: 'PrimeHub()', example: 'hub = PrimeHub()' },
  EV3Brick: { kind: 'class', signature: 'EV3Brick()', example: 'hub = EV3Brick()' },

  // --- DriveBase
  'DriveBase.straight': m(
    'straight(distance, then=Stop.HOLD, wait=True)',
    'robot.straight(300)\nrobot.straight(-100)',
  ),
  'DriveBase.turn': m('turn(angle, then=Stop.HOLD, wait=True)', 'robot.turn(90)\nrobot.turn(-90)'),
  'DriveBase.curve': m('curve(radius, angle, then=Stop.HOLD, wait=True)', 'robot.curve(150, 90)'),
  'DriveBase.drive': m('drive(speed, turn_rate)', 'robot.drive(200, 0)\nwait(1000)\nrobot.stop()'),
  'DriveBase.stop': m('stop()', 'robot.stop()'),
  'DriveBase.brake': m('brake()', 'robot.brake()'),
  'DriveBase.settings': m(
    'settings(straight_speed=None, straight_acceleration=None, turn_rate=None, turn_acceleration=None)',
    'robot.settings(straight_speed=400, turn_rate=180)',
  ),
  'DriveBase.distance': m('distance() → int  # mm', 'print(robot.distance())'),
  'DriveBase.angle': m('angle() → float  # deg', 'print(robot.angle())'),
  'DriveBase.state': m(
    'state() → (distance, drive_speed, angle, turn_rate)',
    'distance, speed, angle, rate = robot.state()',
  ),
  'DriveBase.reset': m('reset(distance=0, angle=0)', 'robot.reset()'),
  'DriveBase.done': m(
    'done() → bool',
    'robot.straight(500, wait=False)\nwhile not robot.done():\n    wait(10)',
  ),
  'DriveBase.stalled': m('stalled() → bool', 'if robot.stalled():\n    robot.straight(-50)'),
  'DriveBase.use_gyro': m('use_gyro(use_gyro)', 'robot.use_gyro(True)'),

  // --- Motor
  'Motor.run': m('run(speed)  # deg/s', 'left_motor.run(500)'),
  'Motor.run_angle': m(
    'run_angle(speed, rotation_angle, then=Stop.HOLD, wait=True)',
    'left_motor.run_angle(500, 360)',
  ),
  'Motor.run_time': m(
    'run_time(speed, time, then=Stop.HOLD, wait=True)',
    'left_motor.run_time(500, 2000)',
  ),
  'Motor.run_target': m(
    'run_target(speed, target_angle, then=Stop.HOLD, wait=True)',
    'left_motor.run_target(300, 0)',
  ),
  'Motor.run_until_stalled': m(
    'run_until_stalled(speed, then=Stop.COAST, duty_limit=None) → int',
    'left_motor.run_until_stalled(200)',
  ),
  'Motor.stop': m('stop()', 'left_motor.stop()'),
  'Motor.brake': m('brake()', 'left_motor.brake()'),
  'Motor.hold': m('hold()', 'left_motor.hold()'),
  'Motor.angle': m('angle() → int  # deg', 'print(left_motor.angle())'),
  'Motor.speed': m('speed() → int  # deg/s', 'print(left_motor.speed())'),
  'Motor.reset_angle': m('reset_angle(angle=None)', 'left_motor.reset_angle(0)'),
  'Motor.done': m('done() → bool', 'if left_motor.done():\n    hub.speaker.beep()'),
  'Motor.stalled': m('stalled() → bool', 'if left_motor.stalled():\n    left_motor.stop()'),
  'Motor.dc': m('dc(duty)  # -100…100 %', 'left_motor.dc(50)'),

  // --- sensors
  'UltrasonicSensor.distance': m(
    'distance() → int  # mm',
    'if ultrasonic.distance() < 100:\n    robot.stop()',
  ),
  'ColorSensor.reflection': m(
    'reflection() → int  # 0…100 %',
    'if color_left.reflection() < 30:\n    robot.turn(10)',
  ),
  'ColorSensor.color': m(
    'color() → Color',
    'if color_left.color() == Color.BLACK:\n    robot.stop()',
  ),
  'ColorSensor.ambient': m('ambient() → int  # 0…100 %', 'print(color_left.ambient())'),
  'ColorSensor.hsv': m('hsv() → Color', 'c = color_left.hsv()\nprint(c.h, c.s, c.v)'),
  'ColorSensor.rgb': m('rgb() → (red, green, blue)  # EV3', 'r, g, b = color_left.rgb()'),
  'ForceSensor.pressed': m('pressed(force=3) → bool', 'while not touch.pressed():\n    wait(10)'),
  'ForceSensor.force': m('force() → float  # N', 'print(touch.force())'),
  'ForceSensor.touched': m('touched() → bool', 'if touch.touched():\n    robot.stop()'),
  'TouchSensor.pressed': m('pressed() → bool  # EV3', 'if touch.pressed():\n    robot.stop()'),
  'GyroSensor.angle': m('angle() → int  # deg', 'print(gyro.angle())'),
  'GyroSensor.speed': m('speed() → int  # deg/s', 'print(gyro.speed())'),
  'GyroSensor.reset_angle': m('reset_angle(angle)', 'gyro.reset_angle(0)'),

  // --- hub
  'Hub.imu': { kind: 'property', signature: 'hub.imu', example: 'print(hub.imu.heading())' },
  'Hub.speaker': { kind: 'property', signature: 'hub.speaker', example: 'hub.speaker.beep()' },
  'Hub.light': { kind: 'property', signature: 'hub.light', example: 'hub.light.on(Color.GREEN)' },
  'Hub.buttons': {
    kind: 'property',
    signature: 'hub.buttons',
    example: 'print(hub.buttons.pressed())',
  },
  'IMU.heading': m('heading() → float  # deg', 'print(hub.imu.heading())'),
  'IMU.reset_heading': m('reset_heading(angle)', 'hub.imu.reset_heading(0)'),
  'Speaker.beep': m('beep(frequency=500, duration=100)  # Hz, ms', 'hub.speaker.beep(1000, 200)'),
  'Light.on': m('on(color)', 'hub.light.on(Color.RED)'),
  'Light.off': m('off()', 'hub.light.off()'),
  'Buttons.pressed': m('pressed() → set of Button', 'print(hub.buttons.pressed())'),

  // --- tools
  wait: { kind: 'function', signature: 'wait(time)  # ms', example: 'wait(1000)' },
  'StopWatch.time': m('time() → int  # ms', 'if watch.time() > 5000:\n    robot.stop()'),
  'StopWatch.reset': m('reset()', 'watch.reset()'),
  'StopWatch.pause': m('pause()', 'watch.pause()'),
  'StopWatch.resume': m('resume()', 'watch.resume()'),

  // --- built-in functions students meet first
  print: { kind: 'function', signature: 'print(*values)', example: "print('distance:', d)" },
  range: {
    kind: 'function',
    signature: 'range(stop) / range(start, stop, step=1)',
    example: 'for i in range(4):\n    robot.straight(200)\n    robot.turn(90)',
  },
  abs: { kind: 'function', signature: 'abs(x)', example: 'abs(-5)  # 5' },
  round: { kind: 'function', signature: 'round(number, ndigits=None)', example: 'round(2.7)  # 3' },
  int: { kind: 'function', signature: 'int(x)', example: "int('42')  # 42" },
  min: { kind: 'function', signature: 'min(a, b, …)', example: 'min(300, d)' },
  max: { kind: 'function', signature: 'max(a, b, …)', example: 'max(0, speed)' },
  len: { kind: 'function', signature: 'len(s)', example: 'len([1, 2, 3])  # 3' },

  // --- parameters
  Color: { kind: 'enum', signature: 'Color', example: 'color_left.color() == Color.RED' },
  'Color.NONE': member('Color.NONE'),
  'Color.BLACK': member('Color.BLACK'),
  'Color.WHITE': member('Color.WHITE'),
  'Color.RED': member('Color.RED'),
  'Color.GREEN': member('Color.GREEN'),
  'Color.BLUE': member('Color.BLUE'),
  'Color.YELLOW': member('Color.YELLOW'),
  'Color.ORANGE': member('Color.ORANGE'),
  'Color.VIOLET': member('Color.VIOLET'),
  'Color.BROWN': member('Color.BROWN'),
  'Color.GRAY': member('Color.GRAY'),
  Stop: { kind: 'enum', signature: 'Stop', example: 'robot.straight(200, then=Stop.BRAKE)' },
  'Stop.COAST': member('Stop.COAST'),
  'Stop.BRAKE': member('Stop.BRAKE'),
  'Stop.HOLD': member('Stop.HOLD'),
  'Stop.NONE': member('Stop.NONE'),
  Port: { kind: 'enum', signature: 'Port', example: 'Motor(Port.A)' },
  'Port.A': member('Port.A'),
  'Port.B': member('Port.B'),
  'Port.C': member('Port.C'),
  'Port.D': member('Port.D'),
  'Port.E': member('Port.E'),
  'Port.F': member('Port.F'),
  'Port.S1': member('Port.S1'),
  'Port.S2': member('Port.S2'),
  'Port.S3': member('Port.S3'),
  'Port.S4': member('Port.S4'),
  Direction: {
    kind: 'enum',
    signature: 'Direction',
    example: 'Motor(Port.A, Direction.COUNTERCLOCKWISE)',
  },
  'Direction.CLOCKWISE': member('Direction.CLOCKWISE'),
  'Direction.COUNTERCLOCKWISE': member('Direction.COUNTERCLOCKWISE'),
};
