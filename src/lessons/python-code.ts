/**
 * Python source compared by its code alone: translated starters may differ from the original
 * only in their comments and docstrings (tests/unit/lessons).
 */

/** Prefixes a Python string literal may have (r, u, b, f and the pairs rb, br, rf, fr). */
const STRING_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?$/;

/** Whether only blanks (and maybe a comment) follow `from` up to the end of its line. */
function restOfLineIsEmpty(code: string, from: number): boolean {
  let i = from;
  while (i < code.length && (code[i] === ' ' || code[i] === '\t' || code[i] === '\r')) i++;
  return i === code.length || code[i] === '\n' || code[i] === '#';
}

/** Where the string literal opening at `start` (on its quote) ends. */
function stringEnd(code: string, start: number): number {
  const c = code[start];
  const quote = code.startsWith(c.repeat(3), start) ? c.repeat(3) : c;
  let i = start + quote.length;
  while (i < code.length) {
    if (code[i] === '\\') i += 2;
    else if (code.startsWith(quote, i)) return i + quote.length;
    else if (quote.length === 1 && code[i] === '\n')
      return i; // unterminated: ends at the line
    else i++;
  }
  return code.length;
}

/**
 * Python without its comments, docstrings and blank lines, to compare translated starters with
 * the original: only the comments may differ. A `#` inside a string literal ('…', "…", '''…''',
 * """…""", spanning lines or not) is kept, and so is a string that is a value; a string that is
 * a statement of its own (a docstring) documents the code, like a comment, and goes.
 */
export function codeWithoutComments(code: string): string {
  const lines: string[] = [];
  let line = ''; // the current line of output (a string spanning lines stays in one)
  let statement = 0; // where the current statement starts in `line`; -1 in a continued line
  let depth = 0; // open brackets: a line break inside them continues the statement
  const endLine = () => {
    const kept = line.trimEnd();
    if (kept.trim()) lines.push(kept);
    line = '';
  };
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '#') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '\n') {
      endLine();
      statement = depth === 0 ? 0 : -1;
      i++;
    } else if (c === '\\' && code[i + 1] === '\n') {
      line += c;
      endLine();
      statement = -1;
      i += 2;
    } else if (c === '"' || c === "'") {
      const end = stringEnd(code, i);
      const before = statement < 0 ? null : line.slice(statement).trim();
      if (before !== null && STRING_PREFIX.test(before) && restOfLineIsEmpty(code, end)) {
        line = line.slice(0, line.length - before.length); // a docstring: drop it with its prefix
      } else {
        line += code.slice(i, end);
      }
      i = end;
    } else {
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
      line += c;
      if (c === ';' && depth === 0) statement = line.length;
      i++;
    }
  }
  endLine();
  return lines.join('\n');
}
