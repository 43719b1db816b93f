import { mean } from './numbers';
import { quantileSorted } from './quantile';

export interface Interval {
  low: number;
  high: number;
}

export interface BootstrapOptions {
  /** Number of resamples. */
  resamples: number;
  /** Coverage of the interval, e.g. 0.95. */
  level: number;
  /** Uniform [0, 1) source; pass a seeded one (see `mulberry32`) for reproducible intervals. */
  random: () => number;
}

/**
 * Percentile bootstrap interval for the mean (Efron): resample the values with replacement,
 * take each resample's mean, and read the (1 − level)/2 and (1 + level)/2 quantiles of those
 * means. No normality assumption, which matters for per-1k rates that pile up at 0. With one
 * value the interval is that value: there is no spread to resample.
 */
export function bootstrapMeanInterval(values: readonly number[], options: BootstrapOptions): Interval {
  const { resamples, level, random } = options;
  if (values.length === 0) throw new RangeError('bootstrapMeanInterval: no values');
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1))
    throw new RangeError(`bootstrap: level must lie strictly between 0 and 1, got ${level}`);
  const n = values.length;
  const means = new Array<number>(resamples);
  const draw = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) draw[i] = values[Math.floor(random() * n)];
    means[r] = mean(draw);
  }
  means.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { low: quantileSorted(means, tail), high: quantileSorted(means, 1 - tail) };
}
