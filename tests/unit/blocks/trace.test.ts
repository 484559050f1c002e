import type * as Blockly from 'blockly';
import { describe, expect, it } from 'vitest';
import {
  TRACE_FUNCTION,
  workspaceToPython,
  workspaceToPythonWithMap,
} from '../../../blocks/index.ts';
import { fixtureNames, loadFixture, pythonSyntaxError } from './helpers.ts';

/** Runs `check` on fixture `name` loaded into a headless workspace. */
function withFixture(name: string, check: (workspace: Blockly.Workspace) => void): void {
  const workspace = loadFixture(name);
  try {
    check(workspace);
  } finally {
    workspace.dispose();
  }
}

const MARKER = new RegExp(`^\\s*${TRACE_FUNCTION}\\('([^']*)'\\)$`);

describe('trace mode', () => {
  it('is off by default: no markers in the code students see', () => {
    for (const name of fixtureNames())
      withFixture(name, (ws) => expect(workspaceToPython(ws)).not.toContain(TRACE_FUNCTION));
  });

  it('puts a marker with a real statement-block id before each statement', () => {
    withFixture('square', (ws) => {
      const code = workspaceToPython(ws, { trace: true });
      const lines = code.split('\n');
      const ids = lines
        .map((line) => MARKER.exec(line)?.[1])
        .filter((id): id is string => id !== undefined);
      expect(ids).toEqual(['start', 'repeat', 'side', 'corner', 'repeat']);
      // Each block's marker sits right before its own line, at the same indentation.
      const sideAt = lines.indexOf("    _qadam_block('side')");
      expect(lines[sideAt + 1]).toBe('    robot.straight(200)');
    });
  });

  it('marks every executed statement block in every fixture, with ids of the workspace', () => {
    for (const name of fixtureNames()) {
      withFixture(name, (ws) => {
        const code = workspaceToPython(ws, { trace: true });
        expect(pythonSyntaxError(code)).toBeNull();
        const ids = new Set(code.split('\n').flatMap((line) => MARKER.exec(line)?.[1] ?? []));
        for (const id of ids) {
          const block = ws.getBlockById(id);
          expect(block, id).not.toBeNull();
          expect(block?.outputConnection, id).toBeFalsy();
        }
        for (const block of ws.getAllBlocks(false)) {
          const root = block.getRootBlock();
          const runs = root.type === 'qadam_start' || root.type.startsWith('procedures_def');
          if (!block.outputConnection && runs) expect(ids.has(block.id), block.id).toBe(true);
          if (!runs) expect(ids.has(block.id), block.id).toBe(false);
        }
      });
    }
  });
});

describe('line → block map', () => {
  it('gives the same code as workspaceToPython, with or without trace', () => {
    for (const name of fixtureNames()) {
      withFixture(name, (ws) => {
        expect(workspaceToPythonWithMap(ws).code).toBe(workspaceToPython(ws));
        expect(workspaceToPythonWithMap(ws, { trace: true }).code).toBe(
          workspaceToPython(ws, { trace: true }),
        );
      });
    }
  });

  it('points each line at the block that produced it', () => {
    withFixture('line_follower', (ws) => {
      const { code, lineToBlockId } = workspaceToPythonWithMap(ws);
      const lines = code.split('\n');
      const blockOf = (text: string): string =>
        lineToBlockId[lines.findIndex((l) => l.trim() === text) + 1];
      expect(blockOf('from robot_setup import *')).toBeUndefined();
      expect(blockOf('while True:')).toBe('loop');
      expect(blockOf('# Follow the left edge of the line')).toBe('loop');
      expect(blockOf('if color_left.reflection() < 50:')).toBe('if');
      expect(blockOf('robot.drive(100, -60)')).toBe('steer_left');
      expect(blockOf('else:')).toBe('if');
      expect(blockOf('robot.drive(100, 60)')).toBe('steer_right');
    });
  });

  it('maps lines inside function definitions and trace markers to their blocks', () => {
    withFixture('cyrillic', (ws) => {
      const { code, lineToBlockId } = workspaceToPythonWithMap(ws, { trace: true });
      const lines = code.split('\n');
      const at = (text: string): string =>
        lineToBlockId[lines.findIndex((l) => l.trim() === text) + 1];
      expect(at('def шаршы_сыз(ұзындық):')).toBe('def');
      expect(at('robot.straight(ұзындық)')).toBe('def_side');
      expect(at("_qadam_block('def_turn')")).toBe('def_turn');
      expect(at('қадам += 1')).toBe('count_step');
      expect(at('шаршы_сыз(robot2 * 40)')).toBe('call');
      // Every mapped id is a block of the workspace.
      for (const id of Object.values(lineToBlockId)) expect(ws.getBlockById(id), id).not.toBeNull();
    });
  });
});
