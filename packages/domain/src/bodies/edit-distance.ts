// Three reused rows keep the hot loop free of allocation; names are far shorter than this.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring):
 * insertions, deletions, substitutions and swaps of two neighbouring letters each cost 1.
 * Stops early and returns `limit + 1` once the distance must exceed `limit`.
 */
export function osaDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return Math.min(b.length, limit + 1);
  if (b.length === 0) return Math.min(a.length, limit + 1);
  if (rows[0].length <= b.length) {
    const size = b.length * 2 + 1;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const charB = b.charCodeAt(j - 1);
      const substitution = (previous[j - 1] as number) + (charA === charB ? 0 : 1);
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length] as number;
  return distance > limit ? limit + 1 : distance;
}

/** How many typing errors a name of this many letters tolerates: 0 under 5, 1 up to 8, 2 beyond. */
export function allowedEdits(letterCount: number): number {
  if (letterCount < 5) return 0;
  return letterCount <= 8 ? 1 : 2;
}
