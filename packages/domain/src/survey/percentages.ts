/**
 * Percentages of a total rounded to `decimals` places that add up to exactly 100 (largest remainder), so a
 * table never shows 33.3 + 33.3 + 33.3; all zeros when the total is zero.
 */
export function roundedPercentages(counts: readonly number[], decimals = 1): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const scale = 10 ** decimals;
  const units = 100 * scale;
  const exact = counts.map((count) => (count * units) / total);
  const floors = exact.map(Math.floor);
  let remaining = units - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (remaining <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    remaining--;
  }
  return floors.map((units) => units / scale);
}
