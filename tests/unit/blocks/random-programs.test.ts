/**
 * Every program made of blocks is valid Python (DESIGN.md I-4): a student who builds blocks
 * cannot fix a syntax error in the code they generate. The workspaces are the fuzzer's
 * (tests/fuzz/block-programs.ts): every toolbox block with its real inputs, empty sockets and
 * bodies, Unicode variables, functions with parameters, calls, results and comments.
 */
import { describe, expect, it } from 'vitest';
import { projectBlocksToPython } from '../../../blocks/index.ts';
import { blocksWorkspace } from '../../fuzz/block-programs.ts';
import { pythonSyntaxErrors } from './helpers.ts';

const COUNT = Number(process.env.QADAM_BLOCKS_PARSE_COUNT ?? 500);

describe(`${COUNT} random block workspaces`, () => {
  const workspaces = Array.from({ length: COUNT }, (_, i) => blocksWorkspace(i + 1));

  for (const trace of [false, true]) {
    it(`all compile as Python${trace ? ' (trace mode)' : ''}`, () => {
      const codes = workspaces.map((ws) => projectBlocksToPython(ws, { trace }));
      const errors = pythonSyntaxErrors(codes);
      const failing = errors
        .map((error, i) => (error ? `seed ${i + 1}: ${error}` : null))
        .filter((e) => e !== null);
      expect(failing).toEqual([]);
      // The sample really holds the constructs that used to break (and functions at all).
      const all = codes.join('\n');
      for (const construct of [/^\s*def /m, /^\s+return\b/m, /^\s+(break|continue)$/m])
        expect(all).toMatch(construct);
    });
  }
});
