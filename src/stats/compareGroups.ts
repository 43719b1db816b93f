import { bootstrapMeanInterval } from './bootstrap';
import { compareText, field, mean, numericValue, round4 } from './numbers';
import { deriveSeed, mulberry32 } from './random';

export interface CompareGroupsOptions {
  /** The column whose values define the groups, e.g. a meta key such as `outlet` or `perspective`. */
  by: string;
  /** Numeric columns to compare, e.g. `['loadedPer1k', 'anonymousShare']`. */
  features: readonly string[];
  /** Bootstrap resamples per group and feature (default 2000). */
  resamples?: number;
  /** PRNG seed (default 1): the same seed gives the same intervals on every machine. */
  seed?: number;
  /** Interval coverage (default 0.95). */
  level?: number;
}

export interface GroupSummaryRow {
  group: string;
  feature: string;
  /** Documents in the group that have a value for the feature. */
  n: number;
  mean: number;
  /** Percentile-bootstrap interval for the mean; null when n < 2 (nothing to resample). */
  low: number | null;
  high: number | null;
}

/**
 * Per group and feature: n, mean and a percentile-bootstrap interval for the mean — the rows
 * `groupComparison` draws. Groups are the distinct values of `by` (as text, in code-unit order),
 * features in the order given. Rows without a group value are left out (a document of unknown
 * outlet belongs to no group), and so are missing feature values: n counts the values used, and a
 * group with none gets no row. One value gives no interval: resampling it would claim a
 * certainty (low = high) that one article cannot give. Each cell draws from its own stream seeded
 * by (seed, group, feature), so adding a group or feature never moves the others' intervals.
 */
export function compareGroups(rows: readonly object[], options: CompareGroupsOptions): GroupSummaryRow[] {
  const { by, features, resamples = 2000, seed = 1, level = 0.95 } = options;
  const groups = groupRows(rows, by);
  return [...groups.keys()].sort(compareText).flatMap((group) =>
    features.flatMap((feature): GroupSummaryRow[] => {
      const values = groups
        .get(group)!
        .map((row) => numericValue(row, feature, 'compareGroups'))
        .filter((v): v is number => v !== null);
      if (values.length === 0) return [];
      const n = values.length;
      const average = round4(mean(values));
      if (n < 2) return [{ group, feature, n, mean: average, low: null, high: null }];
      const random = mulberry32(deriveSeed(seed, group, feature));
      const interval = bootstrapMeanInterval(values, { resamples, level, random });
      return [{ group, feature, n, mean: average, low: round4(interval.low), high: round4(interval.high) }];
    }),
  );
}

function groupRows(rows: readonly object[], by: string): Map<string, object[]> {
  const groups = new Map<string, object[]>();
  for (const row of rows) {
    const value = field(row, by);
    if (value === null || value === undefined || value === '') continue;
    const key = String(value);
    const members = groups.get(key);
    if (members) members.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
