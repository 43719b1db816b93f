import { buildAnalysisText } from './analysisText';
import { findFurniture } from './furniture';
import { findQuoteRegions } from './quotes';
import { findPieces } from './pieces';
import type { ParsedDocument, Sentence, Token } from './types';
import { TITLE_ABBREVIATIONS } from '../lexicons/english';
import { createIsolatedWink } from './wink';
import type { Wink, WinkDoc } from './wink';

/**
 * Only the annotations the features read: tokens (always on) and POS tags with lemmas. wink's
 * default pipe also runs sentence boundaries, negation, sentiment and named entities, which nothing
 * here reads (sentences are split below) and which cost more than half of `readDoc`; wink's POS
 * tagger reads only the tokens, so its tags and lemmas are the same without them.
 */
const PIPE = ['pos'];

// Loading the model takes ~100 ms; one instance serves every document in the process, each
// document read as if it were the first (see wink.ts).
let wink: ReturnType<typeof createIsolatedWink> | null = null;
function getWink(): ReturnType<typeof createIsolatedWink> {
  return (wink ??= createIsolatedWink(PIPE));
}

const WORD_TYPES = new Set(['word', 'number', 'email', 'hashtag', 'mention', 'url']);

/** Parses a document once: furniture mask, tokens with offsets, sentences, POS, quotes, pieces. */
export function parseDocument(text: string): ParsedDocument {
  const furniture = findFurniture(text);
  const analysisText = buildAnalysisText(text, furniture);
  const tokens = tokenize(text, analysisText);
  const sentences = splitSentences(analysisText, tokens);
  return {
    text,
    analysisText,
    furniture,
    tokens,
    sentences,
    quotes: findQuoteRegions(analysisText),
    pieces: findPieces(analysisText, tokens),
  };
}

function tokenize(text: string, analysisText: string): Token[] {
  const wink = getWink();
  const its = wink.nlp.its;
  const doc = wink.readDoc(analysisText);
  const winkTokens = wink.tokensOf(doc);
  const lemmas = new LemmaSource(doc, its, winkTokens.length);
  const tokens: Token[] = [];
  // Without furniture or wrapped lines the analysis text is the text itself.
  const unmasked = text === analysisText;
  let cursor = 0;
  for (let i = 0; i < winkTokens.length; i++) {
    cursor += winkTokens.precedingSpaces(i);
    const value = winkTokens.value(i);
    let start = analysisText.startsWith(value, cursor) ? cursor : analysisText.indexOf(value, cursor);
    const found = start >= 0;
    if (!found) start = cursor; // wink normalised the token; keep the running offset
    const end = Math.min(analysisText.length, start + value.length);
    cursor = end;
    const pos = winkTokens.pos(i);
    if (pos === 'SPACE' || isBlank(value)) continue;
    // The verbatim text is wink's value (a string wink already holds) unless the mask changed it.
    const verbatim = (unmasked ? found : text.startsWith(value, start)) ? value : text.slice(start, end);
    lemmas.winkIndex[tokens.length] = i;
    tokens.push(
      new ParsedToken(
        tokens.length,
        start,
        end,
        verbatim,
        lowerCase(value),
        pos,
        WORD_TYPES.has(winkTokens.type(i)),
        lemmas,
      ),
    );
  }
  return tokens;
}

type WinkIts = Wink['its'];

/**
 * A document's lemmas, read from wink when a feature first asks for one. Features read the lemma of
 * a few verbs and nouns per sentence, and lemmatising every token cost as much as a tenth of wink's
 * parse. wink's lemma depends only on the token and its POS tag (words met in later documents never
 * count as base forms), so a lemma read late is the one an eager read would have given.
 */
class LemmaSource {
  /** wink's index of each of our tokens (ours skip wink's whitespace tokens). */
  readonly winkIndex: Int32Array;
  private readonly lemmas: (string | undefined)[] = [];

  constructor(
    private readonly doc: WinkDoc,
    private readonly its: WinkIts,
    winkTokens: number,
  ) {
    this.winkIndex = new Int32Array(winkTokens);
  }

  lemmaOf(token: number): string {
    let lemma = this.lemmas[token];
    if (lemma === undefined) {
      // wink types `its.lemma` with a model add-on signature; at run time it is an ordinary token property.
      const its = this.its.lemma as unknown as WinkIts['value'];
      lemma = (this.doc.tokens().itemAt(this.winkIndex[token]).out(its) as string).toLowerCase();
      this.lemmas[token] = lemma;
    }
    return lemma;
  }
}

/** Where a token finds its document's lemmas: a symbol, so it stays out of `JSON.stringify` and `Object.keys`. */
const LEMMAS: unique symbol = Symbol('lemmas');

/** A `Token` whose lemma is computed on first read (see `LemmaSource`). */
class ParsedToken implements Token {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  isWord: boolean;
  sentence: number;
  readonly [LEMMAS]: LemmaSource;

  constructor(
    index: number,
    start: number,
    end: number,
    text: string,
    lower: string,
    pos: string,
    isWord: boolean,
    lemmas: LemmaSource,
  ) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = lower;
    this.pos = pos;
    this.isWord = isWord;
    this.sentence = -1;
    this[LEMMAS] = lemmas;
  }

  get lemma(): string {
    return this[LEMMAS].lemmaOf(this.index);
  }

  /** The token as the plain object it stands for, lemma included, in `Token`'s field order. */
  toJSON(): Token {
    const { index, start, end, text, lower, lemma, pos, isWord, sentence } = this;
    return { index, start, end, text, lower, lemma, pos, isWord, sentence };
  }
}

/**
 * `value.toLowerCase()`, without a new string when the value has no upper-case letter: most tokens
 * are lower-case ASCII already, and a call into the engine's case mapping per token showed in the profile.
 */
function lowerCase(value: string): string {
  for (let k = 0; k < value.length; k++) {
    const code = value.charCodeAt(k);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return value.toLowerCase();
  }
  return value;
}

/**
 * `value.trim() === ''`, settled by the first character that is not white space: nearly every
 * token's first character is an ASCII letter or mark, so no builtin call per token. `\s` is exactly
 * what `trim` removes (white space and line terminators).
 */
function isBlank(value: string): boolean {
  for (let k = 0; k < value.length; k++) {
    const code = value.charCodeAt(k);
    const white = code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : /\s/.test(value[k]);
    if (!white) return false;
  }
  return true;
}

/**
 * Sentences end at terminal punctuation followed by a capital, a number or an opening mark, and at
 * paragraph breaks (the line breaks left in the analysis text), so a headline without a full stop
 * does not run into the first paragraph. wink keeps abbreviations (`Mr.`, `U.S.`) as one token, so
 * a lone `.` token is a real full stop. Closing quotes and brackets stay with their sentence. A run
 * of `MAX_SENTENCE_TOKENS` tokens with no sentence end is cut (see `boundedSentenceEnd`).
 */
function splitSentences(analysisText: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const index = sentences.length;
    for (let t = first; t < endToken; t++) tokens[t].sentence = index;
    sentences.push({
      index,
      start: tokens[first].start,
      end: tokens[endToken - 1].end,
      firstToken: first,
      endToken,
    });
    first = endToken;
  };
  for (let t = 0; t < tokens.length; t++) {
    if (t > first && lineBreakBetween(analysisText, tokens[t - 1].end, tokens[t].start)) close(t);
    if (t - first >= MAX_SENTENCE_TOKENS) close(boundedSentenceEnd(tokens, first, t));
    if (endsSentence(tokens, t)) close(t + 1);
  }
  close(tokens.length);
  return sentences;
}

/**
 * The most tokens a sentence holds for analysis. Every rule looks within its sentence (and a few
 * sentences around it), and an attribution's content runs at most to its sentence's end, so this
 * bound makes work and output linear in the text however it is punctuated: a transcript or an OCR
 * dump with no full stop would otherwise be one sentence, and every cue in it would report the rest
 * of the text as its content (issue #19). Edited prose stays far below it: the longest sentence in
 * PolNeAR's 840 articles (a list of 60 names) has 222 tokens, the 99.9th percentile 82.
 */
export const MAX_SENTENCE_TOKENS = 300;
/** A sentence cut by the bound ends after a clause mark at least this many tokens in, when it has one. */
export const MIN_CUT_SENTENCE_TOKENS = 150;
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–']);

/**
 * Where to end a sentence that has reached `MAX_SENTENCE_TOKENS` with no terminal mark: after its
 * last clause mark at least `MIN_CUT_SENTENCE_TOKENS` tokens in, else at the bound itself (token
 * `limit`). The scan is over at most half the bound, and each cut moves the sentence start by at
 * least as much, so splitting stays linear.
 */
function boundedSentenceEnd(tokens: Token[], first: number, limit: number): number {
  for (let t = limit - 1; t >= first + MIN_CUT_SENTENCE_TOKENS; t--) {
    if (CLAUSE_MARKS.has(tokens[t].text)) return t + 1;
  }
  return limit;
}

/** Whether `text[start, end)` holds a line break; the gap between two tokens is short, so it is read in place. */
function lineBreakBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

const TERMINAL = /^[.!?…]+$/u;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** `TERMINAL.test(text)`, with words (nearly every token) turned away by their first character. */
function isTerminal(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) && TERMINAL.test(text);
}

function endsSentence(tokens: Token[], t: number): boolean {
  const token = tokens[t];
  const next = tokens[t + 1];
  if (!next) return false;
  const previous = tokens[t - 1];
  if (isTerminal(token.text)) {
    return (
      !CLOSERS.has(next.text) &&
      startsSentence(next) &&
      !isInsideInitials(previous, token, next) &&
      !isAfterTitle(previous, token)
    );
  }
  // The cheap test first: most tokens follow no terminal mark.
  return (
    previous !== undefined && isTerminal(previous.text) && CLOSERS.has(token.text) && startsSentence(next)
  );
}

/** `(D-N.Y.)`, `R.I.`: wink splits some initials into letter + `.`; a full stop touching a letter and the next token ends no sentence. */
function isInsideInitials(previous: Token | undefined, stop: Token, next: Token): boolean {
  return (
    previous !== undefined &&
    previous.end === stop.start &&
    stop.end === next.start &&
    previous.end - previous.start === 1 &&
    /^\p{L}$/u.test(previous.text)
  );
}

/** `Maj. Gen. Asif Lone`: a full stop touching an abbreviated title ends no sentence. */
function isAfterTitle(previous: Token | undefined, stop: Token): boolean {
  return (
    previous !== undefined &&
    stop.text === '.' &&
    previous.end === stop.start &&
    TITLE_ABBREVIATIONS.has(previous.text.toLowerCase())
  );
}

/** A lower-case word does not start a sentence, nor does a comma or semicolon (`Mitch McConnell, R-Ky., said`). */
function startsSentence(next: Token): boolean {
  return !/^[\p{Ll},;]/u.test(next.text);
}
