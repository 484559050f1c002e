import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectBlocksToPython, workspaceToPython } from '../../../blocks/index.ts';
import { FIXTURES, fixtureNames, loadFixture, pythonSyntaxError, readFixture } from './helpers.ts';

// QADAM_UPDATE_GOLDEN=1 rewrites the golden files; read the diff before committing it.
const UPDATE = process.env.QADAM_UPDATE_GOLDEN === '1';

describe('blocks → Python golden files', () => {
  it('has the fixtures the brief asks for', () => {
    expect(fixtureNames()).toEqual(
      expect.arrayContaining(['square', 'wall_stop', 'line_follower', 'cyrillic', 'all_blocks']),
    );
  });

  for (const name of fixtureNames()) {
    it(`${name}: generates exactly the golden Python, which parses`, () => {
      const code = projectBlocksToPython(readFixture(name));
      const golden = `${FIXTURES}${name}.py`;
      if (UPDATE) writeFileSync(golden, code);
      expect(code).toBe(readFileSync(golden, 'utf8'));
      expect(pythonSyntaxError(code)).toBeNull();
    });

    it(`${name}: trace mode parses too`, () => {
      expect(
        pythonSyntaxError(projectBlocksToPython(readFixture(name), { trace: true })),
      ).toBeNull();
    });
  }

  it('a rendered-or-headless workspace gives the same code as the serialized project', () => {
    const workspace = loadFixture('square');
    try {
      expect(workspaceToPython(workspace)).toBe(projectBlocksToPython(readFixture('square')));
    } finally {
      workspace.dispose();
    }
  });
});

describe('program structure', () => {
  it('ignores stacks that are not under "when program starts"', () => {
    const code = projectBlocksToPython(readFixture('all_blocks'));
    expect(code).not.toContain('999');
    expect(code.match(/ultrasonic/g)).toBeNull();
  });

  it('imports only what is used, robot_setup first', () => {
    const square = projectBlocksToPython(readFixture('square'));
    expect(square.startsWith('from robot_setup import *\n')).toBe(true);
    expect(square).not.toMatch(/pybricks|qadam/);
    const all = projectBlocksToPython(readFixture('all_blocks'));
    expect(all.split('\n').slice(0, 4)).toEqual([
      'from robot_setup import *',
      'from pybricks.parameters import Color',
      'from pybricks.tools import wait',
      'import qadam',
    ]);
  });

  it('never imports modules Pybricks MicroPython lacks', () => {
    for (const name of fixtureNames()) {
      expect(projectBlocksToPython(readFixture(name))).not.toMatch(/^from numbers |^import sys/m);
    }
  });

  it('an empty workspace gives an empty program', () => {
    expect(projectBlocksToPython({})).toBe('');
  });
});
