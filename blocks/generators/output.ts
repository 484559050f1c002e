import { Order } from 'blockly/python';
import { type GeneratorRecord, useRobotSetup, valueOf } from './types.ts';

/** Generators for our Output blocks (print is Blockly's `text_print`). */
export const outputGenerators: GeneratorRecord = {
  qadam_beep: (block, generator) => {
    useRobotSetup(generator);
    const frequency = valueOf(block, generator, 'FREQUENCY', Order.NONE, '500');
    const duration = valueOf(block, generator, 'DURATION', Order.NONE, '100');
    return `hub.speaker.beep(${frequency}, ${duration})\n`;
  },
};
