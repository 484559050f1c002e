import { controlBlocks } from './control.ts';
import { driveBlocks } from './drive.ts';
import { eventBlocks } from './events.ts';
import { motorBlocks } from './motors.ts';
import { outputBlocks } from './output.ts';
import { sensorBlocks } from './sensors.ts';
import { simulatorBlocks } from './simulator.ts';
import type { BlockJson } from './types.ts';

export type { BlockJson } from './types.ts';

/** Every Qadam block definition (JSON), in toolbox order. Not registered: see `blocks/index.ts`. */
export const qadamBlockDefinitions: readonly BlockJson[] = [
  ...eventBlocks,
  ...driveBlocks,
  ...motorBlocks,
  ...sensorBlocks,
  ...controlBlocks,
  ...outputBlocks,
  ...simulatorBlocks,
];
