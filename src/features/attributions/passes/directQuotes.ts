import { tokenIndexAtOrAfter, tokensWithin } from '../../../parse/tokens';
import type { QuoteRegion } from '../../../parse/quotes';
import type { ParsedDocument } from '../../../parse/types';
import type { Span } from '../../../types';
import { partitionPoint } from '../../partitionPoint';
import { cueKey, type CueHit } from '../cueHits';
import type { SourcingResources } from '../resources';
import { record, type Proposal, type SourcingPass, type SourcingState } from '../state';
import { isReducedRelative, nounPhraseAfter, nounPhraseEnd } from '../syntax/nounPhrases';
import { span, tokenSpan } from '../syntax/spans';
import { trimAuxiliaries } from '../syntax/subjects';
import { sourceBeforeQuoteCue } from './reportedSpeech';

/** Fewer words in quotation marks are a scare quote or a title, unless a cue attaches them. */
const MIN_QUOTE_WORDS = 2;
const MAX_WORDS_QUOTE_TO_CUE = 8;
const MAX_TOKENS_CUE_TO_QUOTE = 6;

/** Index of the first cue starting at or after token `t` (cues are in text order): binary search. */
function firstCueFrom(cues: CueHit[], t: number): number {
  return partitionPoint(cues.length, (i) => cues[i].first < t);
}

/**
 * Direct quotes, first of all passes: each quotation region takes the reporting cue right after it
 * (`“…,” X said`) or, failing that, right before it (`X said: “…”`). The cues it takes are used up.
 */
export const directQuotes: SourcingPass = {
  name: 'directQuotes',
  run(state) {
    for (const region of state.doc.quotes) {
      const proposal = attachQuote(state, region);
      if (proposal) record(state, directQuotes.name, proposal);
    }
  },
};

function attachQuote(state: SourcingState, region: QuoteRegion): Proposal | null {
  const { doc, res, cues, usedCues: used } = state;
  if (region.mark === '‘') return null;
  const inner = quoteContent(doc, region);
  if (!inner) return null;
  const words = countWords(doc, inner);
  if (words === 0 || (words < MIN_QUOTE_WORDS && !opensSentence(doc, region))) return null;
  const after = cueAfterQuote(doc, region, cues, used);
  // `“Safety,” said Grimm.`: one quoted word that opens its sentence is an answer, given by the cue after it.
  if (words < MIN_QUOTE_WORDS && after === null) return null;
  if (after !== null) {
    used.add(after.index);
    const source = sourceAroundCue(doc, after.cue, region.end);
    return { cue: after.cue, source, content: inner, mode: 'direct' };
  }
  const before = cueBeforeQuote(doc, res, region, cues, used);
  if (before !== null) {
    // `according to X: “…”` names its source after the cue; `X said: “…”` before it.
    const source =
      before.cue.kind === 'source-first'
        ? nounPhraseAfter(doc, before.cue.end)
        : sourceBeforeQuoteCue(state, before.cue);
    if (
      source &&
      isReducedRelative(doc, source, doc.sentences[doc.tokens[before.cue.first].sentence], before.cue.first)
    )
      return null;
    used.add(before.index);
    return { cue: before.cue, source, content: inner, mode: 'direct' };
  }
  return null;
}

/** The words inside a quotation region, without its marks and edge punctuation. */
export function quoteContent(doc: ParsedDocument, region: QuoteRegion): Span | null {
  let start = region.start;
  let end = region.end;
  while (start < end && /[\s"“'`]/u.test(doc.text[start])) start++;
  while (end > start && /[\s,"”“'`]/u.test(doc.text[end - 1])) end--;
  return end > start ? span(doc, start, end) : null;
}

function opensSentence(doc: ParsedDocument, region: QuoteRegion): boolean {
  const first = tokenIndexAtOrAfter(doc, region.start);
  return first < doc.tokens.length && doc.sentences[doc.tokens[first].sentence].firstToken === first;
}

function countWords(doc: ParsedDocument, range: Span): number {
  return tokensWithin(doc, range.start, range.end).filter((token) => token.isWord).length;
}

/** `“…,” X said` or `“…,” said X`: a cue within a few tokens after the closing mark. */
function cueAfterQuote(
  doc: ParsedDocument,
  region: QuoteRegion,
  cues: CueHit[],
  used: Set<number>,
): { cue: CueHit; index: number } | null {
  const firstAfter = tokenIndexAtOrAfter(doc, region.end);
  if (firstAfter >= doc.tokens.length) return null;
  const sentence = doc.tokens[firstAfter].sentence;
  if (
    doc.tokens[firstAfter - 1] &&
    doc.tokens[firstAfter - 1].sentence !== sentence &&
    !/^[,—–-]/u.test(doc.tokens[firstAfter].text)
  ) {
    // The quote closed its own sentence: a cue can still follow if the next word is lower case (`” he said`).
    if (!/^\p{Ll}/u.test(doc.tokens[firstAfter].text)) return null;
  }
  for (let index = firstCueFrom(cues, firstAfter); index < cues.length; index++) {
    const cue = cues[index];
    if (used.has(index) || cue.kind === 'source-first') continue;
    const between = doc.tokens.slice(firstAfter, cue.first);
    // Words, not tokens: `Mitch McConnell, R-Ky., said` is a name and a state, whatever its punctuation.
    if (between.filter((token) => token.isWord).length > MAX_WORDS_QUOTE_TO_CUE) break;
    if (
      between.some(
        (token) =>
          token.text === '“' ||
          token.text === '"' ||
          (token.text === '.' && token.sentence !== doc.tokens[token.index + 1]?.sentence),
      )
    )
      break;
    // `X, who calls the move “a betrayal,” said the party would …`: a clause after the cue is what was said; the quote is not.
    if (cue.first === firstAfter && clauseFollows(doc, cue)) return null;
    return { cue, index };
  }
  return null;
}

/** A noun phrase and then a verb after the cue: `said the party would go to court`, not `said Omar Abdullah, the …`. */
function clauseFollows(doc: ParsedDocument, cue: CueHit): boolean {
  const sentence = doc.sentences[doc.tokens[cue.first].sentence];
  const end = nounPhraseEnd(doc, cue.end, sentence.endToken);
  const next = doc.tokens[end];
  // A participle describes the speaker (`said the base chief known as Bob`, `wrote a man calling himself …`).
  return (
    end > cue.end &&
    end < sentence.endToken &&
    (next.pos === 'AUX' || (next.pos === 'VERB' && !/(ing|ed|en)$/u.test(next.lower)))
  );
}

/** `X said: “…”` or `X said, “…”`: the last cue before the opening mark, separated by little. */
function cueBeforeQuote(
  doc: ParsedDocument,
  res: SourcingResources,
  region: QuoteRegion,
  cues: CueHit[],
  used: Set<number>,
): { cue: CueHit; index: number } | null {
  const opening = tokenIndexAtOrAfter(doc, region.start);
  for (let index = firstCueFrom(cues, opening) - 1; index >= 0; index--) {
    const cue = cues[index];
    // Any cue further back is too far from the quote as well: stop (keeps the scan short per quote).
    if (opening - cue.end > MAX_TOKENS_CUE_TO_QUOTE) return null;
    if (used.has(index) || cue.end > opening) continue;
    const between = doc.tokens.slice(cue.end, opening);
    // `He continued, “…”` but not `He continued to call it “…”`.
    if (res.quoteOnlyCues.has(cueKey(cue)) && between.some((token) => token.pos !== 'PUNCT')) continue;
    if (
      between.length > MAX_TOKENS_CUE_TO_QUOTE ||
      between.some((token) => token.text === '.' || token.text === '”')
    )
      return null;
    if (
      doc.tokens[cue.first].sentence !== doc.tokens[opening]?.sentence &&
      between.length > 0 &&
      !/[:,]/u.test(between[between.length - 1].text)
    )
      return null;
    return { cue, index };
  }
  return null;
}

/** After a quote: the source is between the quote and the cue (`X said`) or after the cue (`said X`). */
function sourceAroundCue(doc: ParsedDocument, cue: CueHit, quoteEnd: number): Span | null {
  let first = tokenIndexAtOrAfter(doc, quoteEnd);
  while (first < cue.first && doc.tokens[first].pos === 'PUNCT') first++;
  if (first < cue.first) return tokenSpan(doc, first, trimAuxiliaries(doc, first, cue.first));
  return nounPhraseAfter(doc, cue.end);
}
