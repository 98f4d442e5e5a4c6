/**
 * Edit distance between two strings (small inputs: ids and field names): insertions,
 * deletions, substitutions and swaps of two neighbouring letters (`titel` -> `title`)
 * each cost 1 (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The allowed value nearest to `value`, when it is close enough to be a likely typo
 * (`nodejs` -> `node-js`, `titel` -> `title`). Punctuation is ignored when comparing.
 */
export function nearest(value: string, allowed: Iterable<string>): string | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const v = squash(value);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of allowed) {
    const score = editDistance(v, squash(candidate));
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(v.length, 3) / 3));
  return bestScore <= limit ? best : undefined;
}
