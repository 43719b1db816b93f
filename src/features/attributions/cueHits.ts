import { findPhrases, type PhraseMatch } from '../../match/phraseMatcher';
import { wordClass } from '../../match/wordClasses';
import { regionAt } from '../../parse/quotes';
import { phrasePieces } from '../../parse/pieces';
import type { ParsedDocument } from '../../parse/types';
import type { RejectedCue, Span } from '../../types';

export type { RejectedCue };
import type { CueKind, SourcingResources } from './resources';
import { headOf, isNounTaggedVerb, nounPhraseStart, withModifiers } from './syntax/nounPhrases';
import { span } from './syntax/spans';
import { isGerund, isTitleCase, next, prev } from './syntax/tokenShape';
import { syntaxWords } from './syntax/words';
import {
  BE_FORMS,
  MODALS,
  NEGATIONS,
  POSSESSIVE_DETERMINERS_NOT_HER,
  POSSESSIVE_MARKS,
  SUBJECT_PRONOUNS_AND_WHO,
} from '../../lexicons/english';

export interface CueHit {
  kind: CueKind;
  first: number;
  /** Exclusive token end. */
  end: number;
  span: Span;
}

/** A cue's words as the lexicon's phrase lists are keyed (`clauseCues`, `quoteOnlyCues`). */
export function cueKey(cue: CueHit): string {
  return phrasePieces(cue.span.text).join(' ');
}

/** `BE_FORMS` for rules that ask at every token. */
export const BE_WORDS = wordClass(BE_FORMS);

/** The one constructor of cue hits: tokens `[first, end)` of the document as a cue of `kind`. */
export function cueHit(doc: ParsedDocument, kind: CueKind, first: number, end: number): CueHit {
  return { kind, first, end, span: span(doc, doc.tokens[first].start, doc.tokens[end - 1].end) };
}

/** Token ranges (inclusive) of phrase matches: anonymity markers, idioms. */
export interface TokenRange {
  first: number;
  last: number;
}

/**
 * The lexicon's cue phrases found in the document, in text order, without those a rule turns down:
 * a veto of `CUE_VETOES`, a cue inside quotation marks (the source's own words), or a cue form
 * inside an anonymity marker or an idiom (`silent`: `who requested anonymity`, `That said,`).
 */
export function findCueHits(
  doc: ParsedDocument,
  res: SourcingResources,
  silent: ReadonlySet<number>,
): { hits: CueHit[]; rejected: RejectedCue[] } {
  const hits: CueHit[] = [];
  const rejected: RejectedCue[] = [];
  for (const match of findPhrases(res.cues, doc)) {
    const hit = toCueHit(doc, match);
    const rule = rejectingRule(doc, hit, res, silent);
    if (rule === null) hits.push(hit);
    else rejected.push({ cue: hit.span, rule });
  }
  return { hits, rejected };
}

function toCueHit(doc: ParsedDocument, match: PhraseMatch<CueKind>): CueHit {
  return cueHit(
    doc,
    match.value,
    doc.pieces[match.firstPiece].token,
    doc.pieces[match.endPiece - 1].token + 1,
  );
}

function rejectingRule(
  doc: ParsedDocument,
  hit: CueHit,
  res: SourcingResources,
  silent: ReadonlySet<number>,
): string | null {
  if (hit.kind === 'verb') {
    for (const name of VETO_NAMES) if (CUE_VETOES[name](doc, hit, res)) return name;
  }
  if (regionAt(doc.quotes, hit.span.start) >= 0) return 'insideQuote';
  if (silent.has(hit.first)) return 'idiomOrAnonymityMarker';
  return null;
}

type Veto = (doc: ParsedDocument, hit: CueHit, res: SourcingResources) => boolean;

/**
 * Why a reporting verb's form does not report here, by name, asked in this order. A verb cue must be
 * used as a verb, not passive (`is said to` is a hedge; the progressive `is saying` is active), not
 * `so-called`. A verb form wink tagged as a noun still counts between a subject and what it reports
 * (`records show.`, `Clinton Slams Trump`).
 */
export const CUE_VETOES: Readonly<Record<string, Veto>> = {
  notUsedAsVerb: (doc, hit, res) =>
    doc.tokens[hit.first].pos !== 'VERB' &&
    !isMisTaggedVerb(doc, hit.first) &&
    !isEvidenceAfterDocument(doc, hit.first, res),
  insideName: (doc, hit) => isInsideName(doc, hit.first),
  // `so-called`
  afterHyphen: (doc, hit) => {
    const previous = doc.tokens[hit.first - 1];
    return previous !== undefined && previous.text === '-' && previous.end === doc.tokens[hit.first].start;
  },
  passive: (doc, hit) => !isGerund(doc.tokens[hit.first]) && isPassive(doc, hit.first),
  nounAfterArticle: (doc, hit) => prev(doc, hit.first) !== undefined && isNounTaggedVerb(doc, hit.first),
  // `Warren's comment about …`, `his call for …`: a cue form right after a possessive is a noun.
  nounAfterPossessive: (doc, hit) => {
    const previous = prev(doc, hit.first);
    if (previous === undefined) return false;
    return (
      (POSSESSIVE_MARKS.has(previous.text) && previous.pos === 'PART') ||
      POSSESSIVE_DETERMINERS_NOT_HER.has(previous.lower)
    );
  },
  // `adding to her run of victories`: `add to` increases, it does not report.
  addTo: (doc, hit) => doc.tokens[hit.first].lower.startsWith('add') && doc.tokens[hit.end]?.lower === 'to',
  // `Read more:`, `Continue reading`: an imperative at the head of a sentence has no source.
  imperativeHeading: (doc, hit, res) =>
    res.quoteOnlyCues.has(cueKey(hit)) &&
    hit.first === doc.sentences[doc.tokens[hit.first].sentence].firstToken,
  attributiveParticiple: (doc, hit) => isAttributiveParticiple(doc, hit.first),
  dateline: (doc, hit) => isDateline(doc, hit),
  nonResponse: (doc, hit, res) => isNonResponse(doc, hit, res),
};

const VETO_NAMES = Object.keys(CUE_VETOES);

/** `is said to`, `were possibly revised and indeed disputed`: a form of *be*, then adverbs and coordinated participles. */
function isPassive(doc: ParsedDocument, t: number): boolean {
  const sentence = doc.tokens[t].sentence;
  for (let k = t - 1; k >= 0 && doc.tokens[k].sentence === sentence; k--) {
    const token = doc.tokens[k];
    if (BE_FORMS.has(token.lower)) return true;
    const coordinatedParticiple = token.lower === 'and' && /ed$/u.test(doc.tokens[k - 1]?.lower ?? '');
    if (
      token.pos !== 'ADV' &&
      !coordinatedParticiple &&
      !(/ed$/u.test(token.lower) && doc.tokens[k + 1]?.lower === 'and')
    )
      return false;
  }
  return false;
}

const DETERMINERS_BEFORE_ADJECTIVE = new Set(['DET', 'NUM', 'ADJ']);

/** `270 pledged delegates`, `Trump’s reported net worth`, `the alleged plot`: a participle between a determiner and its noun describes the noun. */
function isAttributiveParticiple(doc: ParsedDocument, t: number): boolean {
  const previous = prev(doc, t);
  const following = next(doc, t);
  if (!/ed$/u.test(doc.tokens[t].lower) || !previous || !following) return false;
  const determiner = DETERMINERS_BEFORE_ADJECTIVE.has(previous.pos) || POSSESSIVE_MARKS.has(previous.text);
  return determiner && following.pos === 'NOUN' && !SUBJECT_PRONOUNS_AND_WHO.has(previous.lower);
}

/** `Lerer reported from Los Angeles.`: the line that says where a reporter worked. */
function isDateline(doc: ParsedDocument, hit: CueHit): boolean {
  if (!doc.tokens[hit.first].lower.startsWith('report') || doc.tokens[hit.end]?.lower !== 'from')
    return false;
  const sentence = doc.sentences[doc.tokens[hit.first].sentence];
  const rest = doc.tokens.slice(hit.end + 1, sentence.endToken).filter((token) => token.isWord);
  return (
    rest.length > 0 &&
    rest.length <= 6 &&
    rest.every((token) => token.pos === 'PROPN' || /^\p{Lu}/u.test(token.text) || token.lower === 'and')
  );
}

/**
 * `did not respond to a request for comment`, `declined to comment`: a source that did not speak gives
 * no attribution; `responded by blocking his access` is an action. Either may still introduce words
 * (`did not respond, saying only: “…”` keeps its `saying`).
 */
function isNonResponse(doc: ParsedDocument, hit: CueHit, res: SourcingResources): boolean {
  const lemma = doc.tokens[hit.first].lower;
  if (!/^(respond|comment)/u.test(lemma)) return false;
  const next = doc.tokens[hit.end];
  const afterBy = doc.tokens[hit.end + 1]?.lower ?? '';
  // `responded by saying that …` reports; `responded by blocking …` acts.
  if (next?.lower === 'by' && /ing$/u.test(afterBy)) return !res.verbFormSet.has(afterBy);
  const sentence = doc.tokens[hit.first].sentence;
  const saysWhat = next?.lower === 'that' || next?.text === ':';
  for (let t = hit.first - 1; t >= 0 && t >= hit.first - 3 && doc.tokens[t].sentence === sentence; t--) {
    const token = doc.tokens[t];
    if (NEGATIONS.has(token.lower) || token.lower === 'declined' || token.lower === 'refused')
      return !saysWhat;
    // `India would respond firmly`: a response to come is an act announced, not words reported.
    if (MODALS.has(token.lower)) return !saysWhat;
    if (!SKIPPABLE_BEFORE_NEGATION.has(token.pos)) break;
  }
  return false;
}

const SKIPPABLE_BEFORE_NEGATION = new Set(['ADV', 'AUX', 'PART']);

/** `Conway notes.`, `records show it has …`, `Hillary Clinton Slams Donald Trump`: a noun or name right before, a clause or the sentence end right after. */
function isMisTaggedVerb(doc: ParsedDocument, t: number): boolean {
  const token = doc.tokens[t];
  const previous = doc.tokens[t - 1];
  const next = doc.tokens[t + 1];
  if ((token.pos !== 'NOUN' && token.pos !== 'PROPN') || !previous || previous.sentence !== token.sentence)
    return false;
  // `Six in 10 say`, `64 percent call him`, `42% say`: a share of people is a subject.
  const share =
    previous.pos === 'NUM' || previous.text === '%' || syntaxWords().shareWords.has(previous.lower);
  const pluralNoun = previous.pos === 'NOUN' && /[^s]s$/u.test(previous.lower);
  const subjectBefore =
    previous.pos === 'PROPN' ||
    (previous.pos === 'NOUN' && !POSSESSIVE_MARKS.has(previous.text)) ||
    SUBJECT_PRONOUNS_AND_WHO.has(previous.lower);
  // A share is a subject only when a clause follows (`one million tweets.` is a count).
  if (share && !subjectBefore)
    return (
      next !== undefined &&
      next.sentence === token.sentence &&
      (['PRON', 'DET', 'PROPN', 'NUM'].includes(next.pos) || next.lower === 'that')
    );
  if (!subjectBefore || doc.tokens[t - 2]?.text === "'s" || doc.tokens[t - 2]?.text === '’s') return false;
  // Title-case headlines: a name follows (`Slams Donald Trump`); `told Daily Express.` is a name.
  if (isTitleCase(token))
    return (
      next !== undefined &&
      next.sentence === token.sentence &&
      (next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'DET')
    );
  // `Conway notes.`, `records show.` — but `retirement plans.`, `his real estate projects.` are compounds of a singular noun.
  const singularNoun = previous.pos === 'NOUN' && !/s$/u.test(previous.lower);
  if (!next || next.sentence !== token.sentence || next.text === '.') return !singularNoun;
  if (next.text === ',' || next.lower === 'that') return true;
  if (previous.pos === 'PRON') return false;
  // `polling in Florida shows Rubio …`; `voters say they …`, `64 percent call him …`.
  return ['PROPN', 'DET', 'NUM'].includes(next.pos) || (next.pos === 'PRON' && (share || pluralNoun));
}

/**
 * `FEC records from the 2008 cycle show he backed …`, `Early polls show voters …`: an evidence verb that
 * wink tags as a noun, after a noun phrase headed by a document (`records`, `polls`), before more words.
 */
function isEvidenceAfterDocument(doc: ParsedDocument, t: number, res: SourcingResources): boolean {
  const token = doc.tokens[t];
  const next = doc.tokens[t + 1];
  if (
    !syntaxWords().evidenceVerbForms.has(token.lower) ||
    (token.pos !== 'NOUN' && token.pos !== 'PROPN') ||
    !next ||
    next.sentence !== token.sentence ||
    next.pos === 'PUNCT' ||
    next.lower === 'of'
  )
    return false;
  const previous = doc.tokens[t - 1];
  if (
    !previous ||
    previous.sentence !== token.sentence ||
    (previous.pos !== 'NOUN' && previous.pos !== 'PROPN')
  )
    return false;
  const start = withModifiers(doc, nounPhraseStart(doc, t, token.sentence), token.sentence);
  const head = headOf(doc.tokens.slice(start, t));
  return head !== undefined && res.documentHeads.has(head.lower);
}

/**
 * `told Daily Express.`, `spokeswoman Hope Hicks`: a capitalised verb form inside a name. In a title-case
 * headline (`Clinton Slams Trump`) the form is a verb.
 */
function isInsideName(doc: ParsedDocument, t: number): boolean {
  const token = doc.tokens[t];
  const previous = doc.tokens[t - 1];
  const next = doc.tokens[t + 1];
  if (!isTitleCase(token) || !previous || previous.sentence !== token.sentence) return false;
  const nameFollows = next !== undefined && next.sentence === token.sentence && next.pos === 'PROPN';
  // `spokesman Hope Hicks`: a capitalised form between a lower-case word and a name starts the name.
  if (!isTitleCase(previous)) return nameFollows && /^\p{Ll}/u.test(previous.text);
  return !(
    nameFollows ||
    (next && next.sentence === token.sentence && (next.pos === 'PRON' || next.pos === 'DET'))
  );
}
