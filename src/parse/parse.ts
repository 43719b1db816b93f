import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildAnalysisText } from './analysisText';
import { findFurniture } from './furniture';
import { findQuoteRegions } from './quotes';
import { findPieces } from './pieces';
import type { ParsedDocument, Sentence, Token } from './types';

/**
 * Only the annotations the features read: tokens (always on) and POS tags with lemmas. wink's
 * default pipe also runs sentence boundaries, negation, sentiment and named entities, which nothing
 * here reads (sentences are split below) and which cost more than half of `readDoc`; wink's POS
 * tagger reads only the tokens, so its tags and lemmas are the same without them.
 */
const PIPE = ['pos'];

// Loading the model takes ~100 ms; one instance serves every document in the process.
let nlp: ReturnType<typeof winkNLP> | null = null;
function getNlp(): ReturnType<typeof winkNLP> {
  return (nlp ??= winkNLP(model, PIPE));
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
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(analysisText);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const lemmas = new LemmaSource(doc, its);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i].length;
    const value = values[i];
    let start = analysisText.startsWith(value, cursor) ? cursor : analysisText.indexOf(value, cursor);
    if (start < 0) start = cursor; // wink normalised the token; keep the running offset
    const end = Math.min(analysisText.length, start + value.length);
    cursor = end;
    if (pos[i] === 'SPACE' || value.trim() === '') continue;
    tokens.push(new ParsedToken(tokens.length, start, end, text.slice(start, end), lowerCase(value), pos[i], WORD_TYPES.has(types[i]), lemmas, i));
  }
  return tokens;
}

type WinkDoc = ReturnType<ReturnType<typeof winkNLP>['readDoc']>;
type WinkIts = ReturnType<typeof winkNLP>['its'];

/**
 * A document's lemmas, read from wink when a feature first asks for one. Features read the lemma of
 * a few verbs and nouns per sentence, and lemmatising every token cost as much as a tenth of wink's
 * parse. wink's lemma depends only on the token and its POS tag (words met in later documents never
 * count as base forms), so a lemma read late is the one an eager read would have given.
 */
class LemmaSource {
  constructor(
    private readonly doc: WinkDoc,
    private readonly its: WinkIts,
  ) {}

  lemmaAt(winkIndex: number): string {
    // wink types `its.lemma` with a model add-on signature; at run time it is an ordinary token property.
    const lemma = this.doc.tokens().itemAt(winkIndex).out(this.its.lemma as unknown as WinkIts['value']) as string;
    return lemma.toLowerCase();
  }
}

/** A `Token` whose lemma is computed on first read (see `LemmaSource`). */
class ParsedToken implements Token {
  sentence = -1;
  #lemma: string | null = null;
  readonly #lemmas: LemmaSource;
  readonly #winkIndex: number;

  constructor(
    public index: number,
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public pos: string,
    public isWord: boolean,
    lemmas: LemmaSource,
    winkIndex: number,
  ) {
    this.#lemmas = lemmas;
    this.#winkIndex = winkIndex;
  }

  get lemma(): string {
    return (this.#lemma ??= this.#lemmas.lemmaAt(this.#winkIndex));
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
 * Sentences end at terminal punctuation followed by a capital, a number or an opening mark, and at
 * paragraph breaks (the line breaks left in the analysis text), so a headline without a full stop
 * does not run into the first paragraph. wink keeps abbreviations (`Mr.`, `U.S.`) as one token, so
 * a lone `.` token is a real full stop. Closing quotes and brackets stay with their sentence.
 */
function splitSentences(analysisText: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const index = sentences.length;
    for (let t = first; t < endToken; t++) tokens[t].sentence = index;
    sentences.push({ index, start: tokens[first].start, end: tokens[endToken - 1].end, firstToken: first, endToken });
    first = endToken;
  };
  for (let t = 0; t < tokens.length; t++) {
    if (t > first && lineBreakBetween(analysisText, tokens[t - 1].end, tokens[t].start)) close(t);
    if (endsSentence(tokens, t)) close(t + 1);
  }
  close(tokens.length);
  return sentences;
}

function lineBreakBetween(text: string, start: number, end: number): boolean {
  const at = text.indexOf('\n', start);
  return at >= 0 && at < end;
}

const TERMINAL = /^[.!?…]+$/u;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

function endsSentence(tokens: Token[], t: number): boolean {
  const token = tokens[t];
  const next = tokens[t + 1];
  if (!next) return false;
  if (TERMINAL.test(token.text)) return !CLOSERS.has(next.text) && startsSentence(next);
  const previous = tokens[t - 1];
  return CLOSERS.has(token.text) && previous !== undefined && TERMINAL.test(previous.text) && startsSentence(next);
}

function startsSentence(next: Token): boolean {
  return !/^\p{Ll}/u.test(next.text);
}
