import type * as Blockly from 'blockly';
import { CATEGORY_COLOURS, type CategoryName } from './colours.ts';

/** Toolbox JSON as we write it; Blockly's own typings mark optional keys as required. */
interface BlockItem {
  kind: 'block';
  type: string;
  inputs?: Record<string, unknown>;
  extraState?: object;
}
interface CategoryItem {
  kind: 'category';
  name: string;
  colour: string;
  contents?: BlockItem[];
  custom?: 'VARIABLE' | 'PROCEDURE';
}

/** A number shadow for input `name`. */
function num(value: number): { shadow: { type: 'math_number'; fields: { NUM: number } } } {
  return { shadow: { type: 'math_number', fields: { NUM: value } } };
}

function block(type: string, inputs?: Record<string, unknown>, extraState?: object): BlockItem {
  return {
    kind: 'block',
    type,
    ...(inputs ? { inputs } : {}),
    ...(extraState ? { extraState } : {}),
  };
}

function category(name: CategoryName, key: string, contents: BlockItem[]): CategoryItem {
  return { kind: 'category', name: `%{BKY_${key}}`, colour: CATEGORY_COLOURS[name], contents };
}

/**
 * The Qadam toolbox (Blockly JSON). Category names are `%{BKY_QADAM_CAT_…}` references,
 * resolved when the toolbox is rendered: after {@link setBlocksLocale}, call
 * `workspace.updateToolbox(qadamToolbox)`.
 */
export const qadamToolbox = {
  kind: 'categoryToolbox',
  contents: [
    category('events', 'QADAM_CAT_EVENTS', [block('qadam_start')]),
    category('drive', 'QADAM_CAT_DRIVE', [
      block('qadam_drive_straight', { DISTANCE: num(200) }),
      block('qadam_drive_turn', { ANGLE: num(90) }),
      block('qadam_drive_drive', { SPEED: num(200), TURN_RATE: num(0) }),
      block('qadam_drive_stop'),
      block('qadam_drive_brake'),
      block('qadam_drive_settings', { SPEED: num(200), TURN_RATE: num(90) }),
      block('qadam_drive_distance'),
      block('qadam_drive_angle'),
      block('qadam_drive_reset'),
      block('qadam_drive_done'),
    ]),
    category('motors', 'QADAM_CAT_MOTORS', [
      block('qadam_motor_run', { SPEED: num(360) }),
      block('qadam_motor_run_angle', { ANGLE: num(90), SPEED: num(360) }),
      block('qadam_motor_stop'),
      block('qadam_motor_angle'),
      block('qadam_motor_reset_angle'),
    ]),
    category('sensors', 'QADAM_CAT_SENSORS', [
      block('qadam_sensor_distance'),
      block('qadam_sensor_reflection'),
      block('qadam_sensor_color_is'),
      block('qadam_sensor_touch'),
      block('qadam_sensor_gyro_angle'),
      block('qadam_sensor_gyro_reset'),
      block('qadam_sensor_timer'),
      block('qadam_sensor_timer_reset'),
    ]),
    category('control', 'QADAM_CAT_CONTROL', [
      block('qadam_wait', { MS: num(1000) }),
      block('qadam_wait_seconds', { SECONDS: num(1) }),
      block('qadam_wait_until'),
      block('qadam_forever'),
      block('controls_repeat_ext', { TIMES: num(4) }),
      block('controls_whileUntil'),
      block('controls_if'),
      block('controls_if', undefined, { hasElse: true }),
      block('qadam_stop_program'),
    ]),
    category('output', 'QADAM_CAT_OUTPUT', [
      block('text_print', { TEXT: { shadow: { type: 'text', fields: { TEXT: 'Qadam' } } } }),
      block('qadam_beep', { FREQUENCY: num(440), DURATION: num(200) }),
    ]),
    category('logic', 'QADAM_CAT_LOGIC', [
      block('logic_compare', { A: num(0), B: num(100) }),
      block('logic_operation'),
      block('logic_negate'),
      block('logic_boolean'),
    ]),
    category('loops', 'QADAM_CAT_LOOPS', [
      block('controls_repeat_ext', { TIMES: num(10) }),
      block('controls_whileUntil'),
      block('controls_for', { FROM: num(1), TO: num(10), BY: num(1) }),
      block('controls_flow_statements'),
    ]),
    category('math', 'QADAM_CAT_MATH', [
      block('math_number'),
      block('math_arithmetic', { A: num(1), B: num(1) }),
      block('math_single', { NUM: num(9) }),
      block('math_trig', { NUM: num(45) }),
      block('math_round', { NUM: num(3.1) }),
      block('math_modulo', { DIVIDEND: num(64), DIVISOR: num(10) }),
      block('math_constrain', { VALUE: num(50), LOW: num(0), HIGH: num(100) }),
      block('math_random_int', { FROM: num(1), TO: num(100) }),
      block('math_number_property', { NUMBER_TO_CHECK: num(0) }),
    ]),
    category('text', 'QADAM_CAT_TEXT', [
      block('text'),
      block('text_join'),
      block('text_length', { VALUE: { shadow: { type: 'text', fields: { TEXT: 'Qadam' } } } }),
      block('text_print'),
    ]),
    {
      kind: 'category',
      name: '%{BKY_QADAM_CAT_VARIABLES}',
      colour: CATEGORY_COLOURS.variables,
      custom: 'VARIABLE',
    },
    {
      kind: 'category',
      name: '%{BKY_QADAM_CAT_FUNCTIONS}',
      colour: CATEGORY_COLOURS.functions,
      custom: 'PROCEDURE',
    },
    { kind: 'sep' },
    category('simulator', 'QADAM_CAT_SIMULATOR', [block('qadam_sim_pen')]),
  ] satisfies (CategoryItem | { kind: 'sep' })[],
} as unknown as Blockly.utils.toolbox.ToolboxInfo;

/** Blocks Blockly puts in the dynamic Variables and Functions flyouts. */
const DYNAMIC_CATEGORY_TYPES = [
  'variables_get',
  'variables_set',
  'math_change',
  'procedures_defnoreturn',
  'procedures_defreturn',
  'procedures_ifreturn',
  'procedures_callnoreturn',
  'procedures_callreturn',
];

/** Every block type a student can take from {@link qadamToolbox}, including shadows and dynamic flyouts. */
export function toolboxBlockTypes(
  toolbox: Blockly.utils.toolbox.ToolboxInfo = qadamToolbox,
): string[] {
  const types = new Set<string>(DYNAMIC_CATEGORY_TYPES);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (
        typeof record.type === 'string' &&
        (record.kind === 'block' || 'fields' in record || 'shadow' in record || 'inputs' in record)
      )
        types.add(record.type);
      Object.values(record).forEach(visit);
    }
  };
  visit(toolbox.contents);
  return [...types].sort();
}

/**
 * Workspace option for `Blockly.inject(…, { maxInstances: QADAM_MAX_INSTANCES })`: one
 * "when program starts" hat per program (two would just run one after the other).
 */
export const QADAM_MAX_INSTANCES: Record<string, number> = { qadam_start: 1 };
