/**
 * Plain-record inputs for the chart builders. Charts never take danfojs objects:
 * plain rows are trivially serialisable, testable and inlined into the Vega-Lite spec.
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

/** Options every chart builder accepts. */
export interface ChartOptions {
  title?: string;
  /** Width of the plotting area in pixels. */
  width?: number;
}
