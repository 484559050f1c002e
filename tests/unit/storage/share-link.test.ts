import { describe, expect, it } from 'vitest';
import { projectErrorCode } from '../../helpers/project-errors.ts';
import { deflateSync } from 'fflate';
import { newProject } from '../../../src/storage/project.ts';
import {
  decodeShare,
  encodeShare,
  projectFromHash,
  shareUrl,
} from '../../../src/storage/share-link.ts';

describe('share links', () => {
  const project = {
    ...newProject('maze'),
    name: 'Лабиринт',
    editor: 'python' as const,
    python: 'from robot_setup import *\n'.repeat(40),
  };

  it('carry a project through a URL, compressed', () => {
    const url = shareUrl('http://localhost:5173/', project);
    const value = projectFromHash(new URL(url).hash);
    expect(value).not.toBeNull();
    expect(decodeShare(value!)).toEqual(project);
    expect(value!.length).toBeLessThan(JSON.stringify(project).length / 2);
  });

  it('refuse damaged, hostile and oversized links with a reason', () => {
    const good = encodeShare(project);
    expect(projectErrorCode(() => decodeShare(good.slice(0, good.length / 2)))).toBe('not_project');
    expect(projectErrorCode(() => decodeShare('%%%<script>'))).toBe('not_project');
    const bomb = deflateSync(new Uint8Array(5_000_000).fill(32));
    const bombText = btoa(String.fromCharCode(...bomb))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(projectErrorCode(() => decodeShare(bombText))).toBe('too_large');
    expect(projectFromHash('#other=1')).toBeNull();
  });
});
