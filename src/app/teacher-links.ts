/**
 * Teacher links: a URL whose fragment opens the app on a lesson (`#lesson=<id>`) or an olympiad
 * practice round (`#round=<id>`). The fragment never reaches a server, so links work offline
 * and on any static host.
 */
export type LinkTarget = { kind: 'lesson' | 'round'; id: string };

const ID = /^[a-z0-9][a-z0-9-]{0,60}$/;

/** What a location hash asks to open, or null (a malformed id is ignored). */
export function teacherLinkTarget(hash: string): LinkTarget | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const kind of ['lesson', 'round'] as const) {
    const id = params.get(kind);
    if (id !== null && ID.test(id)) return { kind, id };
  }
  return null;
}

function withHash(href: string, hash: string): string {
  const url = new URL(href);
  url.hash = hash;
  return url.toString();
}

export function lessonLink(href: string, id: string): string {
  return withHash(href, `lesson=${encodeURIComponent(id)}`);
}

export function roundLink(href: string, id: string): string {
  return withHash(href, `round=${encodeURIComponent(id)}`);
}
