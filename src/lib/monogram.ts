/** The generated logo for a company without a logo file: initials on a colour from its name. */

/** `Kimia Group` -> `KG`, `SumUp` -> `SU`, `SAP` -> `SAP`, `Forma` -> `F`. */
export function initials(name: string): string {
  const words = name.split(/[\s\-_.&/]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length >= 2) {
    return words
      .slice(0, 2)
      .map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0]!.toUpperCase())
      .join('');
  }
  const word = words[0] ?? '?';
  if (/^\p{Lu}{2,3}$/u.test(word)) return word;
  const capitals = word.match(/\p{Lu}/gu) ?? [];
  if (capitals.length >= 2) return capitals.slice(0, 2).join('');
  return ([...word][0] ?? '?').toUpperCase();
}

/** A stable hue (0–359) from the name: the same company always gets the same colour. */
export function hueFor(name: string): number {
  let hash = 2166136261;
  for (const ch of name) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % 360;
}

/** Dark enough that white initials keep a contrast above 7:1 at every hue. */
export function hueColour(hue: number): string {
  return `oklch(0.42 0.11 ${hue})`;
}

/** The monogram's colour for a company name. */
export function monogramColour(name: string): string {
  return hueColour(hueFor(name));
}
