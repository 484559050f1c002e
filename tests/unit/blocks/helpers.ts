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

/** Python's verdict on `code`: null if it parses, else the SyntaxError text. */
export function pythonSyntaxError(code: string): string | null {
  const result = spawnSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], {
    input: code,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return result.status === 0 ? null : result.stderr;
}
