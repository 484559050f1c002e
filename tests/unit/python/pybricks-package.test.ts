/**
 * The Pybricks-compatible Python package (src/python) running in real Pyodide against a fake
 * `_qadam_bridge` (tests/fixtures/python/fake_bridge.py) that records every API call.
 */
import { readFileSync } from 'node:fs';
import { loadPyodide, type PyodideInterface } from 'pyodide';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_OPS, PORT_NAMES } from '../../../sim/robot/api.ts';
import { PROFILES } from '../../../sim/profiles/index.ts';
import { listPythonSources } from '../../helpers/python-files.ts';

const SITE = '/home/pyodide/qadam';
const FAKE_BRIDGE = readFileSync(
  new URL('../../fixtures/python/fake_bridge.py', import.meta.url),
  'utf8',
);
const SOURCES = listPythonSources();

let py: PyodideInterface;

function source(path: string): string {
  const file = SOURCES.find((f) => f.path === path);
  if (!file) throw new Error(`missing src/python/${path}`);
  return file.content;
}

/** Runs Python in a fresh namespace and returns its `result` variable (through JSON). */
function run(code: string): unknown {
  const ns = py.globals.get('dict')();
  try {
    py.runPython(code, { globals: ns });
    return JSON.parse(py.runPython('import json; json.dumps(result)', { globals: ns }) as string);
  } finally {
    ns.destroy();
  }
}

/** Runs Python that should raise: returns [exception type, message, errno or null]. */
function raises(code: string): [string, string, number | null] {
  const body = code
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return run(
    `try:\n${body}\n    result = ['no exception', '', None]\n` +
      `except Exception as e:\n    result = [type(e).__name__, str(e), getattr(e, 'errno', None)]`,
  ) as [string, string, number | null];
}

/** Every call the fake bridge received, as [op, ...args]. */
function calls(): unknown[][] {
  return run('import _qadam_bridge\nresult = _qadam_bridge.calls') as unknown[][];
}

function lastCall(): unknown[] {
  return calls().at(-1) ?? [];
}

/** Installs src/python/robot_setup/<profile>.py as the module `robot_setup`, as the runtime does. */
function useProfile(profile: 'spike' | 'ev3' | 'minisumo'): void {
  py.FS.writeFile(`${SITE}/robot_setup.py`, source(`robot_setup/${profile}.py`));
  py.runPython(
    "import sys, importlib\nsys.modules.pop('robot_setup', None)\nimportlib.invalidate_caches()",
  );
}

beforeAll(async () => {
  py = await loadPyodide();
  for (const file of SOURCES) {
    if (file.path.startsWith('robot_setup/')) continue;
    const dir = file.path.split('/').slice(0, -1).join('/');
    py.FS.mkdirTree(dir ? `${SITE}/${dir}` : SITE);
    py.FS.writeFile(`${SITE}/${file.path}`, file.content);
  }
  py.FS.writeFile(`${SITE}/_qadam_bridge.py`, FAKE_BRIDGE);
  // The fake bridge checks every call against the contract: known op, right argument count.
  const arity = Object.fromEntries(
    Object.entries(API_OPS).map(([op, spec]) => [op, spec.args.length]),
  );
  // No bytecode cache: robot_setup.py is rewritten between tests.
  py.runPython(`import sys\nsys.dont_write_bytecode = True\nsys.path.insert(0, '${SITE}')`);
  py.runPython(`import _qadam_bridge\n_qadam_bridge.ARITY.update(${JSON.stringify(arity)})`);
});

beforeEach(() => {
  py.runPython('import _qadam_bridge\n_qadam_bridge.reset()');
});

describe('robot_setup', () => {
  const NAMES = [
    'hub',
    'left_motor',
    'right_motor',
    'robot',
    'ultrasonic',
    'color_left',
    'color_right',
    'touch',
    'gyro',
    'watch',
    'wait',
    'Color',
    'Port',
    'Stop',
    'Direction',
  ];

  /** What a correct robot_setup passes to db_init: the sim profile's ports, sizes, mounting. */
  function expectedDbInit(id: 'spike' | 'ev3' | 'minisumo'): number[] {
    const profile = PROFILES[id];
    const entry = (role: string) => {
      const found = Object.entries(profile.ports).find(([, d]) => d?.role === role);
      if (!found) throw new Error(`${id} has no ${role}`);
      return { port: PORT_NAMES.indexOf(found[0] as never), sign: found[1]?.mirrored ? -1 : 1 };
    };
    const left = entry('left_motor');
    const right = entry('right_motor');
    return [
      left.port,
      right.port,
      profile.wheels.diameter,
      profile.wheels.axleTrack,
      left.sign,
      right.sign,
    ];
  }

  it.each(['spike', 'ev3', 'minisumo'] as const)(
    '%s: `from robot_setup import *` builds the robot as its sim profile is built',
    (profile) => {
      const dbInit = expectedDbInit(profile);
      useProfile(profile);
      const missing = run(
        `from robot_setup import *\nresult = [n for n in ${JSON.stringify(NAMES)} if n not in globals()]`,
      );
      expect(missing).toEqual([]);
      const inits = calls().filter((c) => c[0] === 'db_init');
      expect(inits).toEqual([['db_init', ...dbInit]]);
    },
  );

  it('spike opens each device on its port with its kind', () => {
    useProfile('spike');
    run('from robot_setup import *\nresult = None');
    // [port index, DEVICE_KINDS index]: motor 0, ultrasonic 1, color 2, force 3
    const opens = calls()
      .filter((c) => c[0] === 'open')
      .map((c) => c.slice(1));
    expect(opens).toEqual([
      [0, 0],
      [1, 0],
      [2, 3],
      [3, 1],
      [4, 2],
      [5, 2],
    ]);
  });

  it('ev3 has no right color sensor and a GyroSensor on S2', () => {
    useProfile('ev3');
    const result = run(
      'from robot_setup import *\nimport _qadam_bridge\n' +
        "_qadam_bridge.results['gyro_angle'] = [-45.0]\n" +
        'result = [color_right is None, gyro.angle(), type(gyro).__name__]',
    );
    expect(result).toEqual([true, -45, 'GyroSensor']);
    expect(lastCall()).toEqual(['gyro_angle', 7]);
  });

  it('spike gyro reads the hub heading', () => {
    useProfile('spike');
    const result = run(
      'from robot_setup import *\nimport _qadam_bridge\n' +
        "_qadam_bridge.results['imu_heading'] = [89.6]\n" +
        "_qadam_bridge.results['imu_angular_velocity'] = [30.0]\n" +
        'gyro.reset_angle(10)\n' +
        'result = [gyro.angle(), gyro.speed(), hub.imu.angular_velocity(Axis.Z)]',
    );
    // clockwise 30 deg/s: +30 for the gyro, -30 about Z (right-hand rule, Z up) as in Pybricks
    expect(result).toEqual([90, 30, -30]);
    expect(calls().filter((c) => c[0] === 'imu_reset_heading')).toEqual([
      ['imu_reset_heading', 10],
    ]);
  });
});

describe('DriveBase', () => {
  beforeEach(() => useProfile('spike'));

  it('straight(200) drives 200 mm, holds and waits', () => {
    run('from robot_setup import *\nrobot.straight(200)\nresult = None');
    expect(lastCall()).toEqual(['db_straight', 200, 2, 1]);
  });

  it('turn(-90, wait=False) does not wait', () => {
    run('from robot_setup import *\nrobot.turn(-90, wait=False)\nresult = None');
    expect(lastCall()).toEqual(['db_turn', -90, 2, 0]);
  });

  it('curve, drive, then= and reset pass their arguments in API order', () => {
    run(
      'from robot_setup import *\nrobot.curve(150, 45, then=Stop.COAST)\n' +
        'robot.drive(100, -20)\nrobot.reset(angle=5)\nresult = None',
    );
    expect(calls().slice(-3)).toEqual([
      ['db_curve', 150, 45, 0, 1],
      ['db_drive', 100, -20],
      ['db_reset', 0, 5],
    ]);
  });

  it('settings() with no arguments returns a tuple; with arguments keeps the rest (NaN)', () => {
    const result = run(
      'from robot_setup import *\nimport _qadam_bridge, math\n' +
        "_qadam_bridge.results['db_settings'] = [400.0, 800.0, 150.0, 700.0]\n" +
        'got = robot.settings()\nset_result = robot.settings(straight_speed=300)\n' +
        "sent = _qadam_bridge.calls_of('db_settings')\n" +
        'result = [type(got).__name__, list(got), set_result,\n' +
        '  [math.isnan(a) for a in sent[0]], sent[1][0], [math.isnan(a) for a in sent[1][1:]]]',
    );
    expect(result).toEqual([
      'tuple',
      [400, 800, 150, 700],
      null,
      [true, true, true, true],
      300,
      [true, true, true],
    ]);
  });

  it('distance() is an int, angle() a float, state() a 4-tuple', () => {
    const result = run(
      'from robot_setup import *\nimport _qadam_bridge\n' +
        "_qadam_bridge.results['db_distance'] = [99.7]\n" +
        "_qadam_bridge.results['db_angle'] = [12.5]\n" +
        "_qadam_bridge.results['db_state'] = [10.2, 200.0, -3.0, 0.4]\n" +
        'result = [robot.distance(), robot.angle(), robot.state(), type(robot.state()).__name__]',
    );
    expect(result).toEqual([100, 12.5, [10, 200, -3, 0], 'tuple']);
  });

  it("straight('abc') raises TypeError and sends nothing", () => {
    const [type, message] = raises("from robot_setup import *\nrobot.straight('abc')");
    expect(type).toBe('TypeError');
    expect(message).toBe("straight() argument 'distance' must be a number, not str");
    expect(calls().some((c) => c[0] === 'db_straight')).toBe(false);
  });

  it('drive(nan, 0) and turn(inf) raise ValueError', () => {
    expect(raises("from robot_setup import *\nrobot.drive(float('nan'), 0)")[0]).toBe('ValueError');
    expect(raises("from robot_setup import *\nrobot.turn(float('inf'))")[0]).toBe('ValueError');
    expect(calls().some((c) => c[0] === 'db_drive' || c[0] === 'db_turn')).toBe(false);
  });

  it('then= must be a Stop, not an int', () => {
    const [type, message] = raises('from robot_setup import *\nrobot.straight(100, then=2)');
    expect(type).toBe('TypeError');
    expect(message).toContain('Stop.HOLD');
  });

  it('DriveBase rejects what is not a Motor', () => {
    const [type, message] = raises(
      'from pybricks.robotics import DriveBase\nfrom pybricks.pupdevices import Motor\n' +
        'from pybricks.parameters import Port\nDriveBase(Motor(Port.A), "B", 56, 112)',
    );
    expect(type).toBe('TypeError');
    expect(message).toContain("'right_motor' must be Motor, not str");
  });
});

describe('errors from the host become hub exceptions', () => {
  it('Motor(Port.C) with no motor there → OSError ENODEV naming port C', () => {
    const [type, message, errno] = raises(
      'import _qadam_bridge\n_qadam_bridge.empty_ports.add("C")\n' +
        'from pybricks.pupdevices import Motor\nfrom pybricks.parameters import Port\nMotor(Port.C)',
    );
    expect(type).toBe('OSError');
    // Pyodide's errno numbers are Emscripten's (ENODEV 43, not 19): compare with its errno module.
    expect(errno).toBe(run('import errno\nresult = errno.ENODEV'));
    expect(message).toContain('no motor on port C');
  });

  it('EINVAL → ValueError, EBUSY → OSError(EBUSY)', () => {
    useProfile('spike');
    const invalid = raises(
      "import _qadam_bridge\n_qadam_bridge.errors['db_drive'] = ('EINVAL', 'speed out of range')\n" +
        'from robot_setup import *\nrobot.drive(1, 0)',
    );
    expect(invalid.slice(0, 2)).toEqual(['ValueError', 'speed out of range']);
    const busy = raises(
      "import _qadam_bridge\n_qadam_bridge.errors['db_straight'] = ('EBUSY', 'no drive base')\n" +
        'from robot_setup import *\nrobot.straight(10)',
    );
    const ebusy = run('import errno\nresult = errno.EBUSY');
    expect(busy).toEqual(['OSError', `[Errno ${ebusy}] no drive base`, ebusy]);
  });

  it('a port that is not a Port → TypeError', () => {
    const [type, message] = raises('from pybricks.pupdevices import Motor\nMotor("A")');
    expect(type).toBe('TypeError');
    expect(message).toContain("'port' must be Port");
  });
});

describe('Motor', () => {
  const IMPORTS =
    'import _qadam_bridge\nfrom pybricks.pupdevices import Motor\n' +
    'from pybricks.parameters import Port, Direction, Stop\n';

  it('COUNTERCLOCKWISE negates speeds and angles in the motor frame', () => {
    const result = run(
      IMPORTS +
        "_qadam_bridge.results['motor_angle'] = [90.0]\n" +
        'm = Motor(Port.A, Direction.COUNTERCLOCKWISE)\nm.run(500)\nm.run_angle(300, 90, then=Stop.BRAKE)\n' +
        'm.run_target(-200, 45, wait=False)\nm.reset_angle(30)\nresult = m.angle()',
    );
    expect(result).toBe(-90);
    expect(calls().slice(-5, -1)).toEqual([
      ['motor_run', 0, -500],
      ['motor_run_angle', 0, 300, -90, 1, 1],
      ['motor_run_target', 0, 200, -45, 2, 0],
      ['motor_reset_angle', 0, -30],
    ]);
  });

  it('gears [12, 36] scale the output by 3', () => {
    const result = run(
      IMPORTS +
        "_qadam_bridge.results['motor_angle'] = [300.0]\n" +
        "_qadam_bridge.results['motor_speed'] = [-150.0]\n" +
        'm = Motor(Port.B, gears=[12, 36])\nm.run(100)\nresult = [m.angle(), m.speed()]',
    );
    expect(result).toEqual([100, -50]);
    expect(calls().find((c) => c[0] === 'motor_run')).toEqual(['motor_run', 1, 300]);
  });

  it('run_until_stalled returns the output angle', () => {
    const result = run(
      IMPORTS +
        "_qadam_bridge.results['motor_run_until_stalled'] = [-720.0]\n" +
        'result = Motor(Port.A, Direction.COUNTERCLOCKWISE, [[12, 24]]).run_until_stalled(200, duty_limit=40)',
    );
    expect(result).toBe(360);
    expect(lastCall()).toEqual(['motor_run_until_stalled', 0, -400, 0, 40]);
  });
});

describe('sensors and Color', () => {
  beforeEach(() => useProfile('spike'));

  it('color_left.color() == Color.RED when the sim reports RED (index 3)', () => {
    const result = run(
      'from robot_setup import *\nimport _qadam_bridge\n' +
        "_qadam_bridge.results['color_color'] = [3.0]\n" +
        'c = color_left.color()\nresult = [c == Color.RED, c == Color.BLUE, repr(c), int(Color.GRAY)]',
    );
    expect(result).toEqual([true, false, 'Color.RED', 10]);
    expect(lastCall()).toEqual(['color_color', 4]);
  });

  it('hsv() gives a Color equal to a named one with the same h, s, v', () => {
    const result = run(
      'from robot_setup import *\nimport _qadam_bridge\n' +
        "_qadam_bridge.results['color_hsv'] = [240.2, 99.6, 100.0]\n" +
        'c = color_right.hsv()\nresult = [c == Color.BLUE, c.h, c.s, c.v]',
    );
    expect(result).toEqual([true, 240, 100, 100]);
  });

  it('detectable_colors() makes color() pick the nearest of the given colors', () => {
    const result = run(
      'from robot_setup import *\nimport _qadam_bridge\n' +
        "_qadam_bridge.results['color_hsv'] = [0.0, 0.0, 12.0]\n" +
        'color_left.detectable_colors([Color.BLACK, Color.WHITE, Color.RED])\n' +
        'result = [repr(color_left.color()), len(color_left.detectable_colors())]',
    );
    expect(result).toEqual(['Color.BLACK', 3]);
  });

  it('reflection, distance and force sensor readings', () => {
    const result = run(
      'from robot_setup import *\nimport _qadam_bridge\n' +
        "_qadam_bridge.results['color_reflection'] = [47.6]\n" +
        "_qadam_bridge.results['ultrasonic_distance'] = [2000.0]\n" +
        "_qadam_bridge.results['force_pressed'] = [1.0]\n" +
        'result = [color_left.reflection(), ultrasonic.distance(), touch.pressed(), touch.pressed(force=5)]',
    );
    expect(result).toEqual([48, 2000, true, true]);
    expect(calls().filter((c) => c[0] === 'force_pressed')).toEqual([
      ['force_pressed', 2, 3],
      ['force_pressed', 2, 5],
    ]);
  });
});

describe('every method keeps the contract', () => {
  const EXPECTED_OPS = [
    'color_ambient',
    'color_color',
    'color_reflection',
    'color_rgb',
    'db_brake',
    'db_done',
    'db_init',
    'db_reset',
    'db_stalled',
    'db_stop',
    'db_use_gyro',
    'force_force',
    'force_touched',
    'gyro_reset_angle',
    'gyro_speed',
    'hub_beep',
    'hub_light_off',
    'imu_angular_velocity',
    'imu_heading',
    'imu_reset_heading',
    'motor_brake',
    'motor_dc',
    'motor_done',
    'motor_hold',
    'motor_load',
    'motor_reset_angle',
    'motor_run_time',
    'motor_speed',
    'motor_stalled',
    'motor_stop',
    'open',
    'touch_pressed',
    'ultrasonic_distance',
    'wait',
  ];
  it('each call names a known operation with its number of arguments', () => {
    // The fake bridge raises on an unknown op or a wrong argument count (ARITY from API_OPS).
    const result = run(
      [
        'from pybricks.pupdevices import Motor, ColorSensor, UltrasonicSensor, ForceSensor',
        'from pybricks import ev3devices as ev3',
        'from pybricks.hubs import PrimeHub, EV3Brick',
        'from pybricks.robotics import DriveBase',
        'from pybricks.parameters import Port, Direction, Stop, Color',
        'm = Motor(Port.A, Direction.COUNTERCLOCKWISE)',
        'm.run_time(300, 1000, Stop.COAST, False); m.dc(-50); m.stop(); m.brake(); m.hold()',
        'm.load(); m.done(); m.stalled(); m.speed(); m.reset_angle()',
        'db = DriveBase(m, Motor(Port.B), 56, 112)',
        'db.stop(); db.brake(); db.done(); db.stalled(); db.use_gyro(True); db.reset()',
        'c = ColorSensor(Port.E); c.ambient(); c.lights.on(50); c.lights.off()',
        'u = UltrasonicSensor(Port.D); u.distance(); u.presence(); u.lights.on()',
        'f = ForceSensor(Port.C); f.force(); f.distance(); f.touched()',
        'h = PrimeHub(); h.imu.heading(); h.imu.reset_heading(0); h.imu.angular_velocity()',
        'h.light.off(); h.speaker.play_notes(["C4/4", "R/8"]); h.display.text("Hi")',
        'em = ev3.Motor(Port.S1); em.reset_angle(0)',
        'g = ev3.GyroSensor(Port.S2, Direction.COUNTERCLOCKWISE); g.speed(); g.reset_angle(15)',
        'ev3.TouchSensor(Port.S1).pressed(); ev3.UltrasonicSensor(Port.S4).distance(silent=True)',
        'ec = ev3.ColorSensor(Port.S3); ec.rgb(); ec.color(); ec.reflection(); ec.ambient()',
        'EV3Brick().screen.print("ok")',
        'import _qadam_bridge',
        'result = sorted(set(c[0] for c in _qadam_bridge.calls))',
      ].join('\n'),
    ) as string[];
    expect(result).toEqual(EXPECTED_OPS);
    expect(calls().filter((c) => c[0] === 'gyro_reset_angle')).toEqual([
      ['gyro_reset_angle', 7, -15],
    ]);
  });
});

describe('tools, hubs and qadam', () => {
  it('wait(100) is one host wait of 100 ms', () => {
    run('from pybricks.tools import wait\nwait(100)\nresult = None');
    expect(calls()).toEqual([['wait', 100]]);
  });

  it('StopWatch follows the virtual clock, with pause, resume and reset', () => {
    const result = run(
      'from pybricks.tools import StopWatch, wait\nw = StopWatch()\nwait(250)\nt1 = w.time()\n' +
        'w.pause()\nwait(100)\nt2 = w.time()\nw.resume()\nwait(50)\nt3 = w.time()\n' +
        'w.reset()\nt4 = w.time()\nwait(20)\nresult = [t1, t2, t3, t4, w.time()]',
    );
    expect(result).toEqual([250, 250, 300, 0, 20]);
  });

  it('multitask is not available yet and says so', () => {
    const [type, message] = raises('from pybricks.tools import multitask\nmultitask()');
    expect(type).toBe('NotImplementedError');
    expect(message).toContain('not available in Qadam yet');
  });

  it('hub speaker, light and buttons', () => {
    const result = run(
      'from pybricks.hubs import PrimeHub\nfrom pybricks.parameters import Color\nhub = PrimeHub()\n' +
        'hub.speaker.beep()\nhub.speaker.beep(frequency=880, duration=50)\nhub.light.on(Color.GREEN)\n' +
        'hub.display.number(42)\nresult = [type(hub.buttons.pressed()).__name__, str(Color.GREEN)]',
    );
    expect(result).toEqual(['set', 'Color.GREEN']);
    expect(calls()).toEqual([
      ['hub_beep', 500, 100],
      ['hub_beep', 880, 50],
      ['hub_light_on', 4],
      ['hub_buttons_pressed'],
    ]);
  });

  it('qadam.pen and qadam.pose', () => {
    const result = run(
      'import _qadam_bridge, qadam\n' +
        "_qadam_bridge.results['sim_pose'] = [120.0, -40.5, 90.0]\n" +
        'qadam.pen()\nqadam.pen(False)\nresult = qadam.pose()',
    );
    expect(result).toEqual([120, -40.5, 90]);
    expect(calls()).toEqual([['sim_pen', 1], ['sim_pen', 0], ['sim_pose']]);
  });
});
