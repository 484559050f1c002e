/** TypeScript twins of the benchmark's Python programs, for the physics-alone baseline. */
import { STOP, type ApiOutcome } from '../../sim/robot/api.ts';
import type { RobotDevicesApi } from '../../sim/world-types.ts';
import type { Controller } from './scripted.ts';

/** spike: A left (mirrored), B right, D ultrasonic, E/F colour sensors. */
const PORT = { A: 0, B: 1, D: 3, E: 4, F: 5 } as const;

function initDriveBase(dev: RobotDevicesApi) {
  dev.request('db_init', [PORT.A, PORT.B, 56, 112, -1, 1]);
}

function value(out: ApiOutcome): number {
  if (out.kind !== 'value') throw new Error(`expected a value, got ${out.kind}`);
  return out.value[0];
}

/** The twin of tests/fixtures/programs/left_hand.py. */
export function leftHandController(): Controller {
  let started = false;
  let pending: (() => number[] | null) | null = null;
  let turns = 0;
  let phase: 'left' | 'scan' = 'left';
  const start = (out: ApiOutcome) => {
    pending = out.kind === 'block' ? out.poll : null;
  };
  return (dev) => {
    if (!started) {
      started = true;
      initDriveBase(dev);
      dev.request('db_settings', [250, NaN, 180, NaN]);
    }
    if (pending && pending() === null) return;
    pending = null;
    if (phase === 'left') {
      start(dev.request('db_turn', [-90, STOP.HOLD, 1]));
      phase = 'scan';
      turns = 0;
      return;
    }
    if (value(dev.request('ultrasonic_distance', [PORT.D])) < 220 && turns < 3) {
      start(dev.request('db_turn', [90, STOP.HOLD, 1]));
      turns++;
      return;
    }
    start(dev.request('db_straight', [300, STOP.HOLD, 1]));
    phase = 'left';
  };
}

/** The twin of tests/fixtures/programs/circler.py. */
export function circlerController(): Controller {
  let started = false;
  return (dev, timeMs) => {
    if (!started) {
      started = true;
      initDriveBase(dev);
    }
    if (timeMs < 5000) return;
    value(dev.request('ultrasonic_distance', [PORT.D]));
    const left = value(dev.request('color_reflection', [PORT.E]));
    const right = value(dev.request('color_reflection', [PORT.F]));
    if (left < 40 || right < 40) dev.request('db_drive', [-100, 0]);
    else dev.request('db_drive', [120, 90]);
  };
}
