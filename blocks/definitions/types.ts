/**
 * A Blockly JSON block definition (the shape accepted by
 * `Blockly.common.createBlockDefinitionsFromJsonArray`). Blockly types it as `any`;
 * we only insist on `type`.
 */
export interface BlockJson {
  /** Block type, e.g. `qadam_drive_straight`. All our types start with `qadam_`. */
  type: string;
  [key: string]: unknown;
}

/** A number-typed value input named `name`. */
export function numberInput(name: string): Record<string, unknown> {
  return { type: 'input_value', name, check: 'Number' };
}

/** A dropdown field whose labels are Blockly.Msg references (`%{BKY_…}`). */
export function dropdown(
  name: string,
  options: [msgKey: string, value: string][],
): Record<string, unknown> {
  return {
    type: 'field_dropdown',
    name,
    options: options.map(([key, value]) => [`%{BKY_${key}}`, value]),
  };
}

/** The "and wait / and don't wait" dropdown shared by blocking manoeuvres. */
export const WAIT_DROPDOWN = dropdown('WAIT', [
  ['QADAM_WAIT_OPTION_WAIT', 'WAIT'],
  ['QADAM_WAIT_OPTION_NOWAIT', 'NOWAIT'],
]);

/** Left/right motor dropdown; values are the robot_setup names. `of` picks the genitive labels. */
export function motorDropdown(of = false): Record<string, unknown> {
  const suffix = of ? '_OF' : '';
  return dropdown('MOTOR', [
    [`QADAM_SIDE_LEFT${suffix}`, 'left_motor'],
    [`QADAM_SIDE_RIGHT${suffix}`, 'right_motor'],
  ]);
}

/** Left/right colour sensor dropdown; values are the robot_setup names. */
export function colourSensorDropdown(of = false): Record<string, unknown> {
  const suffix = of ? '_OF' : '';
  return dropdown('SENSOR', [
    [`QADAM_SIDE_LEFT${suffix}`, 'color_left'],
    [`QADAM_SIDE_RIGHT${suffix}`, 'color_right'],
  ]);
}
