/**
 * mulberry32: a 32-bit seeded PRNG (Tommy Ettinger's public-domain generator), small enough to
 * live here so the same seed gives the same numbers in Node, in tslab and in any browser —
 * `Math.random` cannot be seeded, and a package's algorithm could change under us.
 * Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed derived from a user seed and labels (FNV-1a over the joined text). Each
 * (group, feature) cell gets its own stream, so a cell's numbers do not change when other
 * groups or features are added to or removed from the comparison.
 */
export function deriveSeed(seed: number, ...labels: readonly string[]): number {
  const text = [String(seed >>> 0), ...labels].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
