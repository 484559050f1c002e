import { CATEGORY_COLOURS } from '../colours.ts';
import { type BlockJson, numberInput } from './types.ts';

const colour = CATEGORY_COLOURS.control;
const statement = { previousStatement: null, nextStatement: null, colour };

/**
 * Control blocks of our own. Repeat N, repeat while/until and if/elif/else are Blockly's
 * standard `controls_repeat_ext`, `controls_whileUntil` and `controls_if`.
 */
export const controlBlocks: BlockJson[] = [
  {
    type: 'qadam_wait',
    message0: '%{BKY_QADAM_WAIT_MS}',
    args0: [numberInput('MS')],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_WAIT_MS_TOOLTIP}',
  },
  {
    type: 'qadam_wait_seconds',
    message0: '%{BKY_QADAM_WAIT_SECONDS}',
    args0: [numberInput('SECONDS')],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_WAIT_SECONDS_TOOLTIP}',
  },
  {
    type: 'qadam_wait_until',
    message0: '%{BKY_QADAM_WAIT_UNTIL}',
    args0: [{ type: 'input_value', name: 'CONDITION', check: 'Boolean' }],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_WAIT_UNTIL_TOOLTIP}',
  },
  {
    type: 'qadam_forever',
    message0: '%{BKY_QADAM_FOREVER}',
    message1: '%1',
    args1: [{ type: 'input_statement', name: 'DO' }],
    previousStatement: null,
    colour,
    tooltip: '%{BKY_QADAM_FOREVER_TOOLTIP}',
  },
  {
    type: 'qadam_stop_program',
    message0: '%{BKY_QADAM_STOP_PROGRAM}',
    previousStatement: null,
    colour,
    tooltip: '%{BKY_QADAM_STOP_PROGRAM_TOOLTIP}',
  },
];
