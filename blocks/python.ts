import * as Blockly from 'blockly';
import { registerQadamBlocks } from './register.ts';

/** Options for Python generation. */
export interface PythonOptions {
  /**
   * Emit `_qadam_block('<block id>')` before every statement so the runtime can highlight the
   * running block. The runtime must define `_qadam_block` in the program's globals. Never use
   * for code shown to students or sent to a hub.
   */
  trace?: boolean;
}

/** Generated code with the block each line came from. */
export interface PythonWithMap {
  /** The Python program (with trace markers if asked for). */
  code: string;
  /** 1-based line number in `code` → id of the innermost statement block that produced it. */
  lineToBlockId: Record<number, string>;
}

/**
 * Python for a workspace (rendered or headless). Only stacks under "when program starts" and
 * function definitions produce code. Without `trace` this is the program students see and hubs run.
 */
export function workspaceToPython(
  workspace: Blockly.Workspace,
  options: PythonOptions = {},
): string {
  return registerQadamBlocks().generate(workspace, { trace: options.trace }).code;
}

/**
 * Like {@link workspaceToPython}, plus a map from line numbers to block ids, for pointing at
 * the block behind an error line. Run exactly this `code` so that the line numbers match.
 */
export function workspaceToPythonWithMap(
  workspace: Blockly.Workspace,
  options: PythonOptions = {},
): PythonWithMap {
  return registerQadamBlocks().generate(workspace, { trace: options.trace, map: true });
}

/**
 * Python for a blocks workspace saved with `Blockly.serialization.workspaces.save` (the blocks
 * part of a `.qadam` project). Headless: works in Node as well as in the browser.
 */
export function projectBlocksToPython(json: object, options: PythonOptions = {}): string {
  registerQadamBlocks();
  const workspace = new Blockly.Workspace();
  try {
    Blockly.serialization.workspaces.load(
      json as Parameters<typeof Blockly.serialization.workspaces.load>[0],
      workspace,
      {
        recordUndo: false,
      },
    );
    return workspaceToPython(workspace, options);
  } finally {
    workspace.dispose();
  }
}
