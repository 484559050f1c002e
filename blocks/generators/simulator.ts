import type { GeneratorRecord } from './types.ts';

/** Generators for the simulator-only blocks: they use the `qadam` module, absent on hubs. */
export const simulatorGenerators: GeneratorRecord = {
  qadam_sim_pen: (block, generator) => {
    generator.requireImport('qadam');
    return `qadam.pen(${block.getFieldValue('STATE') === 'DOWN' ? 'True' : 'False'})\n`;
  },
};
