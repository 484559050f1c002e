import { Order } from 'blockly/python';
import type { GeneratorRecord } from './types.ts';

/**
 * Replacements for a few of Blockly's standard Python generators, so that block programs
 * stay readable and run on Pybricks MicroPython too.
 */
export const standardGeneratorOverrides: GeneratorRecord = {
  // Blockly emits `x = (x if isinstance(x, Number) else 0) + 1` with `from numbers import Number`,
  // a module MicroPython on the hubs does not have.
  math_change: (block, generator) => {
    const name = generator.getVariableName(block.getFieldValue('VAR'));
    const delta = generator.valueToCode(block, 'DELTA', Order.NONE) || '0';
    return `${name} += ${delta}\n`;
  },
  // Same Python as Blockly's, but "repeat until" reads `while not (a > b):` rather than the
  // correct yet puzzling `while not a > b:` (as our "wait until" does).
  controls_whileUntil: (block, generator) => {
    const until = block.getFieldValue('MODE') === 'UNTIL';
    const condition =
      generator.valueToCode(block, 'BOOL', until ? Order.UNARY_SIGN : Order.NONE) || 'False';
    const body =
      generator.addLoopTrap(generator.statementToCode(block, 'DO'), block) || generator.PASS;
    return `while ${until ? 'not ' : ''}${condition}:\n${body}`;
  },
};
