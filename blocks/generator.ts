import * as Blockly from 'blockly';
import { PythonGenerator } from 'blockly/python';
import { commentText, pythonStringLiteral } from './literals.ts';
import { QADAM_RESERVED_NAMES, installReadableNames } from './names.ts';
import { isOutOfPlace } from './placement.ts';

/** Block types whose top-level stacks generate code; any other top-level stack is ignored. */
export const ROOT_BLOCK_TYPES: ReadonlySet<string> = new Set([
  'qadam_start',
  'procedures_defnoreturn',
  'procedures_defreturn',
]);

/** Name of the hook called before each statement in trace mode: `_qadam_block('<block id>')`. */
export const TRACE_FUNCTION = '_qadam_block';

/** Sentinel lines bracketing each statement block's code while a line map is being built. */
// A control character no generator emits at the start of a line (user text is always quoted).
const SENTINEL = String.fromCharCode(1);
const SENTINEL_LINE = new RegExp(`^[ \\t]*${SENTINEL}([BE])(\\d+)$`);

/** Import order: robot_setup first, then pybricks, Python's own modules, the sim-only module last. */
function importRank(line: string): number {
  if (line.startsWith('from robot_setup ')) return 0;
  if (/^from pybricks[. ]/.test(line)) return 1;
  if (/^(from qadam |import qadam$)/.test(line)) return 3;
  return 2;
}

/**
 * Blockly's Python generator with Qadam's rules: 4-space indents (PEP 8, as on the hubs),
 * readable Unicode names, robot_setup names reserved, imports collected and ordered, stacks
 * not under "when program starts" (or a function definition) ignored, optional trace markers
 * and a line → block map. One instance per use keeps these settings off Blockly's shared
 * `pythonGenerator`.
 */
export class QadamPythonGenerator extends PythonGenerator {
  /** module → imported names (`*` for a star import); `import x` has an empty set. */
  private imports = new Map<string, Set<string>>();
  /** Block ids indexed by sentinel number, while building a line map; null otherwise. */
  private mapIds: string[] | null = null;

  constructor() {
    super('Python');
    this.INDENT = '    ';
    this.addReservedWords('math,random,Number');
    this.addReservedWords(QADAM_RESERVED_NAMES.join(','));
    // init() reuses an existing database, so the override survives every run.
    this.nameDB_ = new Blockly.Names(this.RESERVED_WORDS_);
    installReadableNames(this.nameDB_);
  }

  /**
   * Asks for `from <module> import <name>` (or `import <module>` when `name` is omitted) at
   * the top of the program. Generators call this only when their block is used.
   */
  requireImport(module: string, name?: string): void {
    let names = this.imports.get(module);
    if (!names) this.imports.set(module, (names = new Set()));
    if (name) names.add(name);
  }

  override init(workspace: Blockly.Workspace): void {
    this.imports = new Map();
    super.init(workspace);
  }

  override finish(code: string): string {
    const lines: string[] = [];
    for (const [module, names] of this.imports) {
      if (names.size === 0) lines.push(`import ${module}`);
      else if (names.has('*')) lines.push(`from ${module} import *`);
      else lines.push(`from ${module} import ${[...names].sort().join(', ')}`);
    }
    const rest: Record<string, string> = {};
    for (const [key, value] of Object.entries(this.definitions_)) {
      if (/^(from\s+\S+\s+)?import\s+\S+/.test(value)) lines.push(value);
      else rest[key] = value;
    }
    lines.sort((a, b) => importRank(a) - importRank(b) || a.localeCompare(b));
    this.definitions_ = Object.create(null);
    lines.forEach((line, i) => (this.definitions_[`import_${i}`] = line));
    Object.assign(this.definitions_, rest);
    return super.finish(code);
  }

  /** A one-line string literal for `text` (see {@link pythonStringLiteral}). */
  override quote_(text: string): string {
    return pythonStringLiteral(text);
  }

  /** Blockly writes block comments with `prefixLines(comment, '# ')`: make those lines safe. */
  override prefixLines(text: string, prefix: string): string {
    return super.prefixLines(prefix === '# ' ? commentText(text) : text, prefix);
  }

  override blockToCode(
    block: Blockly.Block | null,
    opt_thisOnly?: boolean,
  ): string | [string, number] {
    // A loose stack (not under the hat, not a function) does not run: generate nothing for it.
    if (block && !block.getParent() && !ROOT_BLOCK_TYPES.has(block.type)) {
      return block.outputConnection ? ['', 0] : '';
    }
    // "break" outside a loop, "return" outside a function: skipped as the editor's disabled
    // blocks are (Blockly skips a disabled block and goes on with the next one).
    if (block?.isEnabled() && isOutOfPlace(block)) {
      return opt_thisOnly ? '' : this.blockToCode(block.getNextBlock());
    }
    return super.blockToCode(block, opt_thisOnly);
  }

  override scrub_(block: Blockly.Block, code: string, thisOnly?: boolean): string {
    if (this.mapIds && code && !block.outputConnection) {
      const n = this.mapIds.push(block.id) - 1;
      code = `${SENTINEL}B${n}\n${code}${code.endsWith('\n') ? '' : '\n'}${SENTINEL}E${n}\n`;
    }
    return super.scrub_(block, code, thisOnly);
  }

  /**
   * Generates Python for `workspace`. With `trace`, each statement is preceded by a call to
   * {@link TRACE_FUNCTION} with the block's id. With `map`, also returns which block each
   * line of that code came from (1-based line numbers; lines of no block are absent).
   */
  generate(
    workspace: Blockly.Workspace,
    options: { trace?: boolean; map?: boolean } = {},
  ): { code: string; lineToBlockId: Record<number, string> } {
    this.STATEMENT_PREFIX = options.trace ? `${TRACE_FUNCTION}(%1)\n` : null;
    this.mapIds = options.map ? [] : null;
    try {
      const raw = this.workspaceToCode(workspace);
      return options.map
        ? extractLineMap(raw, this.mapIds ?? [])
        : { code: raw, lineToBlockId: {} };
    } finally {
      this.STATEMENT_PREFIX = null;
      this.mapIds = null;
    }
  }
}

/** Removes sentinel lines from `raw`, attributing each remaining line to the innermost open block. */
function extractLineMap(
  raw: string,
  ids: string[],
): { code: string; lineToBlockId: Record<number, string> } {
  const out: string[] = [];
  const lineToBlockId: Record<number, string> = {};
  const open: number[] = [];
  for (const line of raw.split('\n')) {
    const m = SENTINEL_LINE.exec(line);
    if (m) {
      if (m[1] === 'B') open.push(Number(m[2]));
      else open.pop();
      continue;
    }
    out.push(line);
    if (open.length > 0 && line.trim() !== '')
      lineToBlockId[out.length] = ids[open[open.length - 1]];
  }
  return { code: out.join('\n'), lineToBlockId };
}
