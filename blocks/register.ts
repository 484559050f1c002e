import * as Blockly from 'blockly';
import { pythonGenerator } from 'blockly/python';
import { qadamBlockDefinitions } from './definitions/index.ts';
import { QadamPythonGenerator } from './generator.ts';
import { qadamGenerators } from './generators/index.ts';
import { en } from './messages/en.ts';
import { registerQadamLoopTypes } from './placement.ts';

let generator: QadamPythonGenerator | null = null;

/**
 * Defines Qadam's blocks in `Blockly.Blocks`, makes "forever" a loop for Blockly's
 * "break"/"continue", and builds the Qadam Python generator (Blockly's standard Python
 * generators plus ours, readable Unicode names). Idempotent: later calls
 * return the same generator. The only place in `blocks/` with registration side effects.
 */
export function registerQadamBlocks(): QadamPythonGenerator {
  if (generator) return generator;
  // Block JSON refers to %{BKY_QADAM_…}; without messages, creating a block would fail. Fill
  // in English for keys no locale has set yet (setBlocksLocale overrides them).
  for (const [key, text] of Object.entries(en)) if (!(key in Blockly.Msg)) Blockly.Msg[key] = text;
  registerQadamLoopTypes();
  Blockly.common.defineBlocks(
    Blockly.common.createBlockDefinitionsFromJsonArray([...qadamBlockDefinitions]),
  );
  const created = new QadamPythonGenerator();
  // Our own generator instance, so settings such as STATEMENT_PREFIX (trace mode) never
  // leak into Blockly's shared `pythonGenerator`, which we leave untouched.
  Object.assign(created.forBlock, pythonGenerator.forBlock, qadamGenerators);
  generator = created;
  return created;
}

/** The Qadam Python generator (registers the blocks first if needed). */
export function getQadamPythonGenerator(): QadamPythonGenerator {
  return registerQadamBlocks();
}
