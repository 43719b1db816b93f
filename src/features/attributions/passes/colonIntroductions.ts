import { regionAt } from '../../../parse/quotes';
import { tokenIndexAtOrAfter, tokensWithin } from '../../../parse/tokens';
import type { ParsedDocument, Sentence, Token } from '../../../parse/types';
import type { Span } from '../../../types';
import type { ActorMention } from '../../actors/recognize';
import { spanOverlap } from '../../spanCover';
import { cueHit, type CueHit } from '../cueHits';
import { recordAll, type Proposal, type SourcingPass, type SourcingState } from '../state';
import { NP_INNER, NP_POS, headOf } from '../syntax/nounPhrases';
import { span, tokenSpan, trimPunctuation } from '../syntax/spans';
import { isCapitalized } from '../syntax/tokenShape';
import { quoteContent } from './directQuotes';

/** A source named before a paragraph-opening colon is short: `Modi:`, `MEA spokesperson:`, `Gallup poll:`. */
const MAX_SOURCE_TOKENS = 6;
const MIN_CONTENT_WORDS = 3;

/**
 * `Jaishankar: “Terror and talks cannot go together”` / `Poll: BJP ahead in Bihar`: a paragraph
 * (typically a headline or a transcript line) that opens with a noun phrase and a colon gives that
 * phrase's words; inside a paragraph, a sentence does so only when a quotation follows the colon (ANNOTATION.md §1: a colon introducing a quote counts when a source is clear). The
 * source must be clear: a recognised actor, or a head noun of an unnamed source or a document —
 * so `Update:` or `Watch:` labels and `He then listed the qualities:` (a verb) give nothing.
 * Sentences that already hold an attribution are left alone. One pass over the tokens.
 */
export const colonIntroductions: SourcingPass = {
  name: 'colonIntroductions',
  run(state) {
    recordAll(state, colonIntroductions.name, findColonIntroductions(state));
  },
};

function findColonIntroductions({ doc, res, mentions, found: earlier }: SourcingState): Proposal[] {
  // The first attributed token of each sentence: a cue before the colon owns the sentence; one after
  // it is reported inside what the colon introduces (`Clinton camp: Trump’s rhetoric threatens …`).
  const firstCueOfSentence = new Map<number, number>();
  for (const attribution of earlier) {
    const first = tokenIndexAtOrAfter(doc, attribution.cue.span.start);
    const sentence = doc.tokens[first]?.sentence;
    if (sentence === undefined) continue;
    const known = firstCueOfSentence.get(sentence);
    if (known === undefined || first < known) firstCueOfSentence.set(sentence, first);
  }
  const byStart = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const personEndingAt = new Map<number, ActorMention>();
  for (const mention of byStart)
    if (mention.type === 'person' && !personEndingAt.has(mention.end))
      personEndingAt.set(mention.end, mention);
  const overlapsContent = spanOverlap(
    earlier.flatMap((attribution) => (attribution.content ? [attribution.content] : [])),
  );
  const found: Proposal[] = [];
  let mention = 0;
  let transcript: boolean | undefined;
  for (const sentence of doc.sentences) {
    const colon = colonAfterNounPhrase(doc, sentence);
    if (colon < 0) {
      const named = namedBeforeQuoteColon(
        doc,
        sentence,
        personEndingAt,
        firstCueOfSentence.get(sentence.index),
      );
      const quoteTaken = named && overlapsContent(named.content.start, named.content.end);
      if (named && !quoteTaken) found.push({ ...named, mode: 'direct' });
      continue;
    }
    if (
      (firstCueOfSentence.get(sentence.index) ?? Infinity) < colon ||
      regionAt(doc.quotes, doc.tokens[colon].start) >= 0
    )
      continue;
    // Inside a paragraph only a quotation after the colon shows that words are given (`Bush: “The mission is …”`).
    if (!opensParagraph(doc, sentence) && regionAt(doc.quotes, doc.tokens[colon + 1]?.start ?? -1) < 0)
      continue;
    const source = tokenSpan(doc, sentence.firstToken, colon)!;
    const contentEnd = trimPunctuation(doc, colon + 1, sentence.endToken);
    const content = tokenSpan(doc, colon + 1, contentEnd);
    if (
      !content ||
      tokensWithin(doc, content.start, content.end).filter((token) => token.isWord).length < MIN_CONTENT_WORDS
    )
      continue;
    while (mention < byStart.length && byStart[mention].end <= source.start) mention++;
    const namesActor = mention < byStart.length && byStart[mention].start < source.end;
    const head = headOf(tokensWithin(doc, source.start, source.end).filter((token) => token.isWord));
    const namesSourceNoun =
      head !== undefined && (res.unnamedHeads.has(head.lower) || res.documentHeads.has(head.lower));
    // A bare name (`Graham:`), not a section title (`The Latest:`, `Editor's Note:`).
    const nameTokens = doc.tokens.slice(sentence.firstToken, colon);
    // All-capital names are transcript speakers (`JAKE TAPPER:`); a single letter is a Q/A label.
    const namesSomeone =
      nameTokens[0].pos !== 'DET' &&
      nameTokens.every((token) => token.pos === 'PROPN' || !token.isWord || /^\p{Lu}{2,}$/u.test(token.text));
    const answerLabel =
      nameTokens.length === 1 && nameTokens[0].text === 'A' && (transcript ??= isInterviewTranscript(doc));
    if (!namesActor && !namesSourceNoun && !namesSomeone && !answerLabel) continue;
    const cue = cueHit(doc, 'phrase', colon, colon + 1);
    const quoted = regionAt(doc.quotes, content.start) >= 0 || /^["“'‘]/u.test(content.text);
    found.push({ cue, source, content, mode: quoted ? 'direct' : 'indirect' });
  }
  return found;
}

/** Paragraphs labelled `Q:` and `A:`: an interview transcript, where `A:` opens the interviewee's words (and `A` is no article). */
function isInterviewTranscript(doc: ParsedDocument): boolean {
  return /(?:^|\n)[\t ]*Q:/u.test(doc.analysisText) && /(?:^|\n)[\t ]*A:/u.test(doc.analysisText);
}

/** The sentence starts the text or follows a line break: a headline, a paragraph, a transcript line. */
function opensParagraph(doc: ParsedDocument, sentence: Sentence): boolean {
  if (sentence.firstToken === 0) return true;
  const previous = doc.tokens[sentence.firstToken - 1];
  return doc.analysisText.slice(previous.end, doc.tokens[sentence.firstToken].start).includes('\n');
}

/** Index of a `:` that follows a verbless noun phrase of at most MAX_SOURCE_TOKENS tokens at the sentence start, or -1. */
function colonAfterNounPhrase(doc: ParsedDocument, sentence: Sentence): number {
  const limit = Math.min(sentence.endToken, sentence.firstToken + MAX_SOURCE_TOKENS + 1);
  for (let t = sentence.firstToken; t < limit; t++) {
    const token = doc.tokens[t];
    if (token.text === ':') return t > sentence.firstToken ? t : -1;
    // `Polls were close - Carl Bialik:` — a spaced dash ends the opening phrase (a hyphen inside a name does not).
    if (DIGEST_MARKS.has(token.text) && doc.tokens[t - 1]?.end !== token.start) return -1;
    // `Lynch:` — wink tags some surnames as verbs; a capitalised word right before the colon is a name.
    const nameBeforeColon = isCapitalized(token) && doc.tokens[t + 1]?.text === ':';
    if (!NP_POS.has(token.pos) && !NP_INNER.has(token.lower) && token.text !== '.' && !nameBeforeColon)
      return -1;
  }
  return -1;
}

/**
 * `… doesn’t surprise Republican pollster Daron Shaw: “Historically, …”`: a person named right
 * before a colon that opens a quotation speaks it, wherever the colon stands in the sentence.
 */
function namedBeforeQuoteColon(
  doc: ParsedDocument,
  sentence: Sentence,
  personEndingAt: ReadonlyMap<number, ActorMention>,
  firstCue: number | undefined,
): { cue: CueHit; source: Span; content: Span } | null {
  for (let colon = sentence.firstToken + 1; colon < sentence.endToken - 1; colon++) {
    // `Qureshi: “…”`, and the dash introduction `Foreign Minister Shah Mahmood Qureshi — “…”`.
    if (!isIntroducer(doc.tokens[colon].text) || (firstCue !== undefined && firstCue < colon)) continue;
    const quote = regionAt(doc.quotes, doc.tokens[colon + 1].start);
    // The quotation must open right after the mark, and the mark stand outside any quotation.
    if (
      quote < 0 ||
      doc.quotes[quote].start !== doc.tokens[colon + 1].start ||
      regionAt(doc.quotes, doc.tokens[colon].start) >= 0
    )
      continue;
    const before = doc.tokens[colon - 1];
    const person = personEndingAt.get(before.end);
    // After a dash only a recognised person introduces a quote (`in New Hampshire — “…”` is a place).
    const dash = doc.tokens[colon].text !== ':';
    const source = person
      ? span(doc, person.start, person.end)
      : dash
        ? null
        : fullNameBefore(doc, sentence, colon);
    if (!source) continue;
    const content = quoteContent(doc, doc.quotes[quote]);
    if (!content) continue;
    return { cue: cueHit(doc, 'phrase', colon, colon + 1), source, content };
  }
  return null;
}

/**
 * `pollster Daron Shaw:` — two to four capitalised names after a lower-case word: a person's full name.
 * In a digest of quotations (`… - Carl Bialik: “…”`, `More from Jones: “…”`) one name after a dash or
 * `from` is enough, and names may be coordinated (`Mark Blumenthal and Jon Cohen:`).
 */
function fullNameBefore(doc: ParsedDocument, sentence: Sentence, colon: number): Span | null {
  let first = colon;
  const isName = (token: Token) => token.pos === 'PROPN' && isCapitalized(token);
  while (
    first > sentence.firstToken &&
    colon - first < 7 &&
    (isName(doc.tokens[first - 1]) ||
      (doc.tokens[first - 1].lower === 'and' && isName(doc.tokens[first - 2] ?? doc.tokens[first - 1])))
  )
    first--;
  if (doc.tokens[first]?.lower === 'and') first++;
  const before = doc.tokens[first - 1];
  if (first === colon || !before || before.sentence !== sentence.index) return null;
  const digest = DIGEST_MARKS.has(before.text) || before.lower === 'from';
  if (!digest && (colon - first < 2 || !/^\p{Ll}/u.test(before.text))) return null;
  return tokenSpan(doc, first, colon);
}

const DIGEST_MARKS = new Set(['-', '—', '–']);
/** `:`, `—` or `–`: asked of every token, so settled by its length and code rather than a set lookup. */
function isIntroducer(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code === 0x3a || code === 0x2014 || code === 0x2013;
}
