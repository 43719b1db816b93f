/**
 * Plain rows the table verbs build and the chart builders draw (src/charts). Charts never take
 * danfojs objects: plain rows are trivially serialisable, testable and inlined into the Vega-Lite
 * spec. They live here, below the charts, so that `table/` never imports from `charts/`.
 */

/** Loaded terms favouring one side in one article, per 1,000 words of that article. */
export interface LoadedTermsRow {
  /** Article id. */
  id: string;
  /** Side the wording favours (`none` for generic emotive language). */
  side: string;
  per1k: number;
}

/** How many attributions in one article cite one type of source. */
export interface SourceMixRow {
  id: string;
  sourceType: string;
  count: number;
}

/** Attributions in one article, and how many of them are anonymous (ANNOTATION.md §1). */
export interface AnonymityRow {
  id: string;
  attributions: number;
  anonymous: number;
}

/** How often one actor is mentioned in one article. */
export interface ActorMentionRow {
  id: string;
  /** Canonical actor name. */
  actor: string;
  /** Side from the gazetteer, or null when the actor has none. */
  side: string | null;
  mentions: number;
}

export type StanceKind = 'hedge' | 'booster';
/** Outlet voice = outside quotation marks; quoted voice = inside (ANNOTATION.md §4). */
export type Voice = 'outlet' | 'quoted';

/** Hedges or boosters per 1,000 words of one voice of one article. */
export interface HedgingRow {
  id: string;
  kind: StanceKind;
  voice: Voice;
  per1k: number;
}

/**
 * One term of a Fightin' Words comparison (Monroe, Colaresi & Quinn 2008): its counts in the
 * two groups and the z-score of the log-odds ratio with an informative Dirichlet prior.
 * Positive z = used more by group A.
 */
export interface FightinWordsRow {
  term: string;
  countA: number;
  countB: number;
  z: number;
}

/** One feature of one article as a z-score against the corpus (mean 0, sd 1). */
export interface FramingProfileRow {
  id: string;
  feature: string;
  z: number;
}

/** Mean of one feature in one group of articles, with a confidence interval. */
export interface GroupComparisonRow {
  group: string;
  feature: string;
  mean: number;
  /** Interval bounds; null when the group is too small for an interval (e.g. n < 2). */
  low: number | null;
  high: number | null;
  /** Articles in the group. */
  n: number;
}

/**
 * Terminology alignment (`referentRows`): how often one group of articles names one referent with
 * one wording. `favours` is the side the loaded wording favours (`none` for generic language), or
 * `neutral` for the referent's plain wording (`loaded` false).
 */
export interface ReferentRow {
  referent: string;
  group: string;
  /** The wording as written, normalised (lower case, hyphens as spaces: see `normaliseTermText`). */
  wording: string;
  favours: string;
  loaded: boolean;
  /** Occurrences in the group's articles (outlet voice only with `voice: 'outlet'`). */
  count: number;
  /** Of those, occurrences inside quotation marks. */
  inQuoteCount: number;
  /** Articles of the group that use the wording. */
  documents: number;
  /** count / all wordings of this referent in this group (4 decimals). */
  share: number;
}
