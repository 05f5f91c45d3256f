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

/**
 * Up to `limit` candidates close to `asked`: those whose text contains it (or that it contains), any
 * case; else those whose last path segment is within a third of the asked length in edit distance.
 */
export function closeMatches(asked: string, candidates: readonly string[], limit = 5): string[] {
  const wanted = asked.trim().toLowerCase();
  if (wanted === '') return [];
  const containing = candidates.filter((candidate) => candidate.toLowerCase().includes(wanted));
  if (containing.length > 0) return containing.slice(0, limit);
  const lastSegment = (candidate: string) => candidate.split('/').pop()!.trim().toLowerCase();
  const wantedLast = wanted.split('/').pop()!.trim();
  const allowed = Math.max(2, Math.floor(wantedLast.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: Math.min(editDistance(wanted, candidate.toLowerCase()), editDistance(wantedLast, lastSegment(candidate))) }))
    .filter(({ distance }) => distance <= allowed)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
