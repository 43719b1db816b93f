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
  return Array.from(
    { length: categoryCount },
    (_, i) => GREYSCALE_SAFE_RANGE[i % GREYSCALE_SAFE_RANGE.length],
  );
}

/**
 * Sequential scheme for counts (heatmaps): viridis again, whose lightness rises steadily,
 * reversed so that 'more' reads darker, as on a printed page.
 */
export const SEQUENTIAL_SCHEME = { scheme: 'viridis', reverse: true } as const;

/**
 * Diverging scheme for signed values (z-scores). No diverging scheme keeps its sign in
 * greyscale (both ends are dark), so charts that use it also print the value in each cell;
 * blue–orange is the pair that colour-vision deficiencies confuse least.
 */
export const DIVERGING_SCHEME = 'blueorange';

/** Cell text colour that stays legible on both the light middle and the dark ends of a scale. */
export const LIGHT_TEXT = '#ffffff';
export const DARK_TEXT = '#111111';
