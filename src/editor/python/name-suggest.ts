/**
 * "Did you mean …?" — the nearest known name to a misspelt one, by edit distance.
 * Pure; used by the error explanations (NameError, AttributeError, ImportError).
 */

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours), so
 * `ultrasnic` → `ultrasonic` is 1 and `rboot` → `robot` is 1.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known name nearest to `name`, or null when none is close enough. A name that differs
 * only in capital letters always wins (Python cares about them; students often don't).
 * Names of one or two letters get no guess (`y` is not a typo of `x`), names up to five
 * letters allow one mistake, longer ones two.
 */
export function nearestName(name: string, candidates: Iterable<string>): string | null {
  const lower = name.toLowerCase();
  const limit = name.length <= 2 ? 0 : name.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const distance =
      candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= limit ? best : null;
}

const IDENTIFIER_DEFINITIONS =
  /(?:^|\n)[ \t]*(?:def[ \t]+([A-Za-z_]\w*)|for[ \t]+([A-Za-z_]\w*)|([A-Za-z_]\w*)[ \t]*[+\-*/]?=(?!=))/g;

/** Names a program defines itself: assigned variables, loop variables and functions. */
export function namesDefinedIn(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(IDENTIFIER_DEFINITIONS)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name) found.add(name);
  }
  return [...found];
}
