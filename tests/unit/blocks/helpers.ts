import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Blockly from 'blockly';
import { registerQadamBlocks } from '../../../blocks/index.ts';

/** Folder of the block fixtures: `<name>.json` workspaces and `<name>.py` golden Python. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/blocks/', import.meta.url));

/** Names of all fixture workspaces (without `.json`). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The serialized workspace of fixture `name`. */
export function readFixture(name: string): object {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as object;
}

/** A headless workspace holding fixture `name`; dispose it after use. */
export function loadFixture(name: string): Blockly.Workspace {
  registerQadamBlocks();
  const workspace = new Blockly.Workspace();
  Blockly.serialization.workspaces.load(readFixture(name) as never, workspace);
  return workspace;
}

// compile(), not ast.parse(): the parser accepts `break` outside a loop and `return` outside
// a function; the compiler, like running the program, rejects them with a SyntaxError.
const COMPILE_ALL = `
import json, sys
errors = []
for code in json.load(sys.stdin):
    try:
        compile(code, "program.py", "exec")
        errors.append(None)
    except (SyntaxError, ValueError) as e:
        errors.append("%s: %s" % (type(e).__name__, e))
json.dump(errors, sys.stdout)
`;

/** Python's verdict on each program: null if it compiles, else the SyntaxError text. */
export function pythonSyntaxErrors(codes: readonly string[]): (string | null)[] {
  const result = spawnSync('python3', ['-c', COMPILE_ALL], {
    input: JSON.stringify(codes),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as (string | null)[];
}

/** Python's verdict on `code`: null if it compiles, else the SyntaxError text. */
export function pythonSyntaxError(code: string): string | null {
  return pythonSyntaxErrors([code])[0];
}
