import { Order } from 'blockly/python';
import { type GeneratorRecord, useRobotSetup } from './types.ts';

/** Generators for Sensors: readings are expressions, resets are statements. */
export const sensorGenerators: GeneratorRecord = {
  qadam_sensor_distance: (_block, generator) => {
    useRobotSetup(generator);
    return ['ultrasonic.distance()', Order.FUNCTION_CALL];
  },
  qadam_sensor_reflection: (block, generator) => {
    useRobotSetup(generator);
    return [`${block.getFieldValue('SENSOR')}.reflection()`, Order.FUNCTION_CALL];
  },
  qadam_sensor_color_is: (block, generator) => {
    useRobotSetup(generator);
    generator.requireImport('pybricks.parameters', 'Color');
    return [
      `${block.getFieldValue('SENSOR')}.color() == Color.${block.getFieldValue('COLOR')}`,
      Order.RELATIONAL,
    ];
  },
  qadam_sensor_touch: (_block, generator) => {
    useRobotSetup(generator);
    return ['touch.pressed()', Order.FUNCTION_CALL];
  },
  qadam_sensor_gyro_angle: (_block, generator) => {
    useRobotSetup(generator);
    return ['gyro.angle()', Order.FUNCTION_CALL];
  },
  qadam_sensor_gyro_reset: (_block, generator) => {
    useRobotSetup(generator);
    return 'gyro.reset_angle(0)\n';
  },
  qadam_sensor_timer: (_block, generator) => {
    useRobotSetup(generator);
    return ['watch.time()', Order.FUNCTION_CALL];
  },
  qadam_sensor_timer_reset: (_block, generator) => {
    useRobotSetup(generator);
    return 'watch.reset()\n';
  },
};
