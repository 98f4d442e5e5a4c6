/** Levenshtein distance between two strings (small inputs: ids and field names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
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
