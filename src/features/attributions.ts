import { findPhrases } from '../match/phraseMatcher';
import { tokensWithin } from '../parse/tokens';
import type { ParsedDocument } from '../parse/types';
import type { Attribution } from '../types';
import type { ActorMention } from './actors/recognize';
import { findCueHits, type SourcingContext, type SourcingResources } from './attributions/cues';
import { colonIntroductions } from './attributions/colonIntroductions';
import { attachQuote } from './attributions/directQuotes';
import { passivesAndUnstatedSources } from './attributions/passivesAndUnstatedSources';
import { reportedSpeech } from './attributions/reportedSpeech';

export { compileSourcing, type SourcingResources } from './attributions/cues';

/** Attributions (ANNOTATION.md §1): direct quotes first, then reported speech, paragraph-opening colons, passives and sources left unstated. */
export function findAttributions(doc: ParsedDocument, res: SourcingResources, mentions: ActorMention[]): Attribution[] {
  const markers = findPhrases(res.anonymity, doc).map((marker) => ({ first: doc.pieces[marker.firstPiece].token, last: doc.pieces[marker.endPiece - 1].token }));
  // `who requested anonymity`: the marker's own verb reports nothing.
  const cues = findCueHits(doc, res).filter((cue) => !markers.some((marker) => cue.first >= marker.first && cue.first <= marker.last));
  const anonymousSentences = new Set(markers.map((marker) => doc.tokens[marker.first].sentence));
  const context: SourcingContext = { ...res, anonymousSentences, sourceTokens: new Set() };
  const used = new Set<number>();
  const found: Attribution[] = [];
  const record = (attribution: Attribution | null) => {
    if (!attribution) return;
    found.push(attribution);
    if (attribution.source) for (const token of tokensWithin(doc, attribution.source.start, attribution.source.end)) context.sourceTokens.add(token.index);
  };
  for (const region of doc.quotes) record(attachQuote(doc, context, mentions, region, cues, used, found));
  cues.forEach((cue, index) => {
    if (!used.has(index)) record(reportedSpeech(doc, context, mentions, cue, found));
  });
  colonIntroductions(doc, context, mentions, found).forEach(record);
  passivesAndUnstatedSources(doc, context, mentions, found).forEach(record);
  return found.sort((a, b) => a.cue.start - b.cue.start);
}
