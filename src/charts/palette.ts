/**
 * Colours that stay distinguishable when printed in greyscale or read by people with
 * colour-vision deficiencies: viridis samples with strictly increasing lightness.
 * Ordered dark → light so that the first (usually most important) category is darkest.
 */
export const GREYSCALE_SAFE_RANGE: readonly string[] = [
  '#440154', // dark violet
  '#3b528b', // blue
  '#21918c', // teal
  '#5ec962', // green
  '#fde725', // yellow
];

/** A thin dark outline keeps the lightest colour visible against a white background. */
export const BAR_OUTLINE = { stroke: '#222222', strokeWidth: 0.5 } as const;

/** Picks one colour per category; repeats the palette (rare) rather than failing. */
export function greyscaleSafeRange(categoryCount: number): string[] {
  return Array.from({ length: categoryCount }, (_, i) => GREYSCALE_SAFE_RANGE[i % GREYSCALE_SAFE_RANGE.length]);
}
