/**
 * Diagnosis of a Python error: which explanation fits a CPython message, and with which
 * parameters. Language-neutral — it returns message keys, and `explain-error.ts` turns them
 * into text. Messages are matched with tolerant regular expressions because their wording
 * moves a little between CPython versions (3.11 here, 3.14 in Pyodide) and because 3.12+
 * may append its own "Did you mean: 'x'?".
 */
import type { PythonErrorKey } from '../../i18n/python-errors.en.ts';
import { API_ENTRIES } from './docs/api-model.ts';
import { API_MODULES, API_TYPES } from './docs/api-types.ts';
import { isApiDocKey } from './docs/index.ts';
import { PYTHON_KEYWORDS } from './completion.ts';
import {
  BUILTIN_CANDIDATES,
  COMMAND_ALIASES,
  ENUM_TYPES,
  NOT_ON_ROBOT,
  RUNTIME_TYPES,
} from './error-data.ts';
import { nearestName, namesDefinedIn } from './name-suggest.ts';
import { KNOWN_GLOBALS } from './resolve.ts';

/** A parameter value: plain text, or a key whose text is looked up in the student's language. */
export type ParamValue = string | number | { key: PythonErrorKey };
/** A message key with its parameters. */
export interface KeyedText {
  key: PythonErrorKey;
  params?: Record<string, ParamValue>;
}
/** What explains an error, before it is put into words. */
export interface Diagnosis {
  title: KeyedText;
  explanation: KeyedText;
  hints: KeyedText[];
}
/** The error as the runtime reports it. */
export interface PythonErrorInput {
  /** Exception class name, e.g. `NameError`. */
  type: string;
  message: string;
  line?: number | null;
}

const k = (key: PythonErrorKey, params?: Record<string, ParamValue>): KeyedText =>
  params ? { key, params } : { key };
const t = (key: PythonErrorKey): { key: PythonErrorKey } => ({ key });
const title = (type: string): KeyedText => k(`title.${type}` as PythonErrorKey);
const unquote = (s: string) => s.replace(/^['"]|['"]$/g, '');

/** A friendly type name (`str` → "a text") when we have one, else the name as code. */
function typeName(name: string): ParamValue {
  const key = `typename.${name}`;
  return key in TYPE_KEYS ? t(key as PythonErrorKey) : `\`${name}\``;
}
const TYPE_KEYS: Record<string, true> = Object.fromEntries(
  ['int', 'float', 'str', 'bool', 'NoneType', 'list', 'tuple', 'dict', 'function', 'number']
    .concat(['real number'])
    .map((n) => [`typename.${n}`, true]),
);

/** The CPython 3.12+ suggestion appended to a message, if any. */
function pythonSuggestion(message: string): string | null {
  return /Did you mean:? '?([\w.]+)'?\??/.exec(message)?.[1] ?? null;
}

/** The signature of an API function or method named in a message (`DriveBase.straight`). */
function signatureOf(qualified: string): string | null {
  const parts = qualified.split('.');
  const name = parts[parts.length - 1];
  const owner = parts.length > 1 ? RUNTIME_TYPES[parts[parts.length - 2]] : undefined;
  const key = owner
    ? `${owner}.${name}`
    : Object.keys(API_ENTRIES).find((k) => k === name || k.endsWith(`.${name}`));
  return key && isApiDocKey(key) ? API_ENTRIES[key].signature.replace(/\s*(→|#).*$/, '') : null;
}

function diagnoseName(message: string, source: string): Diagnosis {
  const name = /name '(\w+)' is not defined/.exec(message)?.[1] ?? '?';
  const hints: KeyedText[] = [];
  const known = KNOWN_GLOBALS.get(name);
  const defined = namesDefinedIn(source);
  if (known && !defined.includes(name)) {
    const module = Object.entries(API_MODULES).find(
      ([m, info]) => m !== 'robot_setup' && info.exports.includes(name),
    );
    const fromSetup = API_MODULES.robot_setup.exports.includes(name);
    if (fromSetup || !module) hints.push(k('name.needs_setup', { name }));
    else hints.push(k('name.needs_import', { name, code: `from ${module[0]} import ${name}` }));
  } else {
    const candidates = [
      ...defined,
      ...KNOWN_GLOBALS.keys(),
      ...BUILTIN_CANDIDATES,
      ...PYTHON_KEYWORDS,
    ];
    const suggestion = nearestName(name, candidates) ?? pythonSuggestion(message);
    if (suggestion) hints.push(k('name.did_you_mean', { suggestion }));
  }
  return { title: title('NameError'), explanation: k('name.undefined', { name }), hints };
}

function diagnoseSyntax(message: string, line: number | null | undefined): Diagnosis {
  const at = { line: line ?? '?' };
  const syntax = (explanation: KeyedText, ...hints: KeyedText[]): Diagnosis => ({
    title: title('SyntaxError'),
    explanation,
    hints,
  });
  if (/expected ':'/.test(message)) return syntax(k('syntax.colon'), k('syntax.colon_hint', at));
  let m = /'([([{])' was never closed/.exec(message);
  if (m) return syntax(k('syntax.unclosed', { bracket: m[1] }), k('syntax.unclosed_hint'));
  m = /unmatched '([)\]}])'|closing parenthesis '([)\]}])'/.exec(message);
  if (m) return syntax(k('syntax.unmatched', { bracket: m[1] ?? m[2] }), k('syntax.unclosed_hint'));
  if (/unterminated (triple-quoted )?string|EOL while scanning|EOF while scanning/.test(message))
    return syntax(k('syntax.string'));
  if (/Missing parentheses in call to 'print'/.test(message)) return syntax(k('syntax.print'));
  if (/cannot assign to|cannot be assigned/.test(message)) return syntax(k('syntax.assign'));
  if (/Maybe you meant '=='/.test(message)) return syntax(k('syntax.equals'));
  if (/forgot a comma/.test(message)) return syntax(k('syntax.comma'));
  m = /invalid character '(.)'/.exec(message);
  if (m) return syntax(k('syntax.char', { char: m[1] }));
  return syntax(k('syntax.invalid'), k('syntax.invalid_hint'));
}

function diagnoseIndent(message: string, type: string, line: number | null | undefined): Diagnosis {
  if (type === 'TabError' || /inconsistent use of tabs/.test(message))
    return { title: title('TabError'), explanation: k('tab.mixed'), hints: [k('tab.hint')] };
  const indent = (explanation: KeyedText, hint: KeyedText): Diagnosis => ({
    title: title('IndentationError'),
    explanation,
    hints: [hint],
  });
  if (/expected an indented block/.test(message))
    return indent(k('indent.expected'), k('indent.expected_hint', { line: line ?? '?' }));
  if (/unexpected indent/.test(message)) return indent(k('indent.unexpected'), k('indent.hint'));
  return indent(k('indent.unindent'), k('indent.hint'));
}

/** `D.turn() takes 2 …`: for a method CPython counts `self`; a student does not. */
function countsWithoutSelf(func: string, counts: string): string {
  if (!func.includes('.')) return counts;
  return counts.replace(/\d+/g, (n) => String(Math.max(0, Number(n) - 1)));
}
const shortName = (qualified: string) => `${qualified.split('.').pop()}()`;

function diagnoseType(message: string): Diagnosis {
  const type = (explanation: KeyedText, ...hints: KeyedText[]): Diagnosis => ({
    title: title('TypeError'),
    explanation,
    hints,
  });
  const usage = (func: string): KeyedText[] => {
    const signature = signatureOf(func);
    return signature ? [k('type.usage', { signature })] : [];
  };
  let m = /([\w.]+)\(\) missing \d+ required (?:positional|keyword-only) arguments?: (.+)$/.exec(
    message,
  );
  if (m) {
    const missing = m[2]
      .split(/, | and /)
      .map(unquote)
      .join(', ');
    return type(k('type.missing_arg', { func: shortName(m[1]), missing }), ...usage(m[1]));
  }
  m =
    /([\w.]+)\(\) takes (from \d+ to \d+|\d+) positional arguments? but (\d+) (?:were|was) given/.exec(
      message,
    );
  if (m) {
    const takes = countsWithoutSelf(m[1], m[2]).replace(/^from (\d+) to (\d+)$/, '$1–$2');
    const given = countsWithoutSelf(m[1], m[3]);
    return type(k('type.too_many', { func: shortName(m[1]), given, takes }), ...usage(m[1]));
  }
  m = /unsupported operand type\(s\) for ([^:]+): '(\w+)' and '(\w+)'/.exec(message);
  const numeric = (n: string) => n === 'int' || n === 'float';
  if (
    /can only concatenate str/.test(message) ||
    (m &&
      m[1].trim() === '+' &&
      m[2] !== m[3] &&
      [m[2], m[3]].includes('str') &&
      [m[2], m[3]].some(numeric))
  )
    return type(k('type.concat'));
  if (m)
    return type(
      k('type.operand', { op: m[1].trim(), left: typeName(m[2]), right: typeName(m[3]) }),
    );
  m = /'(.+)' not supported between instances of '(\w+)' and '(\w+)'/.exec(message);
  if (m) return type(k('type.compare', { op: m[1], left: typeName(m[2]), right: typeName(m[3]) }));
  m = /(\w+)\(\) argument '(\w+)' must be (.+?), not (\w+)/.exec(message);
  if (m) {
    const expected = /^an? number$/.test(m[3]) ? t('typename.number') : `\`${m[3]}\``;
    const hints = m[4] === 'str' && /number/.test(m[3]) ? [k('type.number_hint')] : [];
    return type(
      k('type.must_be_arg', { func: `${m[1]}()`, arg: m[2], expected, got: typeName(m[4]) }),
      ...hints,
      ...usage(m[1]),
    );
  }
  m = /must be (?:an? )?([\w ]+?), not (\w+)/.exec(message);
  if (m) {
    const hints = m[2] === 'str' ? [k('type.number_hint')] : [];
    return type(
      k('type.must_be_plain', { expected: typeName(m[1]), got: typeName(m[2]) }),
      ...hints,
    );
  }
  m = /'(\w+)' object is not callable/.exec(message);
  if (m) return type(k('type.not_callable', { what: typeName(m[1]) }));
  return type(k('type.generic'));
}

function diagnoseValue(message: string): Diagnosis {
  const value = (explanation: KeyedText): Diagnosis => ({
    title: title('ValueError'),
    explanation,
    hints: [],
  });
  if (/finite number|NaN|\bnan\b|\binf(inity)?\b/i.test(message))
    return value(k('value.not_finite'));
  let m = /(\w+)\(\) argument '(\w+)' must be positive/.exec(message);
  if (m) return value(k('value.positive', { func: `${m[1]}()`, arg: m[2] }));
  m =
    /invalid literal for int\(\) with base \d+: (.+)$|could not convert string to float: (.+)$/.exec(
      message,
    );
  if (m) return value(k('value.int_text', { text: m[1] ?? m[2] }));
  if (/math domain error|expected a (?:nonnegative|positive) input/.test(message))
    return value(k('value.math'));
  return value(k('value.generic'));
}

function diagnoseAttribute(message: string): Diagnosis {
  const attr = (explanation: KeyedText, ...hints: KeyedText[]): Diagnosis => ({
    title: title('AttributeError'),
    explanation,
    hints,
  });
  const m =
    /(?:'(\w+)' object|type object '(\w+)'|module '([\w.]+)') has no attribute '(\w+)'/.exec(
      message,
    );
  if (!m) return attr(k('type.generic'));
  const [, objectType, typeObject, module, name] = m;
  if (objectType === 'NoneType') return attr(k('attr.none'));
  const owner = objectType ?? typeObject ?? module;
  const apiType = RUNTIME_TYPES[owner];
  const members = apiType ? API_TYPES[apiType].map((mem) => mem.name) : [];
  const alias = COMMAND_ALIASES[name];
  const suggestion =
    (alias && members.includes(alias) ? alias : null) ??
    nearestName(name, members) ??
    pythonSuggestion(message);
  // Commands are shown with brackets (`straight()`), constants without (`VIOLET`).
  const shown =
    suggestion && members.includes(suggestion) && !ENUM_TYPES.has(apiType)
      ? `${suggestion}()`
      : suggestion;
  const hints = shown
    ? [k('attr.did_you_mean', { suggestion: shown })]
    : members.length
      ? [k('attr.list_commands', { names: members.map((n) => `\`${n}\``).join(', ') })]
      : [];
  return attr(k('attr.missing', { owner: `\`${owner}\``, attr: name }), ...hints);
}

function diagnoseImport(message: string): Diagnosis {
  const imp = (explanation: KeyedText, ...hints: KeyedText[]): Diagnosis => ({
    title: title('ImportError'),
    explanation,
    hints,
  });
  let m = /cannot import name '(\w+)' from '([\w.]+)'/.exec(message);
  if (m) {
    const exports = API_MODULES[m[2]]?.exports ?? [];
    const suggestion = nearestName(m[1], exports);
    return imp(
      k('import.name', { module: m[2], name: m[1] }),
      ...(suggestion ? [k('name.did_you_mean', { suggestion })] : []),
    );
  }
  m = /No module named '([\w.]+)'/.exec(message);
  const module = m?.[1] ?? '?';
  if (NOT_ON_ROBOT.has(module.split('.')[0]))
    return imp(k('import.not_on_robot', { module }), k('import.hint'));
  const suggestion = nearestName(module, Object.keys(API_MODULES));
  return imp(
    k('import.not_found', { module }),
    suggestion ? k('name.did_you_mean', { suggestion }) : k('import.hint'),
  );
}

function diagnoseOs(message: string): Diagnosis {
  const m =
    /no (motor|ultrasonic sensor|color sensor|force sensor|touch sensor|gyro sensor) on port (\w+)/.exec(
      message,
    );
  const explanation = m
    ? k('os.no_device', { device: t(`device.${m[1]}` as PythonErrorKey), port: m[2] })
    : /EBUSY|Errno 16|busy/i.test(message)
      ? k('os.busy')
      : k('os.generic');
  return { title: title('OSError'), explanation, hints: [] };
}

/**
 * Which explanation fits `error`. `source` (the program) helps suggest the student's own names
 * for a misspelt one.
 */
export function diagnosePythonError(error: PythonErrorInput, source = ''): Diagnosis {
  const type = error.type.trim();
  // Some runtimes pass "NameError: name 'x' …" as the message: drop the repeated type.
  const message = error.message.replace(new RegExp(`^\\s*${type}:\\s*`), '').trim();
  const simple = (name: string, explanation: KeyedText, ...hints: KeyedText[]): Diagnosis => ({
    title: title(name),
    explanation,
    hints,
  });
  switch (type) {
    case 'NameError':
      return diagnoseName(message, source);
    case 'SyntaxError':
      return /indent/.test(message)
        ? diagnoseIndent(message, type, error.line)
        : diagnoseSyntax(message, error.line);
    case 'IndentationError':
    case 'TabError':
      return diagnoseIndent(message, type, error.line);
    case 'TypeError':
      return diagnoseType(message);
    case 'ZeroDivisionError':
      return simple(type, k('zero.division'), k('zero.hint'));
    case 'ValueError':
      return diagnoseValue(message);
    case 'AttributeError':
      return diagnoseAttribute(message);
    case 'ImportError':
    case 'ModuleNotFoundError':
      return diagnoseImport(message);
    case 'OSError':
      return diagnoseOs(message);
    case 'KeyboardInterrupt':
      return simple(type, k('stop.interrupted'), k('stop.hint'));
    case 'RecursionError':
      return simple(type, k('recursion.deep'), k('recursion.hint'));
    case 'IndexError':
      return simple(type, k('index.out'), k('index.hint'));
    case 'KeyError':
      return simple(type, k('key.missing', { key: message || '?' }));
    case 'UnboundLocalError': {
      const name = /variable '(\w+)'/.exec(message)?.[1] ?? '?';
      return simple(type, k('unbound.local', { name }));
    }
    default:
      return { title: k('title.other', { type }), explanation: k('generic'), hints: [] };
  }
}
