import type * as Blockly from 'blockly';
import { loops } from 'blockly/blocks';

/** Our loop blocks, where "break" and "continue" belong as in Blockly's own loops. */
export const QADAM_LOOP_TYPES: readonly string[] = ['qadam_forever'];

/** Blocks a function's "return" belongs in (Blockly's `FUNCTION_TYPES` of `procedures_ifreturn`). */
const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'procedures_defnoreturn',
  'procedures_defreturn',
]);

/** Blockly's set of loop types for "break"/"continue" (`Blockly.libraryBlocks.loops.loopTypes`). */
function loopTypes(): Set<string> {
  return (loops as { loopTypes: Set<string> }).loopTypes;
}

/**
 * Adds our loops to Blockly's loop types, so that the editor lets "break"/"continue" live in
 * "forever" (`while True:`) instead of disabling them there. Idempotent.
 */
export function registerQadamLoopTypes(): void {
  for (const type of QADAM_LOOP_TYPES) loopTypes().add(type);
}

/** Whether `block` sits (at any depth) inside a block whose type is in `types`. */
function isInside(block: Blockly.Block, types: ReadonlySet<string>): boolean {
  for (let b = block.getSurroundParent(); b; b = b.getSurroundParent()) {
    if (types.has(b.type)) return true;
  }
  return false;
}

/**
 * Whether `block` is out of its place: "break"/"continue" outside any loop, or "return"
 * outside any function. Python rejects the whole program for such a line (SyntaxError), so
 * the editor disables these blocks with a warning, and a disabled block generates nothing.
 * The editor does that only when a block is dropped; workspaces built or loaded headless
 * (lesson files, the CLI, the fuzzer) never get that check, hence this one at generation time.
 */
export function isOutOfPlace(block: Blockly.Block): boolean {
  if (block.type === 'controls_flow_statements') return !isInside(block, loopTypes());
  if (block.type === 'procedures_ifreturn') return !isInside(block, FUNCTION_TYPES);
  return false;
}
