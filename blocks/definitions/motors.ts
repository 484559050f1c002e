import { CATEGORY_COLOURS } from '../colours.ts';
import { type BlockJson, WAIT_DROPDOWN, motorDropdown, numberInput } from './types.ts';

const colour = CATEGORY_COLOURS.motors;
const statement = { previousStatement: null, nextStatement: null, colour };

/** Motors: one block per `Motor` call on `left_motor` / `right_motor`. */
export const motorBlocks: BlockJson[] = [
  {
    type: 'qadam_motor_run',
    message0: '%{BKY_QADAM_MOTOR_RUN}',
    args0: [motorDropdown(), numberInput('SPEED')],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_MOTOR_RUN_TOOLTIP}',
  },
  {
    type: 'qadam_motor_run_angle',
    message0: '%{BKY_QADAM_MOTOR_RUN_ANGLE}',
    args0: [motorDropdown(), numberInput('ANGLE'), numberInput('SPEED'), WAIT_DROPDOWN],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_MOTOR_RUN_ANGLE_TOOLTIP}',
  },
  {
    type: 'qadam_motor_stop',
    message0: '%{BKY_QADAM_MOTOR_STOP}',
    args0: [motorDropdown()],
    ...statement,
    tooltip: '%{BKY_QADAM_MOTOR_STOP_TOOLTIP}',
  },
  {
    type: 'qadam_motor_angle',
    message0: '%{BKY_QADAM_MOTOR_ANGLE}',
    args0: [motorDropdown(true)],
    output: 'Number',
    colour,
    tooltip: '%{BKY_QADAM_MOTOR_ANGLE_TOOLTIP}',
  },
  {
    type: 'qadam_motor_reset_angle',
    message0: '%{BKY_QADAM_MOTOR_RESET_ANGLE}',
    args0: [motorDropdown(true)],
    ...statement,
    tooltip: '%{BKY_QADAM_MOTOR_RESET_ANGLE_TOOLTIP}',
  },
];
