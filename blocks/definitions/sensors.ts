import { CATEGORY_COLOURS } from '../colours.ts';
import { type BlockJson, colourSensorDropdown, dropdown } from './types.ts';

const colour = CATEGORY_COLOURS.sensors;
const statement = { previousStatement: null, nextStatement: null, colour };

/** Pybricks `Color` members offered by the "sees colour" block. */
export const SENSOR_COLOURS = ['BLACK', 'WHITE', 'RED', 'YELLOW', 'GREEN', 'BLUE'] as const;

/** Sensors: one block per sensor call; readings are value blocks. */
export const sensorBlocks: BlockJson[] = [
  {
    type: 'qadam_sensor_distance',
    message0: '%{BKY_QADAM_SENSOR_DISTANCE}',
    output: 'Number',
    colour,
    tooltip: '%{BKY_QADAM_SENSOR_DISTANCE_TOOLTIP}',
  },
  {
    type: 'qadam_sensor_reflection',
    message0: '%{BKY_QADAM_SENSOR_REFLECTION}',
    args0: [colourSensorDropdown(true)],
    output: 'Number',
    colour,
    tooltip: '%{BKY_QADAM_SENSOR_REFLECTION_TOOLTIP}',
  },
  {
    type: 'qadam_sensor_color_is',
    message0: '%{BKY_QADAM_SENSOR_COLOR_IS}',
    args0: [
      colourSensorDropdown(),
      dropdown(
        'COLOR',
        SENSOR_COLOURS.map((c) => [`QADAM_COLOR_${c}`, c]),
      ),
    ],
    output: 'Boolean',
    colour,
    tooltip: '%{BKY_QADAM_SENSOR_COLOR_IS_TOOLTIP}',
  },
  {
    type: 'qadam_sensor_touch',
    message0: '%{BKY_QADAM_SENSOR_TOUCH}',
    output: 'Boolean',
    colour,
    tooltip: '%{BKY_QADAM_SENSOR_TOUCH_TOOLTIP}',
  },
  {
    type: 'qadam_sensor_gyro_angle',
    message0: '%{BKY_QADAM_SENSOR_GYRO_ANGLE}',
    output: 'Number',
    colour,
    tooltip: '%{BKY_QADAM_SENSOR_GYRO_ANGLE_TOOLTIP}',
  },
  {
    type: 'qadam_sensor_gyro_reset',
    message0: '%{BKY_QADAM_SENSOR_GYRO_RESET}',
    ...statement,
    tooltip: '%{BKY_QADAM_SENSOR_GYRO_RESET_TOOLTIP}',
  },
  {
    type: 'qadam_sensor_timer',
    message0: '%{BKY_QADAM_SENSOR_TIMER}',
    output: 'Number',
    colour,
    tooltip: '%{BKY_QADAM_SENSOR_TIMER_TOOLTIP}',
  },
  {
    type: 'qadam_sensor_timer_reset',
    message0: '%{BKY_QADAM_SENSOR_TIMER_RESET}',
    ...statement,
    tooltip: '%{BKY_QADAM_SENSOR_TIMER_RESET_TOOLTIP}',
  },
];
