import { describe, expect, it } from 'vitest';
import { projectErrorCode } from '../../helpers/project-errors.ts';
import {
  newProject,
  parseProject,
  serializeProject,
  MAX_PROJECT_BYTES,
} from '../../../src/storage/project.ts';

describe('project files', () => {
  it('round-trips a project through its file text', () => {
    const project = {
      ...newProject('sumo', 'minisumo'),
      name: 'Менің роботым',
      python: 'print(1)',
    };
    expect(parseProject(serializeProject(project))).toEqual(project);
  });

  it('names what is wrong with malformed and hostile files', () => {
    expect(projectErrorCode(() => parseProject('{"format": "qadam-project", "version": 1'))).toBe(
      'not_json',
    );
    expect(projectErrorCode(() => parseProject('[1,2,3]'))).toBe('not_project');
    expect(projectErrorCode(() => parseProject('{"format":"other"}'))).toBe('not_project');
    expect(
      projectErrorCode(() => parseProject(JSON.stringify({ ...newProject(), version: 99 }))),
    ).toBe('newer_version');
    expect(
      projectErrorCode(() => parseProject(JSON.stringify({ ...newProject(), robot: 'tank' }))),
    ).toBe('invalid');
    expect(projectErrorCode(() => parseProject(' '.repeat(MAX_PROJECT_BYTES + 1)))).toBe(
      'too_large',
    );
  });

  it('refuses absurdly nested blocks without overflowing the stack', () => {
    const depth = 5000;
    const nested = '{"next":'.repeat(depth) + '{}' + '}'.repeat(depth);
    const text = JSON.stringify({ ...newProject(), blocks: {} }).replace(
      '"blocks":{}',
      `"blocks":${nested}`,
    );
    expect(projectErrorCode(() => parseProject(text))).toBe('invalid');
  });

  it('keeps HTML in a project as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(parseProject(serializeProject({ ...newProject(), name })).name).toBe(name);
  });
});
