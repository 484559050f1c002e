/**
 * Share links: the whole project, deflated and base64url-encoded, in the URL fragment
 * (`#project=…`). The fragment never reaches a server, so a link works offline and on any host.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseProject, ProjectError, serializeProject, type Project } from './project.ts';

export const SHARE_PARAM = 'project';
/** Links longer than this are refused when opened (browsers cap URLs around 2 MB). */
export const MAX_LINK_CHARS = 1_500_000;
/** A share link inflates to at most this much (stops "zip bombs"). */
const MAX_INFLATED_BYTES = 1_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ProjectError('not_project', 'the link is damaged');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment value for a project (without '#project='). */
export function encodeShare(project: Project): string {
  return toBase64Url(deflateSync(strToU8(serializeProject(project)), { level: 9 }));
}

/** A full link to the app at `baseUrl` that opens `project`. */
export function shareUrl(baseUrl: string, project: Project): string {
  const url = new URL(baseUrl);
  url.hash = `${SHARE_PARAM}=${encodeShare(project)}`;
  return url.toString();
}

/** Reads a project from a link's fragment value. Throws ProjectError for anything unusable. */
export function decodeShare(value: string): Project {
  if (value.length > MAX_LINK_CHARS) throw new ProjectError('too_large', 'the link is too long');
  let bytes: Uint8Array;
  try {
    const packed = fromBase64Url(value);
    bytes = inflateSync(packed, { out: new Uint8Array(MAX_INFLATED_BYTES + 1) });
  } catch (error) {
    if (error instanceof ProjectError) throw error;
    throw new ProjectError('not_project', 'the link is damaged');
  }
  if (bytes.length > MAX_INFLATED_BYTES)
    throw new ProjectError('too_large', 'the link is too large');
  return parseProject(strFromU8(bytes));
}

/** The project carried by a location hash like '#project=…', or null when there is none. */
export function projectFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}
