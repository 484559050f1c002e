/**
 * What to suggest where: the completion logic of the Python editor as a pure function of the
 * text before the cursor, so it is tested in Node without Monaco. `monaco-host.ts` only turns
 * these suggestions into Monaco completion items.
 */
import type { ApiDocKey } from './docs/api-docs.en.ts';
import { API_ENTRIES, type ApiKind } from './docs/api-model.ts';
import { API_MODULES, API_TYPES, ROBOT_SETUP_NAMES } from './docs/api-types.ts';
import { isApiDocKey } from './docs/index.ts';
import {
  KNOWN_GLOBALS,
  endsInStringOrComment,
  inferVariableTypes,
  memberDocKey,
  resolveChain,
} from './resolve.ts';

/** The kind of a suggestion (the host maps it to a Monaco icon). */
export type SuggestionKind = ApiKind | 'keyword' | 'snippet' | 'variable';

/** One suggestion. */
export interface Suggestion {
  label: string;
  kind: SuggestionKind;
  /** Text to insert; a snippet when `snippet` is true (`${1:x}` placeholders). */
  insertText: string;
  snippet?: boolean;
  /** The doc shown beside the suggestion. */
  doc?: ApiDocKey;
  /** Sort key: lower comes first. */
  sortText: string;
}

/** Python keywords a student types. */
export const PYTHON_KEYWORDS = [
  'if',
  'elif',
  'else',
  'while',
  'for',
  'in',
  'def',
  'return',
  'break',
  'continue',
  'pass',
  'and',
  'or',
  'not',
  'True',
  'False',
  'None',
  'import',
  'from',
  'global',
  'is',
  'lambda',
  'try',
  'except',
  'finally',
  'class',
  'with',
  'as',
  'del',
  'assert',
  'raise',
] as const;

/** Snippets for the control structures every lesson uses. */
export const PYTHON_SNIPPETS: readonly { label: string; body: string }[] = [
  { label: 'while True:', body: 'while True:\n\t${0:pass}' },
  { label: 'for i in range():', body: 'for ${1:i} in range(${2:4}):\n\t${0:pass}' },
  { label: 'if', body: 'if ${1:condition}:\n\t${0:pass}' },
  { label: 'if … else', body: 'if ${1:condition}:\n\t${2:pass}\nelse:\n\t${0:pass}' },
  { label: 'while … :', body: 'while ${1:condition}:\n\t${0:pass}' },
  { label: 'def', body: 'def ${1:name}(${2}):\n\t${0:pass}' },
];

const pad = (n: number) => String(n).padStart(3, '0');

/** Call snippet for a method or function: `straight(${1})` puts the cursor in the brackets. */
function callText(name: string, kind: ApiKind): { insertText: string; snippet?: boolean } {
  if (kind === 'method' || kind === 'function' || kind === 'class')
    return { insertText: `${name}($0)`, snippet: true };
  return { insertText: name };
}

function apiSuggestion(label: string, doc: ApiDocKey | null, order: number): Suggestion {
  const kind: ApiKind = doc ? API_ENTRIES[doc].kind : 'object';
  return { label, kind, ...callText(label, kind), ...(doc ? { doc } : {}), sortText: pad(order) };
}

const MEMBER_CHAIN = /((?:[A-Za-z_]\w*\s*\.\s*)+)(\w*)$/;
const FROM_MODULE = /^\s*(?:from|import)\s+([\w.]*)$/;
const FROM_IMPORT = /^\s*from\s+([\w.]+)\s+import\s+(?:[\w\s,*]*,\s*)?\w*$/;

/**
 * Suggestions for the cursor at the end of `lineBefore` (the line's text up to the cursor).
 * `source` is the whole program, used to learn the types of the student's own variables.
 * Monaco filters by the typed prefix itself, so all candidates of the context are returned.
 */
export function suggestionsAt(lineBefore: string, source = ''): Suggestion[] {
  if (endsInStringOrComment(lineBefore)) return [];

  const fromImport = FROM_IMPORT.exec(lineBefore);
  if (fromImport) {
    const module = API_MODULES[fromImport[1]];
    if (!module) return [];
    return module.exports.map((name, i) => {
      const doc = isApiDocKey(name) ? name : (KNOWN_GLOBALS.get(name)?.doc ?? null);
      return { ...apiSuggestion(name, doc, i), insertText: name, snippet: false };
    });
  }
  const fromModule = FROM_MODULE.exec(lineBefore);
  if (fromModule) {
    return Object.entries(API_MODULES).map(([name, module], i) => ({
      label: name,
      kind: 'module' as const,
      insertText: name,
      doc: module.doc,
      sortText: pad(i),
    }));
  }

  const member = MEMBER_CHAIN.exec(lineBefore);
  if (member) {
    const chain = member[1]
      .split('.')
      .map((part) => part.trim())
      .filter(Boolean);
    const type = resolveChain(chain, inferVariableTypes(source));
    if (!type) return [];
    return API_TYPES[type].map((m, i) => apiSuggestion(m.name, memberDocKey(type, m.name), i));
  }
  return topLevelSuggestions(source);
}

/** Suggestions where a new name starts: API names, own variables, keywords and snippets. */
export function topLevelSuggestions(source = ''): Suggestion[] {
  const result: Suggestion[] = [];
  const seen = new Set<string>();
  let order = 0;
  for (const g of ROBOT_SETUP_NAMES) {
    seen.add(g.name);
    result.push(apiSuggestion(g.name, g.doc, order++));
  }
  for (const name of inferVariableTypes(source).keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    result.push({ label: name, kind: 'variable', insertText: name, sortText: pad(order++) });
  }
  for (const g of KNOWN_GLOBALS.values()) {
    if (seen.has(g.name)) continue;
    seen.add(g.name);
    result.push(apiSuggestion(g.name, g.doc, 100 + order++));
  }
  PYTHON_SNIPPETS.forEach((s, i) =>
    result.push({
      label: s.label,
      kind: 'snippet',
      insertText: s.body,
      snippet: true,
      sortText: pad(200 + i),
    }),
  );
  PYTHON_KEYWORDS.forEach((k, i) =>
    result.push({ label: k, kind: 'keyword', insertText: k, sortText: pad(300 + i) }),
  );
  return result;
}
