/** Names close to one a user mistyped: the ones containing it (any case), else the nearest by edit distance. */

/** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Up to `limit` candidates ("Folder/Sub folder/Request" paths) close to `asked`, any case: first those
 * whose last segment contains it (or is contained in it) or shares its first 5 letters, then those within
 * a third of its length in edit distance (whole path or last segment), nearest first; among equals the
 * shallower path first, then the candidates' order.
 */
export function closeMatches(asked: string, candidates: readonly string[], limit = 5): string[] {
  const wanted = asked.trim().toLowerCase();
  if (wanted === '') return [];
  const wantedLast = wanted.split('/').pop()!.trim();
  const allowed = Math.max(2, Math.floor(wantedLast.length / 3));
  const scored: Array<{ candidate: string; rank: number; depth: number; index: number }> = [];
  candidates.forEach((candidate, index) => {
    const full = candidate.toLowerCase();
    const last = full.split('/').pop()!.trim();
    const depth = candidate.split('/').length;
    const related =
      full.includes(wanted) || last.includes(wantedLast) || (last !== '' && wantedLast.includes(last)) ||
      commonPrefixLength(last, wantedLast) >= Math.min(5, wantedLast.length);
    if (related) {
      scored.push({ candidate, rank: 0, depth, index });
      return;
    }
    const distance = Math.min(editDistance(wanted, full), editDistance(wantedLast, last));
    if (distance <= allowed) scored.push({ candidate, rank: distance, depth, index });
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.depth - b.depth || a.index - b.index)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
