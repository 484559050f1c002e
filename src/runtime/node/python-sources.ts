/**
 * Reads our Python package (src/python/**.py) from disk for the Node pool (CLI, judge,
 * tests). The browser build gets the same files through its bundler instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PythonFile } from '../protocol.ts';

/** Absolute path of src/python. */
export const PYTHON_DIR = fileURLToPath(new URL('../../python', import.meta.url));

/** Every .py file under `root`, paths relative to it with '/' separators, sorted. */
export function readPythonFiles(root: string = PYTHON_DIR): PythonFile[] {
  const found: PythonFile[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '__pycache__') visit(full);
      else if (entry.isFile() && entry.name.endsWith('.py')) {
        found.push({
          path: relative(root, full).split(sep).join('/'),
          content: readFileSync(full, 'utf8'),
        });
      }
    }
  };
  visit(root);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
