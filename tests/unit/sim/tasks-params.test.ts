import { describe, expect, it } from 'vitest';
import { SUMO_RINGS } from '../../../sim/arena/sumo.ts';
import { getTask, TASKS } from '../../../sim/tasks/index.ts';
import { TaskParamError } from '../../../sim/tasks/types.ts';

const maze = getTask('maze')!;
const sumo = getTask('sumo')!;

describe('task registry', () => {
  it('lists the tasks in order; unknown ids are undefined', () => {
    expect(TASKS.map((t) => t.id)).toEqual(['maze', 'sumo', 'line', 'kegelring']);
    expect([maze.robots, sumo.robots]).toEqual([1, 2]);
    expect(getTask('nope')).toBeUndefined();
  });

  it('every param default is valid and enum defaults are among the choices', () => {
    for (const task of TASKS) {
      expect(() => task.create(1, {})).not.toThrow();
      for (const p of task.params) {
        if (p.type === 'enum') expect(p.choices).toContain(p.default);
        expect(p.description.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('maze task', () => {
  it('defaults: school 6×6 of 300 mm, 5 min, spike, start cell centre facing north', () => {
    const setup = maze.create(7, {});
    expect(setup.params).toEqual({ preset: 'school', size: 6, cell: 300, loops: 0, time: 300 });
    expect(setup.timeLimitMs).toBe(300_000);
    expect(setup.defaultProfile).toBe('spike');
    expect(setup.starts).toEqual([{ x: -750, y: -750, heading: 0 }]);
    expect(setup.arena.walls.length).toBeGreaterThan(4);
  });

  it('parses strings from the command line', () => {
    const setup = maze.create(7, { preset: 'micromouse', loops: '12', time: '600' });
    expect(setup.params).toEqual({
      preset: 'micromouse',
      size: 16,
      cell: 180,
      loops: 12,
      time: 600,
    });
    expect(setup.timeLimitMs).toBe(600_000);
    expect(setup.defaultProfile).toBe('minisumo');
    expect(setup.starts).toEqual([{ x: -1350, y: -1350, heading: 0 }]);
    expect(maze.create(7, { size: '8', cell: '250' }).params).toMatchObject({ size: 8, cell: 250 });
  });

  it('same seed → the same arena; resolved params re-create the same setup (replays)', () => {
    const a = maze.create(3, { preset: 'micromouse', loops: 4 });
    expect(maze.create(3, a.params).arena).toEqual(a.arena);
    expect(maze.create(4, a.params).arena).not.toEqual(a.arena);
  });

  it.each([
    [{ colour: 'red' }, /unknown parameter "colour".*preset, size, cell, loops, time/],
    [{ preset: 'huge' }, /preset.*one of school, micromouse/],
    [{ size: 'abc' }, /size.*integer 0\.\.32/],
    [{ size: '6.5' }, /size/],
    [{ size: 33 }, /size/],
    [{ size: '1' }, /size.*2\.\.32/],
    [{ preset: 'micromouse', size: '9' }, /size.*even/],
    [{ cell: '50' }, /cell.*100\.\.1000/],
    [{ loops: '-1' }, /loops.*0\.\.500/],
    [{ time: '' }, /time/],
    [{ time: '0x10' }, /time/],
  ])('rejects %o with a TaskParamError naming the key', (params, message) => {
    expect(() => maze.create(1, params)).toThrow(TaskParamError);
    expect(() => maze.create(1, params)).toThrow(message);
  });
});

describe('sumo task', () => {
  it('defaults: school ring, 3 min match clock, spike, two start poses', () => {
    const setup = sumo.create(1, {});
    expect(setup.params).toEqual({ ring: 'school', time: 180 });
    expect(setup.timeLimitMs).toBe(180_000);
    expect(setup.defaultProfile).toBe('spike');
    expect(setup.starts).toHaveLength(2);
    expect(setup.arena.id).toBe('sumo-school');
  });

  it('ring=mini uses the minisumo profile; starts lie inside the ring', () => {
    for (const ring of ['school', 'mini', 'standard'] as const) {
      const setup = sumo.create(1, { ring });
      expect(setup.defaultProfile).toBe(ring === 'mini' ? 'minisumo' : 'spike');
      for (const s of setup.starts) {
        expect(Math.abs(s.y)).toBeLessThan(SUMO_RINGS[ring].radius / 2);
      }
    }
  });

  it('time sets a shorter match clock for practice rounds (30..600 s)', () => {
    expect(sumo.create(1, { time: 60 }).timeLimitMs).toBe(60_000);
    expect(() => sumo.create(1, { time: 10 })).toThrow(/time.*30\.\.600/);
  });

  it('rejects a bad ring and unknown keys', () => {
    expect(() => sumo.create(1, { ring: 'huge' })).toThrow(/ring.*one of school, mini, standard/);
    expect(() => sumo.create(1, { size: 3 })).toThrow(TaskParamError);
  });
});

describe('sumo start poses', () => {
  it('vary with the seed within 25 mm and 20°, and seed 0 gives the rules’ exact poses', () => {
    const sumo = getTask('sumo')!;
    const exact = sumo.create(0, {}).starts;
    const seen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const starts = sumo.create(seed, {}).starts;
      starts.forEach((s, i) => {
        expect(Math.abs(s.x - exact[i].x)).toBeLessThanOrEqual(25);
        expect(s.y).toBe(exact[i].y);
        const turn = ((s.heading - exact[i].heading + 540) % 360) - 180;
        expect(Math.abs(turn)).toBeLessThanOrEqual(20);
      });
      seen.add(JSON.stringify(starts));
      expect(sumo.create(seed, {}).starts).toEqual(starts);
    }
    expect(seen.size).toBe(20);
  });
});
