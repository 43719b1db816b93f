import { inClass } from '../../../match/wordClasses';
import { regionAt } from '../../../parse/quotes';
import type { ParsedDocument, Sentence } from '../../../parse/types';
import type { Span } from '../../../types';
import { cueHit } from '../cueHits';
import { recordAll, type Proposal, type SourcingPass, type SourcingState } from '../state';
import { nounPhraseStart } from '../syntax/nounPhrases';
import { tokenSpan, trimPunctuation } from '../syntax/spans';
import { isGerund } from '../syntax/tokenShape';
import { POSSESSIVE_DETERMINERS, POSSESSIVE_MARKS } from '../../../lexicons/english';

/**
 * Reporting nouns with their holder and what they state (ANNOTATION.md §1: a reporting noun counts
 * when it states something): `Trump’s claim that Obama founded ISIS`, `his calls to end the rigged
 * economy`, `the ministry’s denial that troops crossed`. The holder is the possessive before the noun,
 * the content the `that` clause or the infinitive after it. Without a clause the noun names a topic
 * (`Warren's comment about superdelegates`, `his proposed ban`) and gives nothing.
 */
export const nominalReports: SourcingPass = {
  name: 'nominalReports',
  run(state) {
    recordAll(state, nominalReports.name, findNominalReports(state));
  },
};

function findNominalReports(state: SourcingState): Proposal[] {
  const { doc, res } = state;
  const found: Proposal[] = [];
  for (const sentence of doc.sentences) {
    for (let t = sentence.firstToken + 1; t < sentence.endToken - 1; t++) {
      if (!inClass(doc, t, res.reportingForms)) continue;
      const noun = doc.tokens[t];
      // Sets filled as attributions are found, so the scan stays linear.
      if (state.cueTokens.has(t) || state.sourceTokens.has(t) || regionAt(doc.quotes, noun.start) >= 0)
        continue;
      const holder = possessor(doc, sentence, t);
      // An infinitive states what is called for or promised only after nouns of verbs (`his call to`, `her
      // promise to`); after other nouns it says what for (`in his speech to find …`, `her message to tap …`).
      const content = holder && statedContent(doc, sentence, t + 1, res.verbFormSet.has(noun.lower));
      if (!holder || !content) continue;
      found.push({ cue: cueHit(doc, 'phrase', t, t + 1), source: holder, content, mode: 'indirect' });
    }
  }
  return found;
}

/** `Donald Trump’s` → `Donald Trump`; `his` → `his`; else null. */
function possessor(doc: ParsedDocument, sentence: Sentence, noun: number): Span | null {
  const before = doc.tokens[noun - 1];
  // With `her`: before a reporting noun and its clause it is the holder (`her claim that …`).
  if (POSSESSIVE_DETERMINERS.has(before.lower)) return tokenSpan(doc, noun - 1, noun);
  if (!POSSESSIVE_MARKS.has(before.text) || before.pos !== 'PART' || noun - 1 <= sentence.firstToken)
    return null;
  const start = nounPhraseStart(doc, noun - 1, sentence.index);
  return start < noun - 1 ? tokenSpan(doc, start, noun - 1) : null;
}

/** A `that` clause (`claim that …`) or an infinitive (`calls to end …`) right after the noun. */
function statedContent(
  doc: ParsedDocument,
  sentence: Sentence,
  first: number,
  takesInfinitive: boolean,
): Span | null {
  const next = doc.tokens[first];
  const verb = doc.tokens[first + 1];
  // `Trump’s appeal to working-class whites`: `to` + an -ing word is a preposition.
  const infinitive =
    takesInfinitive &&
    next.lower === 'to' &&
    verb !== undefined &&
    (verb.pos === 'VERB' || verb.pos === 'AUX') &&
    !isGerund(verb);
  // `claim that Obama founded ISIS` (wink may tag this `that` DET), not the relative `claim that was rejected`.
  const clause =
    next.lower === 'that' &&
    verb !== undefined &&
    verb.pos !== 'VERB' &&
    verb.pos !== 'AUX' &&
    verb.pos !== 'PUNCT';
  if (!infinitive && !clause) return null;
  const start = clause ? first + 1 : first;
  let end = start;
  // The clause ends at the sentence end, or at a comma or dash that closes the noun phrase it sits in.
  while (end < sentence.endToken && !CLAUSE_ENDS.has(doc.tokens[end].text)) end++;
  return tokenSpan(doc, start, trimPunctuation(doc, start, end));
}

const CLAUSE_ENDS = new Set([',', ';', '—', '–', '(']);
