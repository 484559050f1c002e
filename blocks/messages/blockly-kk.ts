import { blocklyKkLists } from './blockly-kk-lists.ts';
import { blocklyKkLogic } from './blockly-kk-logic.ts';
import { blocklyKkMath } from './blockly-kk-math.ts';
import { blocklyKkText } from './blockly-kk-text.ts';
import { blocklyKkWorkspace } from './blockly-kk-workspace.ts';

/**
 * Kazakh translations of Blockly's own messages (Blockly ships no `msg/kk`): the workspace
 * UI and context menu, and the logic, loop, math, text, list, variable and function blocks.
 * Not translated on purpose, so they fall back to English: `*_HELPURL` (links), `*_HUE`
 * (colours), `COLOUR_*` (the colour blocks, not in our toolbox) and key names such as
 * `CONTROL_KEY`, `ALT_KEY`, `COMMAND_KEY`, `OPTION_KEY`, `WINDOWS`, `MAC_OS`, `LINUX`, `CHROME_OS`.
 */
export const blocklyKk: Record<string, string> = {
  ...blocklyKkWorkspace,
  ...blocklyKkLogic,
  ...blocklyKkMath,
  ...blocklyKkText,
  ...blocklyKkLists,
};

/** Keys of Blockly's messages that we deliberately leave to the English fallback. */
export const BLOCKLY_KK_UNTRANSLATED =
  /(_HELPURL|_HUE)$|^COLOUR_|^(ALT|CONTROL|COMMAND|OPTION)_KEY$|^(WINDOWS|MAC_OS|LINUX|CHROME_OS)$|^ORDINAL_NUMBER_SUFFIX$/;
