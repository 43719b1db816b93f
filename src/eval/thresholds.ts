import type { FeatureScores } from './types';

/** Minimum values by metric path, e.g. `{"attributions.detection.f1": 0.6}` (tests/gold/thresholds.json). */
export type Thresholds = Record<string, number>;

export interface ThresholdFailure {
  metric: string;
  value: number | null;
  minimum: number;
  reason: string;
}

/** Flattens nested scores to `path.to.metric → value`, e.g. `loadedTerms.exact.f1`. */
export function flattenScores(scores: FeatureScores): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value === 'number') out[path] = value as number | null;
    else if (typeof value === 'object')
      for (const [k, v] of Object.entries(value as object)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(scores, '');
  return out;
}

/**
 * Every threshold must name a known metric (a typo must not silently pass). A metric that could not
 * be measured (null: nothing predicted and nothing annotated, or no furniture mask) fails only when
 * its minimum is above 0, because then the lead has asked for it to exist.
 */
export function checkThresholds(scores: FeatureScores, thresholds: Thresholds): ThresholdFailure[] {
  const flat = flattenScores(scores);
  const failures: ThresholdFailure[] = [];
  for (const [metric, minimum] of Object.entries(thresholds)) {
    if (!(metric in flat)) {
      failures.push({ metric, value: null, minimum, reason: 'unknown metric' });
      continue;
    }
    const value = flat[metric];
    if (value === null) {
      if (minimum > 0) failures.push({ metric, value, minimum, reason: 'not measured' });
    } else if (value < minimum) failures.push({ metric, value, minimum, reason: 'below minimum' });
  }
  return failures;
}
