import { CATEGORY_COLOURS } from '../colours.ts';
import type { BlockJson } from './types.ts';

/** Events: the "when program starts" hat. Only blocks under it (and functions) generate code. */
export const eventBlocks: BlockJson[] = [
  {
    type: 'qadam_start',
    message0: '%{BKY_QADAM_START}',
    nextStatement: null,
    hat: 'cap',
    colour: CATEGORY_COLOURS.events,
    tooltip: '%{BKY_QADAM_START_TOOLTIP}',
  },
];
