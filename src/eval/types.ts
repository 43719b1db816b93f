/**
 * Shapes of the hand-annotated gold (tests/gold/<id>.json, written by scripts/gold-build.js) and of
 * the scores the evaluator returns. Gold spans carry their text so every file can be re-checked
 * against the corpus: `text.slice(start, end) === span.text`.
 */
import type { ActorType, AttributionMode, SourceType, Span } from '../types';

export type Role = 'agent' | 'patient' | 'source';

export interface GoldAttribution {
  cue: Span;
  source: Span | null;
  content: Span | null;
  /** Canonical speaker, or null when the text does not make it recoverable. */
  speaker: string | null;
  /** Every canonical speaker of a coordinated source ("X and Y said"); `[speaker]` otherwise. */
  speakers: string[];
  sourceType: SourceType;
  anonymous: boolean;
  mode: AttributionMode;
  note?: string;
}

export interface GoldLoadedTerm extends Span {
  category: string;
  favours: string;
  neutral: string;
  inQuote: boolean;
}

export interface GoldCue extends Span {
  inQuote: boolean;
}

export interface GoldRoleOccurrence {
  /** The span that carries the role: a named mention, or a pronoun / role noun (`named: false`). */
  mention: Span;
  role: Role;
  named: boolean;
}

export interface GoldActor {
  name: string;
  type: ActorType;
  /** Named mentions only (names, aliases, demonym + government noun, metonyms); not pronouns. */
  mentions: Span[];
  asSource: number;
  asAgent: number;
  asPatient: number;
  roles: GoldRoleOccurrence[];
}

export interface GoldDocument {
  id: string;
  textLength: number;
  textSha256?: string;
  furniture: Span[];
  /** Direct-quotation regions (quote marks included); `inQuote` above is derived from them. */
  quotes: Span[];
  attributions: GoldAttribution[];
  loadedTerms: GoldLoadedTerm[];
  actors: GoldActor[];
  hedges: GoldCue[];
  boosters: GoldCue[];
}

/** Predicted role occurrences, if an analyzer ever reports them per mention (not in the contract). */
export interface PredictedRoleOccurrence {
  mention: { start: number; end: number };
  role: Role;
}

/** Canonical actor name for an alias, keyed by the lower-cased alias. */
export type AliasMap = ReadonlyMap<string, string>;

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** null when there is nothing to measure (no predictions / no gold). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

export interface AttributionScore {
  /** A gold attribution is found when a predicted cue overlaps its cue (one-to-one). */
  detection: Prf;
  /** On found attributions only. */
  source: Accuracy;
  speaker: Accuracy;
  /** Every speaker of a coordinated source found, and no other (alias-normalised sets equal). */
  speakers: Accuracy;
  sourceType: Accuracy;
  anonymous: Accuracy;
  mode: Accuracy;
}

export interface SpanFeatureScore {
  exact: Prf;
  lenient: Prf;
  /** On lenient matches. */
  inQuote: Accuracy;
}

export interface LoadedTermScore extends SpanFeatureScore {
  category: Accuracy;
  favours: Accuracy;
}

export interface RoleScore {
  /** Count-based: Σ min(gold, predicted) per actor and role, over predicted / gold totals. */
  counts: Prf;
  /** Per gold role occurrence, only when predictions carry per-mention roles; else null. */
  byMention: Accuracy | null;
}

export interface ActorScore {
  /** Canonical names per document as sets. */
  names: Prf;
  /** Mention spans, overlap, one-to-one, whatever actor they are linked to. */
  mentions: Prf;
  /** Mention spans that overlap and are linked to the same canonical actor. */
  linkedMentions: Prf;
  roles: RoleScore;
}

export interface FurnitureScore {
  /** Character-level over non-whitespace characters. null when the prediction has no furniture mask. */
  characters: Prf | null;
}

export interface FeatureScores {
  attributions: AttributionScore;
  loadedTerms: LoadedTermScore;
  hedges: SpanFeatureScore;
  boosters: SpanFeatureScore;
  actors: ActorScore;
  furniture: FurnitureScore;
}

export interface DocumentScore extends FeatureScores {
  id: string;
  /** Problems that make the numbers meaningless (text differs from the annotated text). */
  warnings: string[];
}

export interface CorpusScore {
  documents: DocumentScore[];
  /** Counts summed over documents, ratios recomputed from the sums. */
  micro: FeatureScores;
  /** Gold documents with no prediction, and predictions with no gold. */
  missing: string[];
  unexpected: string[];
}
