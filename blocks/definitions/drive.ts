import { CATEGORY_COLOURS } from '../colours.ts';
import { type BlockJson, WAIT_DROPDOWN, dropdown, numberInput } from './types.ts';

const colour = CATEGORY_COLOURS.drive;
const statement = { previousStatement: null, nextStatement: null, colour };

/** Drive: one block per `robot` (DriveBase) call. */
export const driveBlocks: BlockJson[] = [
  {
    type: 'qadam_drive_straight',
    message0: '%{BKY_QADAM_DRIVE_STRAIGHT}',
    args0: [
      dropdown('DIRECTION', [
        ['QADAM_DIR_FORWARD', 'FORWARD'],
        ['QADAM_DIR_BACKWARD', 'BACKWARD'],
      ]),
      numberInput('DISTANCE'),
      WAIT_DROPDOWN,
    ],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_DRIVE_STRAIGHT_TOOLTIP}',
  },
  {
    type: 'qadam_drive_turn',
    message0: '%{BKY_QADAM_DRIVE_TURN}',
    args0: [
      dropdown('DIRECTION', [
        ['QADAM_TURN_RIGHT', 'RIGHT'],
        ['QADAM_TURN_LEFT', 'LEFT'],
      ]),
      numberInput('ANGLE'),
      WAIT_DROPDOWN,
    ],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_DRIVE_TURN_TOOLTIP}',
  },
  {
    type: 'qadam_drive_drive',
    message0: '%{BKY_QADAM_DRIVE_DRIVE}',
    args0: [numberInput('SPEED'), numberInput('TURN_RATE')],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_DRIVE_DRIVE_TOOLTIP}',
  },
  {
    type: 'qadam_drive_stop',
    message0: '%{BKY_QADAM_DRIVE_STOP}',
    ...statement,
    tooltip: '%{BKY_QADAM_DRIVE_STOP_TOOLTIP}',
  },
  {
    type: 'qadam_drive_brake',
    message0: '%{BKY_QADAM_DRIVE_BRAKE}',
    ...statement,
    tooltip: '%{BKY_QADAM_DRIVE_BRAKE_TOOLTIP}',
  },
  {
    type: 'qadam_drive_settings',
    message0: '%{BKY_QADAM_DRIVE_SETTINGS}',
    args0: [numberInput('SPEED'), numberInput('TURN_RATE')],
    inputsInline: true,
    ...statement,
    tooltip: '%{BKY_QADAM_DRIVE_SETTINGS_TOOLTIP}',
  },
  {
    type: 'qadam_drive_distance',
    message0: '%{BKY_QADAM_DRIVE_DISTANCE}',
    output: 'Number',
    colour,
    tooltip: '%{BKY_QADAM_DRIVE_DISTANCE_TOOLTIP}',
  },
  {
    type: 'qadam_drive_angle',
    message0: '%{BKY_QADAM_DRIVE_ANGLE}',
    output: 'Number',
    colour,
    tooltip: '%{BKY_QADAM_DRIVE_ANGLE_TOOLTIP}',
  },
  {
    type: 'qadam_drive_reset',
    message0: '%{BKY_QADAM_DRIVE_RESET}',
    ...statement,
    tooltip: '%{BKY_QADAM_DRIVE_RESET_TOOLTIP}',
  },
  {
    type: 'qadam_drive_done',
    message0: '%{BKY_QADAM_DRIVE_DONE}',
    output: 'Boolean',
    colour,
    tooltip: '%{BKY_QADAM_DRIVE_DONE_TOOLTIP}',
  },
];
