/**
 * Text from blocks placed in the generated Python: string literals and `#` comments. Python
 * ends a line at `\n` or `\r`, and refuses a NUL byte or a lone surrogate (not UTF-8) anywhere
 * in the source, so none of these may reach it raw.
 */

/** Control characters (C0, DEL, C1) except tab, and surrogates without their pair. */
const UNSAFE_IN_STRING = /(?!\t)[\p{Cc}\p{Cs}]/gu;
/** NUL and surrogates without their pair (other controls are harmless in a comment). */
const UNSAFE_IN_COMMENT = /\0|\p{Cs}/gu;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED_ESCAPES[c] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

/**
 * A Python string literal holding exactly `text`, on one line: `'Qadam'`, `"it's"`,
 * `'line\nbreak'`. Quotes as Blockly's Python generator does (single quotes, double quotes
 * when the text has a `'` and no `"`), but a line break becomes `\n`: Blockly writes a
 * backslash and a real line break, a line continuation that drops the break from the string.
 */
export function pythonStringLiteral(text: string): string {
  let body = text.replace(/\\/g, '\\\\').replace(UNSAFE_IN_STRING, escapeChar);
  let quote = "'";
  if (body.includes("'")) {
    if (body.includes('"')) body = body.replace(/'/g, "\\'");
    else quote = '"';
  }
  return quote + body + quote;
}

/**
 * A block comment made safe for `#` lines: `\r` and `\r\n` become `\n` (so that each line
 * gets its `#`), NUL bytes and lone surrogates become U+FFFD.
 */
export function commentText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE_IN_COMMENT, '\ufffd');
}
