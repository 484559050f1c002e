import { type GeneratorRecord, useRobotSetup } from './types.ts';

/** Generators for Events. The hat only brings in robot_setup; its stack follows it as top-level code. */
export const eventGenerators: GeneratorRecord = {
  qadam_start: (_block, generator) => {
    useRobotSetup(generator);
    return '';
  },
};
