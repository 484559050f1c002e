import * as Blockly from 'blockly';

/**
 * Names a student's variable or function must not take in the generated Python, on top of
 * Blockly's Python keywords and builtins: the objects `from robot_setup import *` provides,
 * the names we import, and the trace hook. A clash gets a numeric suffix (`robot` → `robot2`).
 */
export const QADAM_RESERVED_NAMES = [
  'hub',
  'left_motor',
  'right_motor',
  'robot',
  'ultrasonic',
  'color_left',
  'color_right',
  'touch',
  'gyro',
  'watch',
  'robot_setup',
  'pybricks',
  'wait',
  'Color',
  'Stop',
  'Port',
  'Direction',
  'StopWatch',
  'DriveBase',
  'Motor',
  'qadam',
  '_qadam_block',
] as const;

// Python identifiers are NFKC-normalised Unicode XID_Start/XID_Continue; JS's ID_Start /
// ID_Continue properties are the same sets up to a few legacy compatibility characters.
const ID_START = /[\p{ID_Start}_]/u;
const NOT_ID_CONTINUE = /[^\p{ID_Continue}]/gu;

/**
 * Turns a Blockly name into a legal Python 3 identifier while keeping non-Latin letters:
 * `қадам` stays `қадам`, `жылдамдық 2` becomes `жылдамдық_2`, `2x` becomes `my_2x`.
 * Blockly's own `safeName` URI-encodes every non-ASCII letter (`_D2_9B_…`), unreadable for
 * children who name things in Kazakh or Russian.
 */
export function pythonSafeName(name: string): string {
  // UNNAMED_KEY is localised (kk: "атаусыз"), so it goes through the same cleaning.
  if (!name) name = Blockly.Msg['UNNAMED_KEY'] || 'unnamed';
  let safe = name.normalize('NFKC').trim().replace(/\s+/g, '_').replace(NOT_ID_CONTINUE, '_');
  if (!safe) safe = 'unnamed';
  if (!ID_START.test(safe[0])) safe = `my_${safe}`;
  return safe;
}

/**
 * Makes a `Blockly.Names` database use {@link pythonSafeName}. `safeName` is private in
 * Blockly's typings, so we replace it on this one instance rather than on the prototype:
 * other generators in the page keep Blockly's behaviour.
 */
export function installReadableNames(names: Blockly.Names): void {
  (names as unknown as { safeName: (name: string) => string }).safeName = pythonSafeName;
}
