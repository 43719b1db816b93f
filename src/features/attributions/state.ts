import { tokensWithin } from '../../parse/tokens';
import type { ParsedDocument } from '../../parse/types';
import type { AttributionMode, Span } from '../../types';
import type { ActorMention } from '../actors/recognize';
import type { CueHit, RejectedCue } from './cueHits';
import type { SourcingResources } from './resources';

/**
 * An attribution as a pass finds it: spans only. The speaker is named afterwards, for every
 * candidate at once, by `nameSpeakers` (speaker.ts).
 */
export interface Candidate {
  /** The name of the pass that found it (for `explain`). */
  pass: string;
  cue: CueHit;
  source: Span | null;
  content: Span | null;
  mode: AttributionMode;
  /**
   * Set by passes that find words attributed to someone the text does not name (`it was announced
   * that …`, `reportedly`): without a source (and outside an anonymity marker's sentence) the
   * attribution's sourceType is `implicit`.
   */
  implicitWithoutSource?: boolean;
  /**
   * How many candidates found before this one its speaker resolution may look back on (`he added`
   * continues the last source): all found before it, or, for candidates a pass records together,
   * those found before that pass.
   */
  visible: number;
}

/**
 * What the sourcing passes know about one document, and the only thing they change. The compiled
 * lexicon (`res`), the parse and the actor mentions are read-only; `found`, `usedCues`, the token
 * sets and `rejected` grow as passes record what they find.
 */
export interface SourcingState {
  readonly doc: ParsedDocument;
  readonly res: SourcingResources;
  readonly mentions: ActorMention[];
  /** Sentences holding an anonymity marker (`who requested anonymity`): their sources are unnamed. */
  readonly anonymousSentences: ReadonlySet<number>;
  /** The reporting cues found in the text, in text order (cueHits.ts). */
  readonly cues: CueHit[];
  /** Indices into `cues` of the cues a pass has taken. */
  readonly usedCues: Set<number>;
  /** Candidates in the order they were found (that order matters to speaker resolution). */
  readonly found: Candidate[];
  /** Tokens inside the source of a candidate found so far. */
  readonly sourceTokens: Set<number>;
  /** Tokens inside the cue of a candidate found so far. */
  readonly cueTokens: Set<number>;
  /** Cue candidates turned down, with the rule's name (reported only with `explain`). */
  readonly rejected: RejectedCue[];
}

export function createState(
  doc: ParsedDocument,
  res: SourcingResources,
  mentions: ActorMention[],
  anonymousSentences: ReadonlySet<number>,
  cues: CueHit[],
  rejected: RejectedCue[],
): SourcingState {
  return {
    doc,
    res,
    mentions,
    anonymousSentences,
    cues,
    usedCues: new Set(),
    found: [],
    sourceTokens: new Set(),
    cueTokens: new Set(),
    rejected,
  };
}

/** What a pass proposes; `record` adds the bookkeeping. */
export type Proposal = Omit<Candidate, 'pass' | 'visible'>;

/** Records one candidate, which may look back on every candidate found before it. */
export function record(state: SourcingState, pass: string, proposal: Proposal): void {
  add(state, { pass, ...proposal, visible: state.found.length });
}

/**
 * Records candidates a pass found together against the same earlier findings: none of them looks
 * back on another.
 */
export function recordAll(state: SourcingState, pass: string, proposals: Proposal[]): void {
  const visible = state.found.length;
  for (const proposal of proposals) add(state, { pass, ...proposal, visible });
}

/** Notes a cue candidate a pass turned down, and why. */
export function reject(state: SourcingState, cue: CueHit, rule: string): void {
  state.rejected.push({ cue: cue.span, rule });
}

function add(state: SourcingState, candidate: Candidate): void {
  const { doc } = state;
  state.found.push(candidate);
  if (candidate.source)
    for (const token of tokensWithin(doc, candidate.source.start, candidate.source.end))
      state.sourceTokens.add(token.index);
  for (const token of tokensWithin(doc, candidate.cue.span.start, candidate.cue.span.end))
    state.cueTokens.add(token.index);
}

/** One step of the sourcing pipeline: it reads the state and records what it finds. */
export interface SourcingPass {
  /** The name `explain` reports for what this pass found. */
  readonly name: string;
  run(state: SourcingState): void;
}
