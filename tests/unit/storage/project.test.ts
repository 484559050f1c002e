import { describe, expect, it } from 'vitest';
import {
  newProject,
  parseProject,
  ProjectError,
  serializeProject,
  MAX_PROJECT_BYTES,
} from '../../../src/storage/project.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProjectError) return error.code;
    throw error;
  }
  return undefined;
}

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
    expect(codeOf(() => parseProject('{"format": "qadam-project", "version": 1'))).toBe('not_json');
    expect(codeOf(() => parseProject('[1,2,3]'))).toBe('not_project');
    expect(codeOf(() => parseProject('{"format":"other"}'))).toBe('not_project');
    expect(codeOf(() => parseProject(JSON.stringify({ ...newProject(), version: 99 })))).toBe(
      'newer_version',
    );
    expect(codeOf(() => parseProject(JSON.stringify({ ...newProject(), robot: 'tank' })))).toBe(
      'invalid',
    );
    expect(codeOf(() => parseProject(' '.repeat(MAX_PROJECT_BYTES + 1)))).toBe('too_large');
  });

  it('refuses absurdly nested blocks without overflowing the stack', () => {
    const depth = 5000;
    const nested = '{"next":'.repeat(depth) + '{}' + '}'.repeat(depth);
    const text = JSON.stringify({ ...newProject(), blocks: {} }).replace(
      '"blocks":{}',
      `"blocks":${nested}`,
    );
    expect(codeOf(() => parseProject(text))).toBe('invalid');
  });

  it('keeps HTML in a project as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(parseProject(serializeProject({ ...newProject(), name })).name).toBe(name);
  });
});
