/**
 * Project format migrations (src/storage/project.ts). Version 1 is the first released format,
 * so the app ships no migration yet; this test keeps the mechanism honest with an example
 * "version 0" file (tests/fixtures/projects/v0-example.qadam, a flat shape with `title`,
 * `task` as a string and `code`) and the upgrade a real migration would be.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { projectErrorCode } from '../../helpers/project-errors.ts';
import {
  MIGRATIONS,
  migrateProject,
  parseProject,
  projectSchema,
  PROJECT_VERSION,
  type Migration,
} from '../../../src/storage/project.ts';

const v0 = JSON.parse(
  readFileSync(new URL('../../fixtures/projects/v0-example.qadam', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const v0to1: Migration = (old) => ({
  format: old.format,
  name: old.title,
  task: { id: old.task, params: old.settings, seed: old.seed },
  robot: old.profile,
  editor: 'python',
  blocks: null,
  python: old.code,
});

describe('migrations', () => {
  test('an older project is upgraded step by step into a valid current one', () => {
    const migrated = migrateProject(v0, { 0: v0to1 }, 1);
    expect(projectSchema.parse(migrated)).toEqual({
      format: 'qadam-project',
      version: 1,
      name: 'Менің лабиринтім',
      task: { id: 'maze', params: { preset: 'school' }, seed: 3 },
      robot: 'spike',
      editor: 'python',
      blocks: null,
      python: 'from robot_setup import *\nrobot.straight(300)\n',
    });
    // Two steps: each one stamps its version.
    const twice = migrateProject(v0, { 0: v0to1, 1: (p) => ({ ...p, name: `${p.name}!` }) }, 2);
    expect(twice).toMatchObject({ version: 2, name: 'Менің лабиринтім!' });
  });

  test('the shipped app reads version 1 only: an older file without a migration is refused', () => {
    expect(PROJECT_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    expect(projectErrorCode(() => parseProject(JSON.stringify(v0)))).toBe('invalid');
    expect(projectErrorCode(() => parseProject(JSON.stringify({ ...v0, version: 2 })))).toBe(
      'newer_version',
    );
  });
});
