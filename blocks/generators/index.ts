import { controlGenerators } from './control.ts';
import { driveGenerators } from './drive.ts';
import { eventGenerators } from './events.ts';
import { motorGenerators } from './motors.ts';
import { outputGenerators } from './output.ts';
import { sensorGenerators } from './sensors.ts';
import { simulatorGenerators } from './simulator.ts';
import { standardGeneratorOverrides } from './standard.ts';
import type { GeneratorRecord } from './types.ts';

export type { GeneratorRecord, QadamBlockGenerator } from './types.ts';

/**
 * Python generators for every Qadam block, plus our replacements for a few standard blocks
 * (`math_change`, `controls_whileUntil`), keyed by block type. Not registered: see `register.ts`.
 */
export const qadamGenerators: Readonly<GeneratorRecord> = {
  ...eventGenerators,
  ...driveGenerators,
  ...motorGenerators,
  ...sensorGenerators,
  ...controlGenerators,
  ...outputGenerators,
  ...simulatorGenerators,
  ...standardGeneratorOverrides,
};
