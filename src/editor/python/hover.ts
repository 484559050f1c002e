/**
 * Which documented name is under the cursor: the hover logic of the Python editor as a pure
 * function of one line, tested in Node without Monaco.
 */
import type { ApiDocKey } from './docs/api-docs.en.ts';
import { API_MODULES, type ApiTypeName } from './docs/api-types.ts';
import { KNOWN_GLOBALS, endsInStringOrComment, memberDocKey, resolveChain } from './resolve.ts';

/** A documented name found in a line, with its 1-based column range. */
export interface HoverTarget {
  doc: ApiDocKey;
  startColumn: number;
  endColumn: number;
}

const WORD = /[A-Za-z_]\w*/g;

/**
 * The documented name at 1-based `column` of `line`, or null. `variables` are the program's
 * own typed variables (see `inferVariableTypes`).
 */
export function hoverTargetAt(
  line: string,
  column: number,
  variables?: Map<string, ApiTypeName>,
): HoverTarget | null {
  const index = column - 1;
  for (const match of line.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (index < start || index > end) continue;
    if (endsInStringOrComment(line.slice(0, start))) return null;
    const doc = docOf(line.slice(0, start), match[0], variables);
    return doc ? { doc, startColumn: start + 1, endColumn: end + 1 } : null;
  }
  return null;
}

const CHAIN_BEFORE = /((?:[A-Za-z_]\w*\s*\.\s*)+)$/;

function docOf(
  before: string,
  word: string,
  variables?: Map<string, ApiTypeName>,
): ApiDocKey | null {
  const chainMatch = CHAIN_BEFORE.exec(before);
  const chain = chainMatch
    ? chainMatch[1]
        .split('.')
        .map((p) => p.trim())
        .filter(Boolean)
    : [];
  // Module paths: `from pybricks.tools import wait` documents `pybricks.tools` on either word.
  if (/^\s*(?:from|import)\s+[\w.]*$/.test(before)) {
    const module = API_MODULES[[...chain, word].join('.')];
    return module ? module.doc : null;
  }
  if (chain.length > 0) {
    const type = resolveChain(chain, variables);
    return type ? memberDocKey(type, word) : null;
  }
  return KNOWN_GLOBALS.get(word)?.doc ?? null;
}
