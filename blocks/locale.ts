import * as Blockly from 'blockly';
import * as blocklyEn from 'blockly/msg/en';
import * as blocklyRu from 'blockly/msg/ru';
import { blocklyKk } from './messages/blockly-kk.ts';
import { en } from './messages/en.ts';
import { kk } from './messages/kk.ts';
import { ru } from './messages/ru.ts';

/** Languages of the block editor. */
export type BlocksLanguage = 'kk' | 'ru' | 'en';

/** All block-editor languages, Kazakh first (the default). */
export const BLOCKS_LANGUAGES: readonly BlocksLanguage[] = ['kk', 'ru', 'en'];

type Messages = Record<string, string>;

/** The string entries of a `blockly/msg/*` module namespace. */
function messagesOf(module: object): Messages {
  return Object.fromEntries(
    Object.entries(module).filter(([, value]) => typeof value === 'string'),
  );
}

const BLOCKLY_MESSAGES: Record<BlocksLanguage, Messages> = {
  en: messagesOf(blocklyEn),
  ru: messagesOf(blocklyRu),
  kk: blocklyKk,
};
const QADAM_MESSAGES: Record<BlocksLanguage, Messages> = { en, ru, kk };

/**
 * Sets `Blockly.Msg` for Blockly's built-in blocks and UI and for Qadam's blocks.
 * English is applied first, so a key our Kazakh set lacks shows in English rather than as
 * a raw `%{BKY_…}`. Block labels are resolved when a block is created: after switching,
 * re-create the blocks (save, clear, load the workspace) and call `workspace.updateToolbox`.
 */
export function setBlocksLocale(lang: BlocksLanguage): void {
  Blockly.setLocale(BLOCKLY_MESSAGES.en);
  if (lang !== 'en') Blockly.setLocale(BLOCKLY_MESSAGES[lang]);
  Blockly.setLocale(QADAM_MESSAGES[lang]);
}
