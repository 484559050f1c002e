/**
 * Resolving names in a student's program to API types, without running it: the robot_setup
 * names, Python built-ins, and variables the program assigns from a constructor
 * (`my_robot = DriveBase(...)`). Pure functions, tested in Node without Monaco.
 */
import type { ApiDocKey } from './docs/api-docs.en.ts';
import {
  API_CLASSES,
  API_TYPES,
  BUILTIN_NAMES,
  CONSTRUCTED_TYPE,
  ROBOT_SETUP_NAMES,
  type ApiGlobal,
  type ApiTypeName,
} from './docs/api-types.ts';
import { isApiDocKey } from './docs/index.ts';

/** Every top-level API name the editor knows, by name. */
export const KNOWN_GLOBALS: ReadonlyMap<string, ApiGlobal> = new Map(
  [...ROBOT_SETUP_NAMES, ...API_CLASSES, ...BUILTIN_NAMES].map((g) => [g.name, g]),
);

const ASSIGNMENT = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*([A-Za-z_]\w*)[ \t]*\(/gm;

/**
 * Variables a program assigns from a Pybricks constructor, such as `robot = DriveBase(...)`
 * → `{robot: 'DriveBase'}`. A later assignment of the same name wins, as it would at run time
 * for straight-line code.
 */
export function inferVariableTypes(source: string): Map<string, ApiTypeName> {
  const types = new Map<string, ApiTypeName>();
  for (const match of source.matchAll(ASSIGNMENT)) {
    const type = CONSTRUCTED_TYPE[match[2]];
    if (type) types.set(match[1], type);
  }
  return types;
}

/** The type a top-level name holds: the program's own assignment first, then robot_setup. */
export function typeOfName(name: string, variables?: Map<string, ApiTypeName>): ApiTypeName | null {
  return variables?.get(name) ?? KNOWN_GLOBALS.get(name)?.type ?? null;
}

/**
 * The type at the end of a dotted chain: `['hub', 'imu']` → IMU; `['robot']` → DriveBase.
 * Null when any link is unknown (a method call result, a student's own object).
 */
export function resolveChain(
  chain: readonly string[],
  variables?: Map<string, ApiTypeName>,
): ApiTypeName | null {
  if (chain.length === 0) return null;
  let type = typeOfName(chain[0], variables);
  for (const link of chain.slice(1)) {
    if (!type) return null;
    type = API_TYPES[type].find((m) => m.name === link)?.type ?? null;
  }
  return type;
}

/** The doc key of member `name` of `type`, such as `DriveBase.straight`. */
export function memberDocKey(type: ApiTypeName, name: string): ApiDocKey | null {
  const key = `${type}.${name}`;
  return isApiDocKey(key) ? key : null;
}

/** Whether `code` (the start of a line) ends inside a string literal or a comment. */
export function endsInStringOrComment(code: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '#') {
      return true;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    }
  }
  return quote !== null;
}
