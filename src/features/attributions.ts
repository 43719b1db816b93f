import { compilePhrases, findPhrases, type PhraseMatch, type PhraseMatcher } from '../match/phraseMatcher';
import type { ReportingCuesFile } from '../lexicons/types';
import { regionAt, type QuoteRegion } from '../parse/quotes';
import { phrasePieces } from '../parse/pieces';
import { tokenIndexAtOrAfter, tokensWithin } from '../parse/tokens';
import type { ParsedDocument, Sentence, Token } from '../parse/types';
import type { Attribution, SourceType, Span } from '../types';
import type { ActorMention } from './actors/recognize';

type CueKind = 'verb' | 'phrase' | 'source-first';

export interface SourcingResources {
  cues: PhraseMatcher<CueKind>;
  anonymity: PhraseMatcher<true>;
  unnamedHeads: Set<string>;
  documentHeads: Set<string>;
  /** Cues that report only when a clause or quote follows (`noted that`), as normalised phrases. */
  clauseCues: Set<string>;
  /** Every verb form, for the actor recognizer (a name before one is a person). */
  verbForms: string[];
}

export function compileSourcing(file: ReportingCuesFile): SourcingResources {
  const verbForms = file.verbs.flatMap((verb) => verb.forms);
  return {
    cues: compilePhrases<CueKind>([
      ...verbForms.map((phrase) => ({ phrase, value: 'verb' as const })),
      ...file.phrases.map((phrase) => ({ phrase, value: 'phrase' as const })),
      ...file.sourceFirstPhrases.map((phrase) => ({ phrase, value: 'source-first' as const })),
    ]),
    anonymity: compilePhrases(file.anonymityMarkers.map((phrase) => ({ phrase, value: true as const }))),
    unnamedHeads: new Set(file.unnamedHeads.map((word) => word.toLowerCase())),
    documentHeads: new Set([...file.documentHeads, ...file.nouns.flatMap((noun) => noun.forms)].map((word) => word.toLowerCase())),
    clauseCues: new Set(file.clauseCues.map((phrase) => phrasePieces(phrase).join(' '))),
    verbForms,
  };
}

/** The compiled cues plus what is computed once per document. */
type SourcingContext = SourcingResources & { anonymousSentences: Set<number> };

interface CueHit {
  kind: CueKind;
  first: number;
  /** Exclusive token end. */
  end: number;
  span: Span;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const NP_INNER = new Set(['of', 'for', "'s", '’s', '-', '&']);
const SOURCE_TAIL_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for']);
const PRONOUNS_PERSON = new Set(['he', 'she', 'him', 'her']);
const PRONOUNS_THING = new Set(['it']);
const PLURAL_REFERENCES = new Set(['they', 'both', 'leaders', 'two']);
const SKIPPABLE_BEFORE_CUE = new Set(['AUX', 'ADV', 'PART']);
/** Fewer words in quotation marks are a scare quote or a title, unless a cue attaches them. */
const MIN_QUOTE_WORDS = 2;
const MAX_TOKENS_QUOTE_TO_CUE = 10;

/** Attributions (ANNOTATION.md §1): direct quotes first, then reported speech. */
export function findAttributions(doc: ParsedDocument, res: SourcingResources, mentions: ActorMention[]): Attribution[] {
  const cues = findCueHits(doc, res);
  const anonymousSentences = new Set(findPhrases(res.anonymity, doc).map((marker) => doc.tokens[doc.pieces[marker.firstPiece].token].sentence));
  const context: SourcingContext = { ...res, anonymousSentences };
  const used = new Set<number>();
  const found: Attribution[] = [];
  for (const region of doc.quotes) {
    const attribution = attachQuote(doc, context, mentions, region, cues, used, found);
    if (attribution) found.push(attribution);
  }
  cues.forEach((cue, index) => {
    if (used.has(index)) return;
    const attribution = reportedSpeech(doc, context, mentions, cue, found);
    if (attribution) found.push(attribution);
  });
  return found.sort((a, b) => a.cue.start - b.cue.start);
}

function findCueHits(doc: ParsedDocument, res: SourcingResources): CueHit[] {
  return findPhrases(res.cues, doc)
    .map((match) => toCueHit(doc, match))
    .filter((hit) => isReportingUse(doc, hit) && regionAt(doc.quotes, hit.span.start) < 0);
}

function toCueHit(doc: ParsedDocument, match: PhraseMatch<CueKind>): CueHit {
  const first = doc.pieces[match.firstPiece].token;
  const end = doc.pieces[match.endPiece - 1].token + 1;
  return { kind: match.value, first, end, span: span(doc, doc.tokens[first].start, doc.tokens[end - 1].end) };
}

/** A verb cue must be used as a verb, not passive (`is said to` is a hedge), not `so-called`. */
function isReportingUse(doc: ParsedDocument, hit: CueHit): boolean {
  if (hit.kind !== 'verb') return true;
  const token = doc.tokens[hit.first];
  const previous = doc.tokens[hit.first - 1];
  if (token.pos !== 'VERB') return false;
  if (previous && previous.text === '-' && previous.end === token.start) return false;
  if (previous && BE.has(previous.lower) && previous.sentence === token.sentence) return false;
  return true;
}

function span(doc: ParsedDocument, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

function tokenSpan(doc: ParsedDocument, first: number, end: number): Span | null {
  if (end <= first) return null;
  return span(doc, doc.tokens[first].start, doc.tokens[end - 1].end);
}

// ------------------------------------------------------------------------------------------------
// Direct quotes

function attachQuote(
  doc: ParsedDocument,
  res: SourcingContext,
  mentions: ActorMention[],
  region: QuoteRegion,
  cues: CueHit[],
  used: Set<number>,
  earlier: Attribution[],
): Attribution | null {
  if (region.mark === '‘') return null;
  const inner = quoteContent(doc, region);
  if (!inner || countWords(doc, inner) < MIN_QUOTE_WORDS) return null;
  const after = cueAfterQuote(doc, region, cues, used);
  if (after !== null) {
    used.add(after.index);
    const source = sourceAroundCue(doc, after.cue, region.end);
    return build(doc, res, mentions, after.cue, source, inner, 'direct', earlier);
  }
  const before = cueBeforeQuote(doc, region, cues, used);
  if (before !== null) {
    used.add(before.index);
    const source = subjectBefore(doc, before.cue.first);
    return build(doc, res, mentions, before.cue, source, inner, 'direct', earlier);
  }
  return null;
}

function quoteContent(doc: ParsedDocument, region: QuoteRegion): Span | null {
  let start = region.start;
  let end = region.end;
  while (start < end && /[\s"“'`]/u.test(doc.text[start])) start++;
  while (end > start && /[\s,"”'`]/u.test(doc.text[end - 1])) end--;
  return end > start ? span(doc, start, end) : null;
}

function countWords(doc: ParsedDocument, range: Span): number {
  return tokensWithin(doc, range.start, range.end).filter((token) => token.isWord).length;
}

/** `“…,” X said` or `“…,” said X`: a cue within a few tokens after the closing mark. */
function cueAfterQuote(doc: ParsedDocument, region: QuoteRegion, cues: CueHit[], used: Set<number>): { cue: CueHit; index: number } | null {
  const firstAfter = tokenIndexAtOrAfter(doc, region.end);
  if (firstAfter >= doc.tokens.length) return null;
  const sentence = doc.tokens[firstAfter].sentence;
  if (doc.tokens[firstAfter - 1] && doc.tokens[firstAfter - 1].sentence !== sentence && !/^[,—–-]/u.test(doc.tokens[firstAfter].text)) {
    // The quote closed its own sentence: a cue can still follow if the next word is lower case (`” he said`).
    if (!/^\p{Ll}/u.test(doc.tokens[firstAfter].text)) return null;
  }
  for (let index = 0; index < cues.length; index++) {
    const cue = cues[index];
    if (used.has(index) || cue.kind === 'source-first' || cue.first < firstAfter) continue;
    if (cue.first - firstAfter > MAX_TOKENS_QUOTE_TO_CUE) break;
    if (doc.tokens.slice(firstAfter, cue.first).some((token) => token.text === '“' || token.text === '"' || token.text === '.')) break;
    return { cue, index };
  }
  return null;
}

/** `X said: “…”` or `X said, “…”`: the last cue before the opening mark, separated by little. */
function cueBeforeQuote(doc: ParsedDocument, region: QuoteRegion, cues: CueHit[], used: Set<number>): { cue: CueHit; index: number } | null {
  const opening = tokenIndexAtOrAfter(doc, region.start);
  for (let index = cues.length - 1; index >= 0; index--) {
    const cue = cues[index];
    if (used.has(index) || cue.end > opening) continue;
    const between = doc.tokens.slice(cue.end, opening);
    if (between.length > 6 || between.some((token) => token.text === '.' || token.text === '”')) return null;
    if (doc.tokens[cue.first].sentence !== doc.tokens[opening]?.sentence && between.length > 0 && !/[:,]/u.test(between[between.length - 1].text)) return null;
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

function trimAuxiliaries(doc: ParsedDocument, first: number, end: number): number {
  while (end > first && SKIPPABLE_BEFORE_CUE.has(doc.tokens[end - 1].pos)) end--;
  return end;
}

// ------------------------------------------------------------------------------------------------
// Reported speech

function reportedSpeech(
  doc: ParsedDocument,
  res: SourcingContext,
  mentions: ActorMention[],
  cue: CueHit,
  earlier: Attribution[],
): Attribution | null {
  const sentence = doc.sentences[doc.tokens[cue.first].sentence];
  if (insideEarlierSource(cue, earlier)) return null;
  if (cue.kind === 'source-first') return accordingTo(doc, res, mentions, cue, sentence, earlier);

  if (doc.tokens[cue.first - 1]?.lower === 'to') return null; // an infinitive (`worth to mention`) reports nothing yet
  if (res.clauseCues.has(phrasePieces(cue.span.text).join(' ')) && !reportsClause(doc, cue, sentence)) return null;
  const previous = doc.tokens[skipBack(doc, cue.first) - 1];
  const participle = /ing$/u.test(doc.tokens[cue.first].lower) && previous?.text === ',';
  const coordinated = previous !== undefined && previous.pos === 'CCONJ' && previous.sentence === sentence.index;
  let source = participle || coordinated ? mainClauseSubject(doc, sentence, cue, earlier) : subjectBefore(doc, cue.first);
  let content: Span | null;
  if (source) content = contentAfter(doc, cue, sentence);
  else if (previous?.text === ',' && (source = subjectBeforeParenthetical(doc, sentence, previous.index))) {
    content = contentAfter(doc, cue, sentence);
  } else if (previous?.text === ',') {
    // `…, said a top official`: the cue follows the content, the source follows the cue.
    source = nounPhraseAfter(doc, cue.end);
    content = contentBeforeCue(doc, sentence, cue.first);
  } else return null;
  if (!source) return null;
  if (isTailReport(doc, cue, sentence)) content = contentBeforeCue(doc, sentence, firstTokenOf(doc, source));
  return build(doc, res, mentions, cue, source, content, 'indirect', earlier);
}

const PARENTHETICAL_OPENERS = new Set(['who', 'which', 'whose', 'a', 'an', 'the', 'its', 'his', 'her', 'their', 'in', 'on', 'at', 'during', 'after', 'speaking', 'however', 'meanwhile', 'too', 'also']);

/** `A police officer, who spoke on condition of anonymity, said …` / `Jaiswal, the MEA spokesperson, said …`. */
function subjectBeforeParenthetical(doc: ParsedDocument, sentence: Sentence, closingComma: number): Span | null {
  for (let t = closingComma - 1; t > sentence.firstToken; t--) {
    if (doc.tokens[t].text !== ',') continue;
    if (!PARENTHETICAL_OPENERS.has(doc.tokens[t + 1]?.lower ?? '')) return null;
    const start = nounPhraseStart(doc, t, sentence.index);
    return start < t ? tokenSpan(doc, start, t) : null;
  }
  return null;
}

const CLAUSE_OPENERS = new Set(['that', ':', '"', '“', 'how', 'why', 'whether', 'what', 'when', 'where', 'who', 'if']);

/** `noted that …`, `highlighted how …`, `…, he noted.` — but not `highlighted the plight of …`. */
function reportsClause(doc: ParsedDocument, cue: CueHit, sentence: Sentence): boolean {
  const next = doc.tokens[cue.end];
  if (next && next.sentence === sentence.index && CLAUSE_OPENERS.has(next.lower)) return true;
  const rest = sentence.endToken - cue.end;
  const commaBefore = doc.tokens.slice(sentence.firstToken, cue.first).some((token) => token.text === ',');
  return commaBefore && rest <= 6 && doc.tokens.slice(cue.end, sentence.endToken).every((token) => token.pos !== 'VERB');
}

function insideEarlierSource(cue: CueHit, earlier: Attribution[]): boolean {
  return earlier.some((attribution) => attribution.source !== null && attribution.source.start <= cue.span.start && cue.span.end <= attribution.source.end);
}

/** `X said.` at the end of a sentence: what was said comes before X. */
function isTailReport(doc: ParsedDocument, cue: CueHit, sentence: Sentence): boolean {
  let t = cue.end;
  const object = nounPhraseEnd(doc, t, sentence.endToken);
  if (object > t && doc.tokens[cue.first].lower.startsWith('told')) t = object;
  const rest = doc.tokens.slice(t, sentence.endToken);
  const subjectStart = doc.tokens[cue.first - 1];
  return rest.every((token) => token.pos === 'PUNCT') && subjectStart !== undefined && doc.tokens.slice(sentence.firstToken, cue.first).some((token) => token.text === ',');
}

function firstTokenOf(doc: ParsedDocument, source: Span): number {
  return tokenIndexAtOrAfter(doc, source.start);
}

function accordingTo(
  doc: ParsedDocument,
  res: SourcingContext,
  mentions: ActorMention[],
  cue: CueHit,
  sentence: Sentence,
  earlier: Attribution[],
): Attribution | null {
  const source = nounPhraseAfter(doc, cue.end);
  if (!source) return null;
  const sourceEnd = firstTokenAfter(doc, source.end);
  const atStart = doc.tokens.slice(sentence.firstToken, cue.first).every((token) => token.pos === 'PUNCT');
  let content: Span | null;
  if (atStart) {
    let t = sourceEnd;
    while (t < sentence.endToken && doc.tokens[t].text !== ',') t++;
    content = tokenSpan(doc, Math.min(t + 1, sentence.endToken), trimPunctuation(doc, sentence.firstToken, sentence.endToken));
  } else content = contentBeforeCue(doc, sentence, cue.first);
  return build(doc, res, mentions, cue, source, content, 'indirect', earlier);
}

function firstTokenAfter(doc: ParsedDocument, offset: number): number {
  return tokenIndexAtOrAfter(doc, offset);
}

/** Back from a cue over auxiliaries, adverbs, a time phrase (`India on Tuesday rejected`) and a bracket (`Wicker (R-Miss.) said`). */
function skipBack(doc: ParsedDocument, t: number): number {
  const sentence = doc.tokens[t].sentence;
  const inSentence = (i: number) => i >= 0 && doc.tokens[i].sentence === sentence;
  let end = t;
  for (;;) {
    if (inSentence(end - 1) && SKIPPABLE_BEFORE_CUE.has(doc.tokens[end - 1].pos)) {
      end--;
      continue;
    }
    if (inSentence(end - 2) && DATE_WORD.test(doc.tokens[end - 1].text) && doc.tokens[end - 2].pos === 'ADP') {
      end -= 2;
      continue;
    }
    const opening = inSentence(end - 1) && doc.tokens[end - 1].text === ')' ? openingBracket(doc, end - 1, sentence) : null;
    if (opening === null) return end;
    end = opening;
  }
}

/** `Roger Wicker (R-Miss.) said`: the index of the `(` that a `)` closes, within a few tokens. */
function openingBracket(doc: ParsedDocument, closing: number, sentence: number): number | null {
  for (let t = closing - 1; t >= Math.max(0, closing - 8); t--) {
    if (doc.tokens[t].sentence !== sentence) return null;
    if (doc.tokens[t].text === '(') return t;
  }
  return null;
}

/** The subject before a cue: the noun phrase right before it, past auxiliaries and adverbs. */
function subjectBefore(doc: ParsedDocument, cueFirst: number): Span | null {
  const sentence = doc.tokens[cueFirst].sentence;
  const end = skipBack(doc, cueFirst);
  let start = nounPhraseStart(doc, end, sentence);
  if (start === end) return null;
  // `A joint communiqué issued after the meeting declared`: skip a participle phrase back to its noun.
  const before = doc.tokens[start - 1];
  if (before && before.sentence === sentence && before.pos === 'ADP' && before.lower !== 'of') {
    let t = start - 1;
    while (t > 0 && doc.tokens[t - 1].sentence === sentence && ['ADP', 'ADV'].includes(doc.tokens[t - 1].pos)) t--;
    const participle = doc.tokens[t - 1];
    if (participle && participle.sentence === sentence && participle.pos === 'VERB' && /(ed|en|wn)$/u.test(participle.lower)) {
      const outerStart = nounPhraseStart(doc, t - 1, sentence);
      if (outerStart < t - 1) return tokenSpan(doc, outerStart, t - 1);
    }
    return null;
  }
  return tokenSpan(doc, start, end);
}

function nounPhraseStart(doc: ParsedDocument, end: number, sentence: number): number {
  let start = end;
  while (start > 0) {
    const token = doc.tokens[start - 1];
    if (token.sentence !== sentence) break;
    const joins =
      NP_INNER.has(token.lower) ||
      (token.lower === 'and' && start - 2 >= 0 && NP_POS.has(doc.tokens[start - 2].pos)) ||
      (token.pos === 'ADP' && isNamePart(doc.tokens[start]) && isNamePart(doc.tokens[start - 2])); // `Contact Group on Kashmir`
    if (!NP_POS.has(token.pos) && !joins && !(token.pos === 'PART' && /s$/u.test(token.lower))) break;
    start--;
  }
  while (start < end && (NP_INNER.has(doc.tokens[start].lower) || doc.tokens[start].lower === 'and')) start++;
  return start;
}

/** `said a top official in the federal government while speaking …` → `a top official in the federal government`. */
function nounPhraseAfter(doc: ParsedDocument, first: number): Span | null {
  const sentence = doc.tokens[first]?.sentence;
  if (sentence === undefined) return null;
  const end = nounPhraseEnd(doc, first, doc.sentences[sentence].endToken);
  return tokenSpan(doc, first, end);
}

function nounPhraseEnd(doc: ParsedDocument, first: number, limit: number): number {
  let end = first;
  while (end < limit) {
    const token = doc.tokens[end];
    const prepositionInPhrase = SOURCE_TAIL_PREPOSITIONS.has(token.lower) && end > first && NP_POS.has(doc.tokens[end + 1]?.pos ?? '');
    if (!NP_POS.has(token.pos) && !NP_INNER.has(token.lower) && !prepositionInPhrase && !isCapitalized(token) && !(token.lower === 'and' && end > first)) break;
    if (token.pos === 'PRON' && end > first && token.lower !== 'its' && token.lower !== 'their') break;
    end++;
  }
  while (end > first && (doc.tokens[end - 1].lower === 'and' || SOURCE_TAIL_PREPOSITIONS.has(doc.tokens[end - 1].lower))) end--;
  return end;
}

/** For `…, asserting that …`: the subject of the sentence's main clause, or the sentence's last source. */
function mainClauseSubject(doc: ParsedDocument, sentence: Sentence, cue: CueHit, earlier: Attribution[]): Span | null {
  const previous = [...earlier].reverse().find((attribution) => attribution.source && attribution.cue.start >= sentence.start && attribution.cue.end <= cue.span.start);
  if (previous?.source) return previous.source;
  for (let t = sentence.firstToken; t < cue.first; t++) {
    const token = doc.tokens[t];
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      const subject = subjectBefore(doc, t);
      if (subject) return subject;
    }
  }
  return null;
}

function contentAfter(doc: ParsedDocument, cue: CueHit, sentence: Sentence): Span | null {
  let first = cue.end;
  if (doc.tokens[cue.first].lower.startsWith('tol')) first = nounPhraseEnd(doc, first, sentence.endToken);
  while (first < sentence.endToken && (doc.tokens[first].lower === 'that' || doc.tokens[first].pos === 'PUNCT')) first++;
  return tokenSpan(doc, first, trimPunctuation(doc, first, sentence.endToken));
}

function contentBeforeCue(doc: ParsedDocument, sentence: Sentence, end: number): Span | null {
  let first = sentence.firstToken;
  while (first < end && doc.tokens[first].pos === 'PUNCT') first++;
  return tokenSpan(doc, first, trimPunctuation(doc, first, end));
}

function trimPunctuation(doc: ParsedDocument, first: number, end: number): number {
  while (end > first && doc.tokens[end - 1].pos === 'PUNCT') end--;
  return end;
}

// ------------------------------------------------------------------------------------------------
// Source typing and speaker resolution

function build(
  doc: ParsedDocument,
  res: SourcingContext,
  mentions: ActorMention[],
  cue: CueHit,
  source: Span | null,
  content: Span | null,
  mode: 'direct' | 'indirect',
  earlier: Attribution[],
): Attribution {
  const sentence = doc.sentences[doc.tokens[cue.first].sentence];
  const anonymousMarked = res.anonymousSentences.has(sentence.index);
  const typed = source ? typeSource(doc, res, mentions, source, cue, earlier) : { speaker: null, sourceType: 'unnamed' as SourceType };
  const sourceType: SourceType = anonymousMarked ? 'unnamed' : typed.sourceType;
  return {
    cue: cue.span,
    source,
    content,
    speaker: anonymousMarked ? null : typed.speaker,
    sourceType,
    anonymous: sourceType === 'unnamed',
    mode,
  };
}

function typeSource(
  doc: ParsedDocument,
  res: SourcingResources,
  mentions: ActorMention[],
  source: Span,
  cue: CueHit,
  earlier: Attribution[],
): { speaker: string | null; sourceType: SourceType } {
  const words = tokensWithin(doc, source.start, source.end).filter((token) => token.isWord);
  const head = headOf(words);
  const inside = mentions.filter((mention) => mention.start >= source.start && mention.end <= source.end);
  const person = inside.find((mention) => mention.type === 'person');
  if (head && res.documentHeads.has(head.lower)) return { speaker: person?.actor ?? inside[0]?.actor ?? null, sourceType: 'document' };
  if (person) return { speaker: person.actor, sourceType: 'person' };
  // `Pakistan’s Foreign Office`: the mention holding the head noun speaks, not the possessor.
  const headMention = inside.find((mention) => head && mention.start <= head.start && head.end <= mention.end) ?? inside[inside.length - 1];
  if (headMention) return { speaker: headMention.actor, sourceType: 'organization' };
  if (head && res.unnamedHeads.has(head.lower)) return { speaker: null, sourceType: 'unnamed' };
  if (words.length === 1 && PRONOUNS_PERSON.has(head?.lower ?? '')) {
    // `“…,” the official said. “…,” he added.`: the pronoun continues the last human source nearby.
    const last = earlier.filter((attribution) => attribution.cue.end <= cue.span.start).pop();
    const lastSentence = last ? doc.tokens[firstTokenAfter(doc, last.cue.start)].sentence : -1;
    if (last && (last.sourceType === 'person' || last.sourceType === 'unnamed') && doc.tokens[cue.first].sentence - lastSentence <= 2) {
      return { speaker: last.speaker, sourceType: last.sourceType };
    }
    const referent = [...mentions].reverse().find((mention) => mention.type === 'person' && mention.end <= source.start);
    return referent ? { speaker: referent.actor, sourceType: 'person' } : { speaker: null, sourceType: 'unnamed' };
  }
  if (words.length === 1 && PRONOUNS_THING.has(head?.lower ?? '')) {
    const previous = earlier.filter((attribution) => attribution.cue.end <= cue.span.start && attribution.sourceType !== 'person' && attribution.sourceType !== 'unnamed');
    const last = previous[previous.length - 1];
    if (last) return { speaker: last.speaker, sourceType: last.sourceType };
  }
  if (head && PLURAL_REFERENCES.has(head.lower)) {
    const last = earlier.filter((attribution) => attribution.cue.end <= cue.span.start && attribution.speaker !== null).pop();
    if (last) return { speaker: last.speaker, sourceType: last.sourceType };
  }
  return { speaker: null, sourceType: 'unnamed' };
}

const DATE_WORD = /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** A capitalised word that can sit inside a name (`Contact Group on Kashmir`), not a date (`India on Tuesday`). */
function isNamePart(token: Token | undefined): boolean {
  return isCapitalized(token) && !DATE_WORD.test(token!.text);
}

function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && /^\p{Lu}/u.test(token.text);
}

/** The head noun: the last noun or pronoun before any `of`/preposition phrase. */
function headOf(words: Token[]): Token | undefined {
  let head: Token | undefined;
  for (const word of words) {
    if (SOURCE_TAIL_PREPOSITIONS.has(word.lower)) break;
    if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(word.pos)) head = word;
  }
  return head;
}
