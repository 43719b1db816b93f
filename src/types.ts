/**
 * The output contract of `framing analyze` and of `analyze()`.
 * Every span is `[start, end)` in UTF-16 code units into `Document.text`, the verbatim body.
 * `schema/document.schema.json` states the same contract for non-TypeScript readers.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Meta = Record<string, string | number | boolean | null>;

export type SourceType = 'person' | 'organization' | 'document' | 'unnamed' | 'implicit';
export type AttributionMode = 'direct' | 'indirect';

export interface Attribution {
  cue: Span;
  source: Span | null;
  content: Span | null;
  /**
   * Further quoted words of the same source that have no cue of their own, in text order: a quote
   * resumed after the cue (`“…,” he said. “More.”`) or continued into the next paragraph (a quote left
   * open at a paragraph end, reopened by the next paragraph). Empty for most attributions.
   */
  continuation: Span[];
  /** Canonical actor name when the text makes it recoverable, else null. */
  speaker: string | null;
  /**
   * Every canonical speaker, in text order: all the named conjuncts of a coordinated source (`Modi and
   * Sharif said` → both), `[speaker]` for a single one, empty when `speaker` is null.
   */
  speakers: string[];
  sourceType: SourceType;
  anonymous: boolean;
  mode: AttributionMode;
  /** Only with the `explain` option: which pass of the sourcing pipeline found it. */
  explain?: AttributionExplanation;
}

/** Why an attribution is there (the `explain` option). */
export interface AttributionExplanation {
  /** The pass of the sourcing pipeline that found it (`directQuotes`, `reportedSpeech`, …). */
  pass: string;
}

/** A reporting-cue candidate that gave no attribution, and the rule that turned it down. */
export interface RejectedCue {
  cue: Span;
  rule: string;
}

/** Only with the `explain` option: the cue candidates the sourcing rules turned down. */
export interface DocumentExplanation {
  rejectedCues: RejectedCue[];
}

export type TargetRole = 'agent' | 'victim' | 'speaker' | 'critic';

export interface LoadedTerm {
  start: number;
  end: number;
  text: string;
  /** Lexicon entry id, e.g. `kashmir/iiojk`. */
  entry: string;
  category: string;
  /**
   * Whose narrative the wording advances, or `none` for language that takes no side. For an entry
   * judged by target, read from `target`: a pejorative favours the target's opponent, praise the
   * target's side, a speaker's or critic's words the speaker's side.
   */
  favours: string;
  /** The actor the occurrence is said of (canonical name), or null: none found, or a fixed-side entry. */
  target: string | null;
  /**
   * How `target` stands to the term: `agent` (the doer or owner of what it judges: *India's illegal
   * steps*), `victim` (the party it is aimed at: *allegations against Pakistan*), `speaker` (the
   * source whose words hold it) or `critic` (*Pakistan rejected the …*); null when `target` is null.
   */
  targetRole: TargetRole | null;
  neutral: string;
  /**
   * What the wording stands for, the key of terminology alignment: the entry's `referent`, else its
   * `neutral` (so *terrorists* and *freedom fighters* share the referent `militants`).
   */
  referent: string;
  inQuote: boolean;
}

/**
 * A referent named in its plain, neutral wording (*militants*, *Indian-administered Kashmir*): the
 * other half of terminology alignment. Found for every referent of the loaded-term lexicons in use
 * that is a plain phrase; never inside a loaded term.
 */
export interface NeutralTerm {
  start: number;
  end: number;
  text: string;
  referent: string;
  inQuote: boolean;
}

export type ActorType = 'person' | 'state' | 'organization' | 'group';

/**
 * How a mention was tied to its actor (issue #17): `name` — a name, alias, title + name, demonym +
 * government noun or acting capital; `variant` — a shorter form of a name given earlier (`Qureshi`,
 * `Naeem Khan`); `acronym` — an acronym the text defined (`… Force (CRPF)`); `role` — a role noun
 * pointing back to a person named with that title (`the foreign secretary`, `PM`); `pronoun` — a
 * pronoun (`he`, `it` as a source).
 */
export type MentionVia = 'name' | 'variant' | 'acronym' | 'role' | 'pronoun';

export interface ActorMentionSpan extends Span {
  via: MentionVia;
}

export interface Actor {
  name: string;
  type: ActorType;
  /** Side or affiliation from the gazetteer (e.g. `Pakistan`, `India`, `international`), or null. */
  side: string | null;
  /** Every reference to the actor, in text order: named ones and resolved role nouns and pronouns. */
  mentions: ActorMentionSpan[];
  asSource: number;
  asAgent: number;
  asPatient: number;
}

export interface Cue {
  start: number;
  end: number;
  text: string;
  /** Lexicon entry id, e.g. `hedges/may`. */
  entry: string;
  inQuote: boolean;
}

export interface DocumentStats {
  tokens: number;
  words: number;
  sentences: number;
}

/** The feature-table row: flat numbers and strings only. */
export type Summary = Record<string, number | string | null>;

export interface Document {
  id: string;
  /**
   * The document's metadata as read, plus `language`: `"en"` or `"non-en"` from a cheap script and
   * function-word check (`src/corpus/language.ts`), unless the input already gave a `language`.
   */
  meta: Meta;
  text: string;
  stats: DocumentStats;
  attributions: Attribution[];
  loadedTerms: LoadedTerm[];
  neutralTerms: NeutralTerm[];
  actors: Actor[];
  hedges: Cue[];
  boosters: Cue[];
  summary: Summary;
  /**
   * Things the reader of the results should know, one sentence each (e.g. the text does not look
   * like English, so the English-only features found little). Present only when there is one.
   */
  warnings?: string[];
  /** Only with the `explain` option (`--explain`): what the sourcing rules turned down, and why. */
  explain?: DocumentExplanation;
}
