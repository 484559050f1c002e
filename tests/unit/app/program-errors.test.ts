import { describe, expect, it } from 'vitest';
import { errorLines } from '../../../src/app/program-errors.ts';

describe('error reports', () => {
  it('name the line of the Python the student sees and point at its block', () => {
    const traced = "from robot_setup import *\n_qadam_block('b1')\nrobot.turn(speed)\n";
    const report = errorLines(
      [
        {
          id: 'A',
          state: 'error',
          reason: {
            code: 'program.exception',
            robot: 'A',
            params: { type: 'NameError', message: "name 'speed' is not defined", line: 3 },
          },
        },
      ],
      {
        code: traced,
        editor: 'blocks',
        lineToBlockId: { 2: 'b1', 3: 'b1' },
        shownLine: (line) => (line === 3 ? 2 : undefined),
      },
      'en',
      1500,
    );
    expect(report.lines).toHaveLength(1);
    const [line] = report.lines;
    expect(line.text).toBe("NameError on line 2: name 'speed' is not defined");
    expect(line).toMatchObject({ robot: 'A', t: 1500, kind: 'error', line: 2, blockId: 'b1' });
    expect(line.explanation?.title).toBeTruthy();
    expect(report.blockId).toBe('b1');
  });

  it('report the other robot’s errors without pointing into the student’s program', () => {
    const report = errorLines(
      [
        { id: 'A', state: 'ended' },
        {
          id: 'B',
          state: 'error',
          reason: { code: 'program.runaway', robot: 'B', params: { seconds: 5 } },
        },
      ],
      { code: 'x = 1\n', editor: 'python' },
      'ru',
    );
    expect(report.lines).toHaveLength(1);
    expect(report.lines[0].robot).toBe('B');
    expect(report.lines[0].text).toContain('5 с');
    expect(report.markers).toEqual([]);
  });
});
