// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-*', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Rounds and their scoring run in the app too: Node-only parts live in src/cli/judge.
    files: ['src/rounds/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'worker_threads'],
              message: 'src/rounds/ runs in the browser too: no Node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // I-1: the simulation is pure. Nothing from the DOM, the renderer, the UI or Pyodide.
    files: ['sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['three', 'three/*', 'lit', 'lit/*', 'pyodide', 'blockly', 'monaco-editor'],
              message: 'sim/ is pure (DESIGN.md I-1).',
            },
            {
              group: ['node:*', 'fs', 'path', 'worker_threads'],
              message: 'sim/ runs in the browser too: no Node modules.',
            },
            {
              group: ['**/src/**', '../src/*', '../../src/*'],
              message: 'sim/ must not import the app.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'No wall clock in sim/ (I-2).' },
        { name: 'performance', message: 'No wall clock in sim/ (I-2).' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG (I-2).' },
        {
          object: 'Math',
          property: 'sin',
          message: 'Use dmath.sin: cross-engine determinism (I-2).',
        },
        {
          object: 'Math',
          property: 'cos',
          message: 'Use dmath.cos: cross-engine determinism (I-2).',
        },
        {
          object: 'Math',
          property: 'atan2',
          message: 'Use dmath.atan2: cross-engine determinism (I-2).',
        },
        { object: 'Math', property: 'tan', message: 'Use dmath: cross-engine determinism (I-2).' },
        { object: 'Math', property: 'asin', message: 'Use dmath: cross-engine determinism (I-2).' },
        { object: 'Math', property: 'acos', message: 'Use dmath: cross-engine determinism (I-2).' },
        { object: 'Math', property: 'exp', message: 'Use dmath: cross-engine determinism (I-2).' },
        { object: 'Math', property: 'log', message: 'Use dmath: cross-engine determinism (I-2).' },
        { object: 'Math', property: 'pow', message: 'Use dmath: cross-engine determinism (I-2).' },
        {
          object: 'Math',
          property: 'hypot',
          message: 'Use Math.sqrt(x*x+y*y): cross-engine determinism (I-2).',
        },
      ],
    },
  },
);
