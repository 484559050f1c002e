import { Order } from 'blockly/python';
import {
  type GeneratorRecord,
  negatedValueOf,
  useRobotSetup,
  valueOf,
  waitArgument,
} from './types.ts';

/** Generators for Drive: each block is exactly one `robot` (DriveBase) call. */
export const driveGenerators: GeneratorRecord = {
  qadam_drive_straight: (block, generator) => {
    useRobotSetup(generator);
    const distance =
      block.getFieldValue('DIRECTION') === 'BACKWARD'
        ? negatedValueOf(block, generator, 'DISTANCE')
        : valueOf(block, generator, 'DISTANCE');
    return `robot.straight(${distance}${waitArgument(block)})\n`;
  },
  qadam_drive_turn: (block, generator) => {
    useRobotSetup(generator);
    // Pybricks: clockwise is positive, so a left turn is a negative angle.
    const angle =
      block.getFieldValue('DIRECTION') === 'LEFT'
        ? negatedValueOf(block, generator, 'ANGLE')
        : valueOf(block, generator, 'ANGLE');
    return `robot.turn(${angle}${waitArgument(block)})\n`;
  },
  qadam_drive_drive: (block, generator) => {
    useRobotSetup(generator);
    const speed = valueOf(block, generator, 'SPEED');
    const turnRate = valueOf(block, generator, 'TURN_RATE');
    return `robot.drive(${speed}, ${turnRate})\n`;
  },
  qadam_drive_stop: (_block, generator) => {
    useRobotSetup(generator);
    return 'robot.stop()\n';
  },
  qadam_drive_brake: (_block, generator) => {
    useRobotSetup(generator);
    return 'robot.brake()\n';
  },
  qadam_drive_settings: (block, generator) => {
    useRobotSetup(generator);
    const speed = valueOf(block, generator, 'SPEED', Order.NONE, '200');
    const turnRate = valueOf(block, generator, 'TURN_RATE', Order.NONE, '90');
    return `robot.settings(straight_speed=${speed}, turn_rate=${turnRate})\n`;
  },
  qadam_drive_distance: (_block, generator) => {
    useRobotSetup(generator);
    return ['robot.distance()', Order.FUNCTION_CALL];
  },
  qadam_drive_angle: (_block, generator) => {
    useRobotSetup(generator);
    return ['robot.angle()', Order.FUNCTION_CALL];
  },
  qadam_drive_reset: (_block, generator) => {
    useRobotSetup(generator);
    return 'robot.reset()\n';
  },
  qadam_drive_done: (_block, generator) => {
    useRobotSetup(generator);
    return ['robot.done()', Order.FUNCTION_CALL];
  },
};
