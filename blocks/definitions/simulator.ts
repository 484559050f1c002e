import { CATEGORY_COLOURS } from '../colours.ts';
import { type BlockJson, dropdown } from './types.ts';

/** Simulator-only blocks: they `import qadam`, which does not exist on a real hub. */
export const simulatorBlocks: BlockJson[] = [
  {
    type: 'qadam_sim_pen',
    message0: '%{BKY_QADAM_SIM_PEN}',
    args0: [
      dropdown('STATE', [
        ['QADAM_PEN_DOWN', 'DOWN'],
        ['QADAM_PEN_UP', 'UP'],
      ]),
    ],
    previousStatement: null,
    nextStatement: null,
    colour: CATEGORY_COLOURS.simulator,
    tooltip: '%{BKY_QADAM_SIM_PEN_TOOLTIP}',
  },
];
