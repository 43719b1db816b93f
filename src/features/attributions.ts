import { findPhrases, type PhraseMatch } from '../match/phraseMatcher';
import { tokensWithin } from '../parse/tokens';
import type { ParsedDocument } from '../parse/types';
import type { Attribution } from '../types';
import type { ActorMention } from './actors/recognize';
import { findCueHits, type SourcingContext, type SourcingResources } from './attributions/cues';
import { colonIntroductions } from './attributions/colonIntroductions';
import { attachQuote } from './attributions/directQuotes';
import { nominalReports } from './attributions/nominalReports';
import { passivesAndUnstatedSources } from './attributions/passivesAndUnstatedSources';
import { withQuoteContinuations } from './attributions/quoteContinuations';
import { reportedSpeech } from './attributions/reportedSpeech';

export { compileSourcing, type SourcingResources } from './attributions/cues';

/** Attributions (ANNOTATION.md §1): direct quotes first, then reported speech, paragraph-opening colons, passives and sources left unstated, reporting nouns. */
export function findAttributions(doc: ParsedDocument, res: SourcingResources, mentions: ActorMention[]): Attribution[] {
  const tokenRange = (match: PhraseMatch<true>) => ({ first: doc.pieces[match.firstPiece].token, last: doc.pieces[match.endPiece - 1].token });
  const markers = findPhrases(res.anonymity, doc).map(tokenRange);
  // `who requested anonymity`: the marker's own verb reports nothing; nor does `said` in `That said,`.
  const silent = new Set<number>();
  for (const range of [...markers, ...findPhrases(res.idioms, doc).map(tokenRange).filter((range) => isIdiomUse(doc, res, range))]) {
    for (let t = range.first; t <= range.last; t++) silent.add(t);
  }
  const cues = findCueHits(doc, res).filter((cue) => !silent.has(cue.first));
  const anonymousSentences = new Set(markers.map((marker) => doc.tokens[marker.first].sentence));
  const context: SourcingContext = { ...res, anonymousSentences, sourceTokens: new Set(), cueTokens: new Set() };
  const used = new Set<number>();
  const found: Attribution[] = [];
  const record = (attribution: Attribution | null) => {
    if (!attribution) return;
    found.push(attribution);
    if (attribution.source) for (const token of tokensWithin(doc, attribution.source.start, attribution.source.end)) context.sourceTokens.add(token.index);
    for (const token of tokensWithin(doc, attribution.cue.start, attribution.cue.end)) context.cueTokens.add(token.index);
  };
  for (const region of doc.quotes) record(attachQuote(doc, context, mentions, region, cues, used, found));
  cues.forEach((cue, index) => {
    if (!used.has(index)) record(reportedSpeech(doc, context, mentions, cue, found));
  });
  colonIntroductions(doc, context, mentions, found).forEach(record);
  passivesAndUnstatedSources(doc, context, mentions, found).forEach(record);
  nominalReports(doc, context, mentions, found).forEach(record);
  return withQuoteContinuations(doc, found.sort((a, b) => a.cue.start - b.cue.start));
}

/**
 * Long idioms are unambiguous (`easier said than done`), and so are those that go on after their cue
 * form (`think tank`); one that ends in its cue form is an idiom only when set off on both sides
 * (`That said, …`, `…, you know, …`, `Enough said.`), not inside a clause (`a message that said, “…”`).
 */
function isIdiomUse(doc: ParsedDocument, res: SourcingResources, range: { first: number; last: number }): boolean {
  if (range.last - range.first >= 2 || !res.verbFormSet.has(doc.tokens[range.last].lower)) return true;
  const sentence = doc.tokens[range.first].sentence;
  const before = doc.tokens[range.first - 1];
  const after = doc.tokens[range.last + 1];
  const openBefore = before === undefined || before.sentence !== sentence || before.pos === 'PUNCT' || before.pos === 'CCONJ';
  const closedAfter = after === undefined || after.sentence !== sentence || after.pos === 'PUNCT';
  return openBefore && closedAfter;
}
