import { Order } from 'blockly/python';
import { type GeneratorRecord, numberLiteral, valueOf } from './types.ts';

/** Polling period of "wait until", in ms: short enough to react, long enough to let time pass. */
export const WAIT_UNTIL_POLL_MS = 10;

/** Generators for our Control blocks (the standard loops and `if` are Blockly's). */
export const controlGenerators: GeneratorRecord = {
  qadam_wait: (block, generator) => {
    generator.requireImport('pybricks.tools', 'wait');
    return `wait(${valueOf(block, generator, 'MS')})\n`;
  },
  qadam_wait_seconds: (block, generator) => {
    generator.requireImport('pybricks.tools', 'wait');
    const seconds = valueOf(block, generator, 'SECONDS', Order.MULTIPLICATIVE);
    const literal = numberLiteral(seconds);
    // Pybricks waits in ms; a literal is converted here so the code reads wait(1500), not wait(1.5 * 1000).
    // Beyond float range (1e308 s) the product is Infinity, not Python: keep the multiplication.
    const product = literal === null ? NaN : literal * 1000;
    const ms = Number.isFinite(product) ? String(Number(product.toFixed(6))) : `${seconds} * 1000`;
    return `wait(${ms})\n`;
  },
  qadam_wait_until: (block, generator) => {
    generator.requireImport('pybricks.tools', 'wait');
    // UNARY_SIGN as the outer order: calls stay bare (not touch.pressed()), comparisons get
    // parentheses (not (ultrasonic.distance() < 100)) so the line reads the way it runs.
    // An empty slot waits forever, as Scratch's "wait until" does.
    const condition = valueOf(block, generator, 'CONDITION', Order.UNARY_SIGN, 'False');
    return `while not ${condition}:\n${generator.INDENT}wait(${WAIT_UNTIL_POLL_MS})\n`;
  },
  qadam_forever: (block, generator) => {
    const body =
      generator.addLoopTrap(generator.statementToCode(block, 'DO'), block) || generator.PASS;
    return `while True:\n${body}`;
  },
  qadam_stop_program: () => 'raise SystemExit\n',
};
