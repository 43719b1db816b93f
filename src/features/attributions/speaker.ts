import { regionAt } from '../../parse/quotes';
import { tokensWithin } from '../../parse/tokens';
import type { ParsedDocument, Token } from '../../parse/types';
import type { Attribution, SourceType, Span } from '../../types';
import { firstMentionFrom, mentionsWithin } from '../actors/mentionIndex';
import type { ActorMention } from '../actors/recognize';
import type { CueHit } from './cueHits';
import { lastFound } from './recent';
import type { SourcingResources } from './resources';
import type { Candidate } from './state';
import { headOf } from './syntax/nounPhrases';
import { firstTokenAfter } from './syntax/spans';
import { syntaxWords } from './syntax/words';

/**
 * Speaker resolution: the one step that names who speaks, after the passes have found the spans.
 * It reads the source span and the actor mentions, and looks back on the attributions already named
 * (`he added` continues the last human source; `the two leaders said` takes the actors just named
 * together).
 */

/** What resolution reads besides the candidates: the parse, the lexicon, the actors, the anonymity markers. */
export interface SpeakerContext {
  doc: ParsedDocument;
  res: SourcingResources;
  mentions: ActorMention[];
  /** Sentences holding an anonymity marker: their sources are unnamed whatever the source says. */
  anonymousSentences: ReadonlySet<number>;
}

/**
 * Names the speaker and source type of every candidate, in the order they were found; each looks
 * back on the `candidate.visible` attributions named before it. Returns them in the same order.
 */
export function nameSpeakers(context: SpeakerContext, candidates: Candidate[]): Attribution[] {
  const named: Attribution[] = [];
  for (const candidate of candidates) named.push(nameSpeaker(context, candidate, named, candidate.visible));
  return named;
}

const PRONOUNS_PERSON = new Set(['he', 'she', 'him', 'her']);
const PRONOUNS_THING = new Set(['it']);
/** How many sentences back a plural reference looks for the actors it stands for. */
const MAX_SENTENCES_BACK = 2;
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);

function nameSpeaker(
  context: SpeakerContext,
  candidate: Candidate,
  earlier: Attribution[],
  visible: number,
): Attribution {
  const { doc, res, mentions } = context;
  const { cue, source, content, mode } = candidate;
  const sentence = doc.sentences[doc.tokens[cue.first].sentence];
  const anonymousMarked = context.anonymousSentences.has(sentence.index);
  // `it was announced that …`, `reportedly`: nobody the text names, and no anonymity granted.
  if (candidate.implicitWithoutSource && source === null && !anonymousMarked) {
    return {
      cue: cue.span,
      source,
      content,
      continuation: [],
      speaker: null,
      speakers: [],
      sourceType: 'implicit',
      anonymous: false,
      mode,
    };
  }
  const typed: Typed = source
    ? typeSource(doc, res, mentions, source, cue, earlier, visible)
    : { speaker: null, sourceType: 'unnamed' };
  const sourceType: SourceType = anonymousMarked ? 'unnamed' : typed.sourceType;
  // `Modi and Sharif said`: every named conjunct speaks, and `speaker` is the first of them.
  const conjoined =
    source && typed.speaker !== null && !anonymousMarked ? coordinatedSpeakers(doc, mentions, source) : [];
  const speaker = anonymousMarked ? null : (conjoined[0] ?? typed.speaker);
  return {
    cue: cue.span,
    source,
    content,
    continuation: [],
    speaker,
    speakers: speaker === null ? [] : conjoined.length > 0 ? conjoined : (typed.speakers ?? [speaker]),
    sourceType,
    anonymous: sourceType === 'unnamed',
    mode,
  };
}

interface Typed {
  speaker: string | null;
  sourceType: SourceType;
  /** Set when the speakers are taken over from an earlier attribution (`they said`). */
  speakers?: string[];
}

/**
 * The speakers of a coordinated source (`Prime Minister Imran Khan and Foreign Minister Qureshi`,
 * `India, Pakistan and China`): one per conjunct that names an actor — its person, else the actor
 * holding its head noun, else its last actor — distinct, in text order. Fewer than two: not coordinated.
 */
function coordinatedSpeakers(doc: ParsedDocument, mentions: ActorMention[], source: Span): string[] {
  const tokens = tokensWithin(doc, source.start, source.end);
  if (!tokens.some((token) => token.lower === 'and' || token.text === '&')) return [];
  const inside = mentionsWithin(mentions, source.start, source.end);
  // Split at the joiners that stand between mentions, never inside one (`Organisation of Islamic Cooperation and …`).
  const conjuncts: (typeof tokens)[] = [[]];
  for (const token of tokens) {
    const joiner = token.lower === 'and' || token.text === '&' || token.text === ',';
    if (joiner && !inside.some((mention) => mention.start <= token.start && token.end <= mention.end))
      conjuncts.push([]);
    else conjuncts[conjuncts.length - 1].push(token);
  }
  const speakers: ActorMention[] = [];
  for (const words of conjuncts) {
    if (words.length === 0) continue;
    const start = words[0].start;
    const end = words[words.length - 1].end;
    const own = inside.filter((mention) => mention.start >= start && mention.end <= end);
    const head = headOf(words.filter((token) => token.isWord));
    const chosen =
      own.find((mention) => mention.type === 'person') ??
      own.find((mention) => head && mention.start <= head.start && head.end <= mention.end) ??
      own[own.length - 1];
    if (chosen && !speakers.some((known) => known.actor === chosen.actor)) speakers.push(chosen);
  }
  // `The President of AJK, Barrister Sultan Mahmood Chaudhry, and Prime Minister …`: when persons are
  // named, a conjunct without one is a title set off by commas, not another speaker.
  const people = speakers.filter((mention) => mention.type === 'person');
  const named = people.length > 0 ? people : speakers;
  return named.length > 1 ? named.map((mention) => mention.actor) : [];
}

/** The last actors named together (`Narendra Modi and Nawaz Sharif`) before `source`, within MAX_SENTENCES_BACK sentences, of a type `reference` can stand for. */
function coordinatedBefore(
  doc: ParsedDocument,
  mentions: ActorMention[],
  source: Span,
  reference: string,
): ActorMention[] {
  const sentence = doc.tokens[firstTokenAfter(doc, source.start)].sentence;
  const fits = (mention: ActorMention) =>
    syntaxWords().peopleReferences.has(reference)
      ? mention.type === 'person'
      : syntaxWords().stateReferences.has(reference)
        ? mention.type === 'state'
        : true;
  // The mentions of the last few sentences before the source, found from the end: no pass over the whole document.
  const before: ActorMention[] = [];
  for (
    let i = firstMentionFrom(mentions, source.start) - 1;
    i >= 0 && doc.tokens[mentions[i].firstToken].sentence >= sentence - MAX_SENTENCES_BACK;
    i--
  ) {
    if (mentions[i].end <= source.start) before.push(mentions[i]);
  }
  before.reverse();
  for (let i = before.length - 1; i > 0; i--) {
    const group = [before[i]];
    for (let j = i - 1; j >= 0 && namedTogether(doc.text.slice(before[j].end, group[0].start)); j--)
      group.unshift(before[j]);
    if (group.length > 1 && group.every(fits))
      return group.filter((mention, k) => group.findIndex((other) => other.actor === mention.actor) === k);
  }
  return [];
}

/**
 * `A press release from the ISPR stated … “…,” read the release.`: a definite document with no issuer
 * of its own is the document of the last attribution with a document source in this or the previous
 * sentence, and has its issuer.
 */
function sameDocument(
  doc: ParsedDocument,
  earlier: Attribution[],
  visible: number,
  words: Token[],
  cue: CueHit,
): string | null {
  if (words[0]?.lower !== 'the') return null;
  const sentence = doc.tokens[cue.first].sentence;
  const last = lastFound(
    earlier,
    visible,
    (attribution) => attribution.cue.end <= cue.span.start && attribution.sourceType === 'document',
  );
  if (!last || last.speaker === null) return null;
  return sentence - doc.tokens[firstTokenAfter(doc, last.cue.start)].sentence <= 1 ? last.speaker : null;
}

/** The sentence before `index`, skipping sentences that begin inside a quotation (the quote the cue closes). */
function sentenceBeforeQuote(doc: ParsedDocument, index: number): number {
  let previous = index - 1;
  const inQuote = (k: number) => {
    const start = doc.tokens[doc.sentences[k].firstToken].start;
    const region = regionAt(doc.quotes, start);
    return region >= 0 && doc.quotes[region].start < start;
  };
  while (previous >= 0 && index - previous < 6 && (inQuote(previous) || inQuote(previous + 1))) previous--;
  return previous;
}

/** The first organisation or state named in sentence `index`, or null. */
function firstBodyOfSentence(
  doc: ParsedDocument,
  mentions: ActorMention[],
  index: number,
): ActorMention | null {
  const sentence = doc.sentences[index];
  if (!sentence) return null;
  for (
    let i = firstMentionFrom(mentions, doc.tokens[sentence.firstToken].start);
    i < mentions.length && mentions[i].firstToken < sentence.endToken;
    i++
  ) {
    if (mentions[i].type === 'organization' || mentions[i].type === 'state') return mentions[i];
  }
  return null;
}

/**
 * How many actor mentions back a `he` or `she` looks for its person: a bound on the work per pronoun
 * (a text of pronouns and places but no persons made the scan quadratic, issue #19), far beyond
 * where a reader would still resolve the pronoun.
 */
const MAX_MENTIONS_BACK_TO_PERSON = 200;

/** The last person mentioned before `offset` (the referent of a `he` or `she` with no source nearby). */
function lastPersonBefore(mentions: ActorMention[], offset: number): ActorMention | undefined {
  const from = firstMentionFrom(mentions, offset) - 1;
  for (let i = from; i >= 0 && i > from - MAX_MENTIONS_BACK_TO_PERSON; i--) {
    if (mentions[i].type === 'person' && mentions[i].end <= offset) return mentions[i];
  }
  return undefined;
}

/** What stands between two actors named together: commas, `and`, and titles (`, and Prime Minister `). */
function namedTogether(between: string): boolean {
  return /[,&]|\band\b/u.test(between) && /^(?:\s|,|&|and\b|\p{Lu}[\p{L}.’'-]*)*$/u.test(between);
}

function typeSource(
  doc: ParsedDocument,
  res: SourcingResources,
  mentions: ActorMention[],
  source: Span,
  cue: CueHit,
  earlier: Attribution[],
  visible: number,
): Typed {
  const words = tokensWithin(doc, source.start, source.end).filter((token) => token.isWord);
  // `according to police`: wink tags some one-word sources as verbs.
  // `The military said`: without a noun, the phrase's last word is its head.
  const head = headOf(words) ?? words[words.length - 1];
  const inside = mentionsWithin(mentions, source.start, source.end);
  const person = inside.find((mention) => mention.type === 'person');
  // `reports said`, `Indian news reports said`: texts listed as unnamed heads too, with no issuer named
  // in the source, are unidentified sources (`several resolutions` by a body named nearby stay documents).
  if (head && res.documentHeads.has(head.lower) && res.unnamedHeads.has(head.lower) && inside.length === 0)
    return { speaker: null, sourceType: 'unnamed' };
  // `the press release`: a two-word document head read as its last word.
  const pair = words.length >= 2 ? `${words[words.length - 2].lower} ${words[words.length - 1].lower}` : '';
  if ((head && res.documentHeads.has(head.lower)) || res.documentHeads.has(pair)) {
    return {
      speaker: person?.actor ?? inside[0]?.actor ?? sameDocument(doc, earlier, visible, words, cue),
      sourceType: 'document',
    };
  }
  if (person) return { speaker: person.actor, sourceType: 'person' };
  // `IAF sources`, `Pakistani officials`: unidentified people, whichever body they belong to.
  if (head && res.unnamedHeads.has(head.lower) && head.lower !== head.lemma)
    return { speaker: null, sourceType: 'unnamed' };
  // `the Pakistan foreign minister`, `an army spokesman`: an office-holder the text never names
  // (a named one was resolved to a person mention above) is unnamed (ANNOTATION.md §1, §3).
  const last = words[words.length - 1];
  if ((head && res.officeHeads.has(head.lower)) || (last && res.officeHeads.has(last.lower)))
    return { speaker: null, sourceType: 'unnamed' };
  // `Pakistan’s Foreign Office`: the mention holding the head noun speaks, not the possessor.
  const holding = inside.find((mention) => head && mention.start <= head.start && head.end <= mention.end);
  // `Pakistan’s military`: when the head was read as the possessor, the body after it speaks.
  const possessor =
    holding !== undefined &&
    /^['’]s?\b/u.test(doc.text.slice(holding.end, holding.end + 2)) &&
    inside[inside.length - 1] !== holding;
  const holdsHead = possessor ? inside[inside.length - 1] : holding;
  // `a Hurriyat leader`, `an OIC official`: one unidentified member of a named body is an unnamed source.
  if (
    !holdsHead &&
    head &&
    INDEFINITE.has(words[0].lower) &&
    (res.unnamedHeads.has(head.lower) || syntaxWords().memberRoles.has(head.lower))
  )
    return { speaker: null, sourceType: 'unnamed' };
  const headMention = holdsHead ?? inside[inside.length - 1];
  // `ordinary Kashmiris`, `many Kashmiris`: some members of a people, not the people as an actor.
  if (
    headMention?.type === 'group' &&
    headMention.start > source.start &&
    words[0].pos !== 'DET' &&
    words[0].pos !== 'PROPN' &&
    doc.tokens[headMention.firstToken - 1]?.pos === 'ADJ'
  ) {
    return { speaker: null, sourceType: 'unnamed' };
  }
  if (headMention) return { speaker: headMention.actor, sourceType: 'organization' };
  // `police said`, `an army spokesman said`: an institution speaks, though no actor is named.
  if (head && res.institutionHeads.has(head.lower)) return { speaker: null, sourceType: 'organization' };
  if (head && res.unnamedHeads.has(head.lower)) return { speaker: null, sourceType: 'unnamed' };
  if (words.length === 1 && PRONOUNS_PERSON.has(head?.lower ?? '')) {
    // `“…,” the official said. “…,” he added.`: the pronoun continues the last human source nearby.
    const last = lastFound(earlier, visible, (attribution) => attribution.cue.end <= cue.span.start);
    const lastSentence = last ? doc.tokens[firstTokenAfter(doc, last.cue.start)].sentence : -1;
    if (
      last &&
      (last.sourceType === 'person' || last.sourceType === 'unnamed') &&
      doc.tokens[cue.first].sentence - lastSentence <= 2
    ) {
      return { speaker: last.speaker, sourceType: last.sourceType };
    }
    const referent = lastPersonBefore(mentions, source.start);
    return referent
      ? { speaker: referent.actor, sourceType: 'person' }
      : { speaker: null, sourceType: 'unnamed' };
  }
  if (words.length === 1 && PRONOUNS_THING.has(head?.lower ?? '')) {
    const last = lastFound(
      earlier,
      visible,
      (attribution) =>
        attribution.cue.end <= cue.span.start &&
        attribution.sourceType !== 'person' &&
        attribution.sourceType !== 'unnamed',
    );
    if (last) return { speaker: last.speaker, sourceType: last.sourceType };
    // No body has spoken yet: `it` is the body the previous sentence was about (its first one named).
    const subject = firstBodyOfSentence(
      doc,
      mentions,
      sentenceBeforeQuote(doc, doc.tokens[cue.first].sentence),
    );
    if (subject) return { speaker: subject.actor, sourceType: 'organization' };
  }
  if (head && syntaxWords().pluralReferences.has(head.lower)) {
    // `The two leaders said`, `they added`: the speakers of the last named source, all of them.
    const last = lastFound(
      earlier,
      visible,
      (attribution) => attribution.cue.end <= cue.span.start && attribution.speaker !== null,
    );
    const named = coordinatedBefore(doc, mentions, source, head.lower);
    // The nearer of the two: actors just named together (`Modi and Sharif met … The two leaders said`), or the last source.
    if (named.length > 0 && (!last || named[0].start > last.cue.start)) {
      return {
        speaker: named[0].actor,
        sourceType: named[0].type === 'person' ? 'person' : 'organization',
        speakers: named.map((mention) => mention.actor),
      };
    }
    if (last) return { speaker: last.speaker, sourceType: last.sourceType, speakers: last.speakers };
  }
  return { speaker: null, sourceType: 'unnamed' };
}
