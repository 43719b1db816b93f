import { findPhrases, type PhraseMatch } from '../match/phraseMatcher';
import type { ParsedDocument } from '../parse/types';
import type { Attribution } from '../types';
import type { ActorMention } from './actors/recognize';
import { findCueHits, type RejectedCue, type TokenRange } from './attributions/cueHits';
import { colonIntroductions } from './attributions/passes/colonIntroductions';
import { directQuotes } from './attributions/passes/directQuotes';
import { nominalReports } from './attributions/passes/nominalReports';
import { reportedSpeech } from './attributions/passes/reportedSpeech';
import { unstatedSources } from './attributions/passes/unstatedSources';
import { withQuoteContinuations } from './attributions/quoteContinuations';
import type { SourcingResources } from './attributions/resources';
import { nameSpeakers } from './attributions/speaker';
import { createState, type SourcingPass } from './attributions/state';

export { compileSourcing, type SourcingResources } from './attributions/resources';
export { CUE_VETOES } from './attributions/cueHits';

/**
 * The sourcing pipeline (ANNOTATION.md §1), in order. The order decides results: a cue taken by a
 * direct quote is not reported again; later passes skip tokens earlier ones attributed.
 */
export const SOURCING_PASSES: readonly SourcingPass[] = [
  directQuotes, // `“…,” X said`, `X said: “…”`
  reportedSpeech, // `X said that …`, `…, said X`, `according to X`
  colonIntroductions, // `Jaishankar: “…”`, `Poll: BJP ahead`
  unstatedSources, // `it was announced that …`, `was criticized by X`, `reportedly`
  nominalReports, // `Trump’s claim that …`
];

export interface SourcingResult {
  attributions: Attribution[];
  /** Cue candidates turned down, with the rule that did so (see `CUE_VETOES` and the passes). */
  rejected: RejectedCue[];
}

/**
 * Attributions in text order: cue hits found, the passes run in `SOURCING_PASSES` order on one
 * per-document state, then speakers named once for all (speaker.ts), then quote continuations.
 * With `explain`, each attribution carries the name of the pass that found it.
 */
export function findSourcing(
  doc: ParsedDocument,
  res: SourcingResources,
  mentions: ActorMention[],
  options: { explain?: boolean } = {},
): SourcingResult {
  const tokenRange = (match: PhraseMatch<true>): TokenRange => ({
    first: doc.pieces[match.firstPiece].token,
    last: doc.pieces[match.endPiece - 1].token,
  });
  const markers = findPhrases(res.anonymity, doc).map(tokenRange);
  const idioms = findPhrases(res.idioms, doc)
    .map(tokenRange)
    .filter((range) => isIdiomUse(doc, res, range));
  // `who requested anonymity`: the marker's own verb reports nothing; nor does `said` in `That said,`.
  const silent = new Set<number>();
  for (const range of [...markers, ...idioms]) for (let t = range.first; t <= range.last; t++) silent.add(t);
  const { hits, rejected } = findCueHits(doc, res, silent);
  const anonymousSentences = new Set(markers.map((marker) => doc.tokens[marker.first].sentence));
  const state = createState(doc, res, mentions, anonymousSentences, hits, rejected);
  for (const pass of SOURCING_PASSES) pass.run(state);
  const named = nameSpeakers(state, state.found);
  const explained = options.explain
    ? named.map((attribution, i): Attribution => ({ ...attribution, explain: { pass: state.found[i].pass } }))
    : named;
  // A stable sort: candidates with the same cue start keep the order they were found in.
  const attributions = withQuoteContinuations(
    doc,
    explained.sort((a, b) => a.cue.start - b.cue.start),
  );
  return { attributions, rejected: state.rejected };
}

/** Attributions (ANNOTATION.md §1), without the explanation. */
export function findAttributions(
  doc: ParsedDocument,
  res: SourcingResources,
  mentions: ActorMention[],
): Attribution[] {
  return findSourcing(doc, res, mentions).attributions;
}

/**
 * Long idioms are unambiguous (`easier said than done`), and so are those that go on after their cue
 * form (`think tank`); one that ends in its cue form is an idiom only when set off on both sides
 * (`That said, …`, `…, you know, …`, `Enough said.`), not inside a clause (`a message that said, “…”`).
 */
function isIdiomUse(doc: ParsedDocument, res: SourcingResources, range: TokenRange): boolean {
  if (range.last - range.first >= 2 || !res.verbFormSet.has(doc.tokens[range.last].lower)) return true;
  const sentence = doc.tokens[range.first].sentence;
  const before = doc.tokens[range.first - 1];
  const after = doc.tokens[range.last + 1];
  const openBefore =
    before === undefined || before.sentence !== sentence || before.pos === 'PUNCT' || before.pos === 'CCONJ';
  const closedAfter = after === undefined || after.sentence !== sentence || after.pos === 'PUNCT';
  return openBefore && closedAfter;
}
