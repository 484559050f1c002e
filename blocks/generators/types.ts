import type * as Blockly from 'blockly';
import { Order } from 'blockly/python';
import type { QadamPythonGenerator } from '../generator.ts';

/** A Python generator function for one block type (the value type of `forBlock`). */
export type QadamBlockGenerator = (
  block: Blockly.Block,
  generator: QadamPythonGenerator,
) => string | [string, number] | null;

/** Generators keyed by block type, ready for `Object.assign(generator.forBlock, …)`. */
export type GeneratorRecord = Record<string, QadamBlockGenerator>;

/** The Python of input `name`, or `fallback` when the input is empty. */
export function valueOf(
  block: Blockly.Block,
  generator: QadamPythonGenerator,
  name: string,
  order: Order = Order.NONE,
  fallback = '0',
): string {
  return generator.valueToCode(block, name, order) || fallback;
}

const NUMBER_LITERAL = /^\(?(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\)?$/i;

/** `-x` for input `name`; a number literal is negated in place (`90` → `-90`, not `-(90)`). */
export function negatedValueOf(
  block: Blockly.Block,
  generator: QadamPythonGenerator,
  name: string,
): string {
  const code = valueOf(block, generator, name, Order.UNARY_SIGN);
  const literal = NUMBER_LITERAL.exec(code);
  if (literal) return String(-Number(literal[1]));
  return `-${code}`;
}

/** Whether `code` is a plain number literal such as `200`, `-1.5` or `(-90)`. */
export function numberLiteral(code: string): number | null {
  const literal = NUMBER_LITERAL.exec(code);
  return literal ? Number(literal[1]) : null;
}

/** `, wait=False` when the block's WAIT dropdown says "don't wait". */
export function waitArgument(block: Blockly.Block): string {
  return block.getFieldValue('WAIT') === 'NOWAIT' ? ', wait=False' : '';
}

/** Marks the program as needing `from robot_setup import *` (every robot block does). */
export function useRobotSetup(generator: QadamPythonGenerator): void {
  generator.requireImport('robot_setup', '*');
}
