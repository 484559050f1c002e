import * as Blockly from 'blockly';
import { CATEGORY_COLOURS } from './colours.ts';

/**
 * A Blockly theme, based on Classic, giving Blockly's built-in blocks the colours of our
 * toolbox categories (our own blocks carry their colour in their JSON). Pass it to
 * `Blockly.inject(…, { theme: createQadamTheme() })`. Note that Blockly registers every theme
 * it constructs under its name (`qadam`), so call this when building the editor, not at import.
 */
export function createQadamTheme(): Blockly.Theme {
  const style = (colour: string): Partial<Blockly.Theme.BlockStyle> => ({ colourPrimary: colour });
  return Blockly.Theme.defineTheme('qadam', {
    name: 'qadam',
    base: Blockly.Themes.Classic,
    blockStyles: {
      logic_blocks: style(CATEGORY_COLOURS.logic),
      loop_blocks: style(CATEGORY_COLOURS.loops),
      math_blocks: style(CATEGORY_COLOURS.math),
      text_blocks: style(CATEGORY_COLOURS.text),
      list_blocks: style(CATEGORY_COLOURS.text),
      variable_blocks: style(CATEGORY_COLOURS.variables),
      variable_dynamic_blocks: style(CATEGORY_COLOURS.variables),
      procedure_blocks: style(CATEGORY_COLOURS.functions),
    },
  });
}
