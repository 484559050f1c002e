import { Order } from 'blockly/python';
import { type GeneratorRecord, useRobotSetup, valueOf, waitArgument } from './types.ts';

/** Generators for Motors: one `Motor` call on the chosen robot_setup motor. */
export const motorGenerators: GeneratorRecord = {
  qadam_motor_run: (block, generator) => {
    useRobotSetup(generator);
    return `${block.getFieldValue('MOTOR')}.run(${valueOf(block, generator, 'SPEED')})\n`;
  },
  qadam_motor_run_angle: (block, generator) => {
    useRobotSetup(generator);
    // Pybricks argument order is (speed, rotation_angle) although the block reads angle first.
    const speed = valueOf(block, generator, 'SPEED');
    const angle = valueOf(block, generator, 'ANGLE');
    return `${block.getFieldValue('MOTOR')}.run_angle(${speed}, ${angle}${waitArgument(block)})\n`;
  },
  qadam_motor_stop: (block, generator) => {
    useRobotSetup(generator);
    return `${block.getFieldValue('MOTOR')}.stop()\n`;
  },
  qadam_motor_angle: (block, generator) => {
    useRobotSetup(generator);
    return [`${block.getFieldValue('MOTOR')}.angle()`, Order.FUNCTION_CALL];
  },
  qadam_motor_reset_angle: (block, generator) => {
    useRobotSetup(generator);
    return `${block.getFieldValue('MOTOR')}.reset_angle(0)\n`;
  },
};
