import { compilePhrases, findPhrases, type PhraseMatch, type PhraseMatcher } from '../match/phraseMatcher';
import type { CueContext, CueEntry, CueLexiconFile } from '../lexicons/types';
import type { ParsedDocument, Token } from '../parse/types';
import type { Cue } from '../types';
import {
  BE_FORMS_AND_CLITIC,
  COMPLEMENT_OPENERS,
  MODALS_AND_CONTRACTIONS,
  NEGATIVE_WORDS,
  PAST_AUXILIARIES,
} from '../lexicons/english';
import { hedgingContextWords } from './hedgingWords';
import { isInQuote } from './quoteContext';

interface CompiledCue {
  id: string;
  entry: CueEntry;
}

export type CueMatcher = PhraseMatcher<CompiledCue>;

export function compileCueLexicon(lexicon: CueLexiconFile, extra: CueLexiconFile[] = []): CueMatcher {
  const byId = new Map<string, CompiledCue>();
  for (const file of [lexicon, ...extra])
    for (const entry of file.entries) byId.set(entry.id, { id: `${file.name}/${entry.id}`, entry });
  return compilePhrases(
    [...byId.values()].flatMap((item) =>
      [item.entry.term, ...(item.entry.variants ?? [])].map((phrase) => ({
        phrase,
        caseSensitive: item.entry.caseSensitive,
        value: item,
      })),
    ),
  );
}

/** Hedges or boosters (depending on the lexicon), kept only where their context rule holds. */
export function findCues(doc: ParsedDocument, matcher: CueMatcher): Cue[] {
  return findPhrases(matcher, doc)
    .filter((match) => contextHolds(doc, match, match.value.entry.context))
    .map((match) => {
      const [start, end] = cueSpan(doc, match);
      return {
        start,
        end,
        text: doc.text.slice(start, end),
        entry: match.value.id,
        inQuote: isInQuote(doc, start),
      };
    });
}

/**
 * The span is the cue as ANNOTATION.md §4 names it, which is not always the phrase that was matched:
 * - a passive report is the whole construction, *is said to* / *are widely believed to*, though the
 *   entry is the participle (the auxiliary and *to* are what make it a report);
 * - a verb entry written with its complement word (`appear to`, `suggest that`, `confirmed that`) is
 *   the verb: the *to* / *that* only restricts the sense. Phrase entries (`it is clear that`) stay whole.
 */
function cueSpan(doc: ParsedDocument, match: PhraseMatch<CompiledCue>): [number, number] {
  const first = doc.tokens[doc.pieces[match.firstPiece].token];
  const last = doc.tokens[doc.pieces[match.endPiece - 1].token];
  const { entry } = match.value;
  if (entry.context === 'passive-report') {
    const be = passiveAuxiliary(doc, first);
    const to = last.lower === 'to' ? last : tokenAt(doc, last.index + 1, last.sentence);
    return [be ? be.start : match.start, to && to.lower === 'to' ? to.end : match.end];
  }
  if (entry.type === 'verb' && last.index > first.index && COMPLEMENT_OPENERS.has(last.lower)) {
    return [match.start, doc.tokens[last.index - 1].end];
  }
  return [match.start, match.end];
}

type Rule = (doc: ParsedDocument, first: Token, last: Token) => boolean;

/** A day of the month (`5`, `5th`) or a year: beside *May*, it makes *May* the month. */
const DAY_OR_YEAR = /^(\d{1,2}(st|nd|rd|th)?|\d{4})$/;
/** How far before *ever* the negation and the modal may stand. */
const NEGATED_MODAL_WINDOW = 4;

const RULES: Record<CueContext, Rule> = {
  always: () => true,
  'epistemic-modal': (doc, first) => isModalUse(doc, first) && !isPastAbility(doc, first),
  quantity: (doc, _first, last) => beforeQuantity(doc, last),
  'epistemic-must': (doc, first) => isEpistemicMust(doc, first),
  evidence: (doc, first, last) => isEvidenceClaim(doc, first, last),
  certainty: (doc, first) => isCertainty(doc, first),
  'passive-report': (doc, first, last) => isPassiveReport(doc, first, last),
  'epistemic-adjective': (doc, first) => !isAvailabilitySense(doc, first),
  'negated-modal': (doc, first) => isNegatedModal(doc, first),
};

function contextHolds(doc: ParsedDocument, match: PhraseMatch<CompiledCue>, context: CueContext): boolean {
  const first = doc.tokens[doc.pieces[match.firstPiece].token];
  const last = doc.tokens[doc.pieces[match.endPiece - 1].token];
  return RULES[context](doc, first, last);
}

function tokenAt(doc: ParsedDocument, index: number, sentence: number): Token | null {
  const token = doc.tokens[index];
  return token && token.sentence === sentence ? token : null;
}

/** The next word in the sentence after `token`, skipping adverbs and negation. */
function nextContentWord(doc: ParsedDocument, token: Token): Token | null {
  for (let i = token.index + 1; i < token.index + 5; i++) {
    const next = tokenAt(doc, i, token.sentence);
    if (!next) return null;
    if (next.pos === 'ADV' || next.pos === 'PART' || next.lower === 'not' || next.lower === "n't") continue;
    return next;
  }
  return null;
}

/** *may/might/could* as a modal before a verb; *May* the month is a noun before a date or after *in*. */
function isModalUse(doc: ParsedDocument, token: Token): boolean {
  if (token.text === 'May') {
    const next = tokenAt(doc, token.index + 1, token.sentence);
    const previous = tokenAt(doc, token.index - 1, token.sentence);
    if ((next && isMonthContext(next)) || (previous && isMonthContext(previous))) return false;
    if (token.pos === 'PROPN' || token.pos === 'NOUN') return false;
  }
  const next = nextContentWord(doc, token);
  return (
    next !== null &&
    (next.pos === 'VERB' || next.pos === 'AUX' || next.lower === 'be' || next.lower === 'have')
  );
}

/** A word beside *May* that makes it the month: `in May`, `May 5`, `last May`, `May 2019`. */
function isMonthContext(token: Token): boolean {
  return DAY_OR_YEAR.test(token.lower) || hedgingContextWords().monthContextWords.has(token.lower);
}

/** *could* of past ability: a perception or achievement verb in a past-time sentence, or *could not*. */
function isPastAbility(doc: ParsedDocument, token: Token): boolean {
  if (token.lower !== 'could') return false;
  const next = nextContentWord(doc, token);
  const sentence = doc.sentences[token.sentence];
  const sentenceText = doc.analysisText.slice(sentence.start, sentence.end);
  const negated = ['not', "n't"].includes(doc.tokens[token.index + 1]?.lower ?? '');
  const { abilityVerbs, pastTime } = hedgingContextWords();
  if (next && abilityVerbs.has(next.lemma) && (negated || pastTime.test(sentenceText))) return true;
  // `could not attend` reports what did not happen; `could not be ruled out` is still possibility.
  return negated && next !== null && next.pos === 'VERB' && next.lower !== 'be' && next.lower !== 'have';
}

function beforeQuantity(doc: ParsedDocument, last: Token): boolean {
  const next = tokenAt(doc, last.index + 1, last.sentence);
  if (!next) return false;
  const { quantityWords, units } = hedgingContextWords();
  if (next.pos === 'NUM' || /^\d/.test(next.text) || quantityWords.has(next.lower)) return true;
  if (next.lower === 'a' || next.lower === 'an') {
    const unit = tokenAt(doc, last.index + 2, last.sentence);
    return unit !== null && units.has(unit.lemma);
  }
  return false;
}

/** Epistemic *must*: `must be` + adjective/noun phrase, `must have` + participle. `must be held` is obligation. */
function isEpistemicMust(doc: ParsedDocument, token: Token): boolean {
  const next = tokenAt(doc, token.index + 1, token.sentence);
  const after = tokenAt(doc, token.index + 2, token.sentence);
  if (!next || !after) return false;
  if (next.lower === 'have')
    return after.lower === 'been' || (after.pos === 'VERB' && after.lower !== after.lemma);
  if (next.lower === 'be')
    return after.pos === 'ADJ' || after.pos === 'DET' || after.pos === 'NOUN' || after.lower === 'a';
  return false;
}

function isEvidenceClaim(doc: ParsedDocument, first: Token, last: Token): boolean {
  // An entry written with its clause (`confirmed that`) is an evidence claim by its wording.
  if (last.index > first.index && last.lower === 'that') return true;
  const next = tokenAt(doc, last.index + 1, last.sentence);
  if (next && (next.lower === 'that' || next.lower === 'how')) return true;
  const { evidenceSubjects } = hedgingContextWords();
  for (let i = first.index - 1; i >= first.index - 4; i--) {
    const previous = tokenAt(doc, i, first.sentence);
    if (!previous) break;
    if (evidenceSubjects.has(previous.lower)) return true;
    if (previous.pos !== 'AUX' && previous.pos !== 'ADV' && previous.pos !== 'PART') break;
  }
  return false;
}

/** *always/never* as certainty, not habit: not in a past-tense clause (`had always supported`). */
function isCertainty(doc: ParsedDocument, token: Token): boolean {
  const previous = tokenAt(doc, token.index - 1, token.sentence);
  if (previous && MODALS_AND_CONTRACTIONS.has(previous.lower)) return true;
  if (previous && PAST_AUXILIARIES.has(previous.lower)) return false;
  const next = nextContentWord(doc, token);
  if (!next) return false;
  const pastVerb =
    next.pos === 'VERB' && next.lower !== next.lemma && /(ed|ought|ew|ung|ame|ave|ook)$/.test(next.lower);
  return !pastVerb;
}

/** *ever* after a negation and a modal a few words before (`nor will this ever be`, `will not ever accept`). */
function isNegatedModal(doc: ParsedDocument, token: Token): boolean {
  let modal = false;
  let negation = false;
  for (let i = token.index - 1; i >= token.index - NEGATED_MODAL_WINDOW; i--) {
    const previous = tokenAt(doc, i, token.sentence);
    if (!previous) break;
    if (MODALS_AND_CONTRACTIONS.has(previous.lower)) modal = true;
    if (NEGATIVE_WORDS.has(previous.lower)) negation = true;
  }
  return modal && negation;
}

/** `is said/believed/thought to`, `are widely believed to`: a form of *be* before the verb and *to* after it. */
function isPassiveReport(doc: ParsedDocument, first: Token, last: Token): boolean {
  const after = last.lower === 'to' ? last : tokenAt(doc, last.index + 1, last.sentence);
  return passiveAuxiliary(doc, first) !== null && after !== null && after.lower === 'to';
}

/** The form of *be* before a participle, across one adverb (`is widely believed`), or null. */
function passiveAuxiliary(doc: ParsedDocument, participle: Token): Token | null {
  if (BE_FORMS_AND_CLITIC.has(participle.lower)) return participle;
  for (let i = participle.index - 1; i >= participle.index - 2; i--) {
    const previous = tokenAt(doc, i, participle.sentence);
    if (!previous) return null;
    if (BE_FORMS_AND_CLITIC.has(previous.lower)) return previous;
    if (previous.pos !== 'ADV') return null;
  }
  return null;
}

/**
 * *possible* means possibility (*a possible attack*, *it is possible that*) unless it means available
 * or feasible: after *all/every/best/utmost…*, in *as soon as possible*, *if possible*, *made it possible*.
 */
function isAvailabilitySense(doc: ParsedDocument, first: Token): boolean {
  const { availabilityBefore, enablingVerbs } = hedgingContextWords();
  const previous = tokenAt(doc, first.index - 1, first.sentence);
  if (previous && availabilityBefore.has(previous.lower)) return true;
  if (previous && previous.lower === 'as') return true;
  for (let i = first.index - 1; i >= first.index - 3; i--) {
    const before = tokenAt(doc, i, first.sentence);
    if (!before) break;
    if (enablingVerbs.has(before.lower)) return true;
  }
  return false;
}
