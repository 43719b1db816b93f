import { inClass } from '../../../match/wordClasses';
import { regionAt } from '../../../parse/quotes';
import { tokenIndexAtOrAfter } from '../../../parse/tokens';
import type { ParsedDocument, Sentence } from '../../../parse/types';
import type { Span } from '../../../types';
import { spanCover } from '../../spanCover';
import { BE_WORDS, cueHit, type CueHit } from '../cueHits';
import type { SourcingResources } from '../resources';
import { recordAll, reject, type Proposal, type SourcingPass, type SourcingState } from '../state';
import { nounPhraseAfter, nounPhraseStart } from '../syntax/nounPhrases';
import { tokenSpan, trimPunctuation } from '../syntax/spans';
import { isGerund } from '../syntax/tokenShape';
import { syntaxWords } from '../syntax/words';
import { RELATIVE_PRONOUNS } from '../../../lexicons/english';

/**
 * Passive reports, and attributions whose source the text does not state (a decision beyond ANNOTATION.md §1, recorded in
 * tests/gold/README.md, Sourcing): the article still presents the words as coming from someone else.
 * - a passive of a reporting verb with a clause or infinitive (`it was announced that …`, `Trump is
 *   expected to win`, `he was told to leave`); with `by` the agent is the source (`was criticized by
 *   his rivals`), which `reportedSpeech` cannot see because it takes the subject before a cue;
 * - a question put by an unnamed interviewer (`Asked whether …, Clinton said …`, `… when asked about X`);
 *   with `by` the asker is the source (`Asked by Stephanopoulos to respond, …`);
 * - a sourcing adverb from the lexicon (`Trump reportedly told aides …`).
 * Their sourceType is `implicit`: not anonymous (nobody was granted anonymity), and counted apart so
 * that `anonymousShare` keeps meaning what it says.
 */
export const unstatedSources: SourcingPass = {
  name: 'unstatedSources',
  run(state) {
    recordAll(state, unstatedSources.name, findUnstatedSources(state));
  },
};

function findUnstatedSources(state: SourcingState): Proposal[] {
  const { doc, res, found: earlier } = state;
  // A cue another attribution already uses, or one inside what another source says (`Militants are
  // believed to have fled, an army spokesman said`: the spokesman's words, one attribution).
  // Asked per hit, so the scan stays linear: the tokens serving as cues (filled as attributions are
  // found), and the contents' cover, built once.
  const insideContent = spanCover(earlier.flatMap((a) => (a.content ? [a.content] : [])));
  const taken = (first: number, end: number) => {
    for (let t = first; t < end; t++) if (state.cueTokens.has(t)) return true;
    return insideContent(doc.tokens[first].start, doc.tokens[end - 1].end);
  };
  const found: Proposal[] = [];
  for (const sentence of doc.sentences) {
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const hit =
        reportingPassive(doc, res, sentence, t) ??
        interviewQuestion(doc, sentence, t) ??
        sourcingAdverb(doc, res, sentence, t);
      if (!hit) continue;
      if (taken(hit.cue.first, hit.cue.end)) {
        reject(state, hit.cue, 'alreadyAttributed');
        continue;
      }
      found.push({ ...hit, mode: 'indirect', implicitWithoutSource: true });
      t = hit.cue.end - 1;
    }
  }
  return found;
}

interface ImplicitHit {
  cue: CueHit;
  source: Span | null;
  content: Span | null;
}

/** `is expected to`, `was announced that`, `were told to`, `was criticized by`: BE, adverbs, a reporting participle, then `that`, `to` + verb or `by` + agent. */
function reportingPassive(
  doc: ParsedDocument,
  res: SourcingResources,
  sentence: Sentence,
  t: number,
): ImplicitHit | null {
  if (!inClass(doc, t, BE_WORDS)) return null;
  let p = t + 1;
  while (p < sentence.endToken && doc.tokens[p].pos === 'ADV') p++;
  const participle = doc.tokens[p];
  // `nonReportingParticiples`: passives that name (`is called`), state a purpose (`was aimed to`), are the
  // author's aside (`it should be noted that`) or have another sense (`data maintained by a company`).
  if (
    !participle ||
    p >= sentence.endToken ||
    participle.pos !== 'VERB' ||
    isGerund(participle) ||
    syntaxWords().nonReportingParticiples.has(participle.lower)
  )
    return null;
  if (!res.verbFormSet.has(participle.lower) || res.stanceCues.has(participle.lower)) return null;
  const next = doc.tokens[p + 1];
  if (!next || p + 1 >= sentence.endToken) return null;
  // `has been criticized`, `will be decided`: the cue starts at the auxiliary.
  const auxiliary =
    (doc.tokens[t].lower === 'been' || doc.tokens[t].lower === 'be') &&
    t > sentence.firstToken &&
    doc.tokens[t - 1].pos === 'AUX'
      ? t - 1
      : t;
  const cue = cueHit(doc, 'verb', auxiliary, p + 1);
  const subjectStart = nounPhraseStart(doc, auxiliary, sentence.index);
  // `Trump has been criticized by some of his rivals for …`, `was asked by host Bill Maher whether …`: the agent speaks.
  if (next.lower === 'by') {
    const agent = nounPhraseAfter(doc, p + 2);
    return agent
      ? {
          cue,
          source: agent,
          content: tokenSpan(
            doc,
            subjectStart < auxiliary ? subjectStart : p + 2,
            trimPunctuation(doc, p + 2, sentence.endToken),
          ),
        }
      : null;
  }
  // `Blumenthal was asked, “If you had known …?”`: the question of an unnamed interviewer.
  if (
    participle.lower === 'asked' &&
    (next.text === ',' || next.text === ':') &&
    regionAt(doc.quotes, doc.tokens[p + 2]?.start ?? -1) >= 0
  ) {
    return { cue, source: null, content: restOf(doc, sentence, p + 2) };
  }
  // `The union is widely regarded as one of the more liberal`: a view held by people the text does not name.
  if (next.lower === 'as' && res.viewCues.has(participle.lower))
    return {
      cue,
      source: null,
      content: tokenSpan(
        doc,
        subjectStart < auxiliary ? subjectStart : p + 2,
        trimPunctuation(doc, p + 2, sentence.endToken),
      ),
    };
  // `he was asked what happened to the black vote`, `was asked if she had …`: the question itself follows.
  if (participle.lower === 'asked' && QUESTION_WORDS.has(next.lower))
    return { cue, source: null, content: restOf(doc, sentence, p + 1) };
  // `it was revealed in March that …`: a short adverbial may come before `that`.
  const that = thatAfterAdverbial(doc, sentence, p + 1);
  if (that >= 0) return { cue, source: null, content: restOf(doc, sentence, that + 1) };
  const infinitive = next.lower === 'to' && ['VERB', 'AUX'].includes(doc.tokens[p + 2]?.pos ?? '');
  if (!infinitive) {
    // `His rhetoric has been widely condemned.`, `The rollout was widely criticized as sloppy`: someone the text
    // does not name condemned the subject. Clause cues (`was noted`) need their clause to report anything.
    // Only a finite passive reports (`was condemned`, `has been criticized`), not a possible or future one (`could be appealed`);
    // `is seen walking` perceives.
    const finite = doc.tokens[t].lower !== 'be';
    const evaluated =
      finite &&
      subjectStart < auxiliary &&
      !res.clauseCues.has(participle.lower) &&
      !res.viewCues.has(participle.lower) &&
      !PASSIVE_WITHOUT_REPORT.test(participle.lower);
    // `His claim that was rejected`: the relative pronoun is not part of what was evaluated.
    const subjectEnd = RELATIVE_PRONOUNS.has(doc.tokens[auxiliary - 1].lower) ? auxiliary - 1 : auxiliary;
    return evaluated && subjectEnd > subjectStart
      ? { cue, source: null, content: tokenSpan(doc, subjectStart, subjectEnd) }
      : null;
  }
  // `Trump is expected to win`: the subject is part of what is expected.
  const content = tokenSpan(
    doc,
    subjectStart < auxiliary ? subjectStart : p + 2,
    trimPunctuation(doc, p + 2, sentence.endToken),
  );
  return { cue, source: null, content };
}

const QUESTION_WORDS = new Set([
  'what',
  'whether',
  'if',
  'why',
  'how',
  'who',
  'whom',
  'when',
  'where',
  'which',
  'about',
]);

/** Passive participles of reporting verbs that, without an agent or a clause, report nothing (`is assured of winning`, `was told`). */
const PASSIVE_WITHOUT_REPORT =
  /^(assured|told|asked|advised|informed|briefed|urged|warned|invited|ordered|added|shown|found|reported|reports|read|quoted|retweeted|answered|appealed|dismissed|proposed)$/u;

/** Tokens of an adverbial between a passive and its `that` (`was revealed in March that`); see MAX_ADVERBIAL_AFTER_CUE. */
const MAX_ADVERBIAL_AFTER_PASSIVE = 5;

/** The `that` at `first` or after a short adverbial without a verb (`in March that`), or -1. */
function thatAfterAdverbial(doc: ParsedDocument, sentence: Sentence, first: number): number {
  for (let t = first; t < sentence.endToken && t <= first + MAX_ADVERBIAL_AFTER_PASSIVE; t++) {
    const token = doc.tokens[t];
    if (token.lower === 'that')
      return t === first || doc.tokens[first].pos === 'ADP' || doc.tokens[first].pos === 'ADV' ? t : -1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** Words that open the question after `Asked` (`whether`, `about`, `on Fox News who …`, `during a debate why …`). */
const QUESTION_STARTS = new Set(['ADP', 'SCONJ', 'ADV', 'PRON', 'PART', 'DET']);
const BEFORE_ASKED = new Set(['when', 'if', 'after', 'once', 'upon', 'before', 'being']);

/** `Asked whether …, Y said`; `…, Christie said when asked whether …`; `Asked by Stephanopoulos to respond, …`. */
function interviewQuestion(doc: ParsedDocument, sentence: Sentence, t: number): ImplicitHit | null {
  const token = doc.tokens[t];
  if (token.lower !== 'asked') return null;
  const opens = doc.tokens.slice(sentence.firstToken, t).every((before) => before.pos === 'PUNCT');
  if (!opens && !BEFORE_ASKED.has(doc.tokens[t - 1]?.lower ?? '')) return null;
  const next = doc.tokens[t + 1];
  if (!next || t + 1 >= sentence.endToken || !QUESTION_STARTS.has(next.pos)) return null;
  const cue = cueHit(doc, 'verb', t, t + 1);
  let first = t + 1;
  let source: Span | null = null;
  if (next.lower === 'by') {
    source = nounPhraseAfter(doc, t + 2);
    if (source) first = tokenIndexAtOrAfter(doc, source.end);
  }
  let end = first;
  while (end < sentence.endToken && doc.tokens[end].text !== ',') end++;
  return { cue, source, content: tokenSpan(doc, first, trimPunctuation(doc, first, end)) };
}

/** `Trump reportedly told aides …`: the adverb attributes its clause, which here is the sentence. */
function sourcingAdverb(
  doc: ParsedDocument,
  res: SourcingResources,
  sentence: Sentence,
  t: number,
): ImplicitHit | null {
  if (!inClass(doc, t, res.implicitAdverbs)) return null;
  return {
    cue: cueHit(doc, 'verb', t, t + 1),
    source: null,
    content: restOf(doc, sentence, sentence.firstToken),
  };
}

function restOf(doc: ParsedDocument, sentence: Sentence, first: number): Span | null {
  while (first < sentence.endToken && doc.tokens[first].pos === 'PUNCT') first++;
  return tokenSpan(doc, first, trimPunctuation(doc, first, sentence.endToken));
}
