import { CATEGORY_COLOURS } from '../colours.ts';
import { type BlockJson, numberInput } from './types.ts';

/** Output blocks of our own (print is Blockly's standard `text_print`). */
export const outputBlocks: BlockJson[] = [
  {
    type: 'qadam_beep',
    message0: '%{BKY_QADAM_BEEP}',
    args0: [numberInput('FREQUENCY'), numberInput('DURATION')],
    inputsInline: true,
    previousStatement: null,
    nextStatement: null,
    colour: CATEGORY_COLOURS.output,
    tooltip: '%{BKY_QADAM_BEEP_TOOLTIP}',
  },
];
