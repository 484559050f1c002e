/**
 * Category colours (Scratch-like), shared by our block definitions, the toolbox and the theme.
 * Hex strings: Blockly accepts them both as a block's `colour` and a category's `colour`.
 */
export const CATEGORY_COLOURS = {
  events: '#FFBF00',
  drive: '#4C97FF',
  motors: '#9966FF',
  sensors: '#5CB1D6',
  control: '#FFAB19',
  output: '#CF63CF',
  simulator: '#0FBD8C',
  logic: '#59C059',
  loops: '#FFAB19',
  math: '#40BF4A',
  text: '#2CA58D',
  variables: '#FF8C1A',
  functions: '#FF6680',
} as const;

/** Name of a toolbox category (key of {@link CATEGORY_COLOURS}). */
export type CategoryName = keyof typeof CATEGORY_COLOURS;
