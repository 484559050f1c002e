/**
 * The Python package of src/python as plain data, for tests that load it into Pyodide's
 * filesystem (and for the runtime's tests). Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of src/python. */
export const PYTHON_SOURCE_DIR = fileURLToPath(new URL('../../src/python', import.meta.url));

export interface PythonSource {
  /** Path relative to src/python with '/' separators, e.g. 'pybricks/tools.py'. */
  path: string;
  content: string;
}

/** Every .py file under src/python (recursively, sorted by path; __pycache__ skipped). */
export function listPythonSources(root: string = PYTHON_SOURCE_DIR): PythonSource[] {
  const found: PythonSource[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') visit(full);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
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
