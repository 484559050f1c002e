/** The browser pool bundles our Python package with Vite's import.meta.glob. */
import { describe, expect, test } from 'vitest';

describe('browser pool', () => {
  test('bundles the same Python files as the Node pool reads', async () => {
    const { bundledPythonFiles } = await import('../../../src/runtime/browser-pool.ts');
    const { readPythonFiles } = await import('../../../src/runtime/node/python-sources.ts');
    expect(bundledPythonFiles()).toEqual(readPythonFiles());
  });
});
