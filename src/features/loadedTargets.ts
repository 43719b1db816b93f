import { NO_SIDE } from '../lexicons/load';
import type { TargetPolarity } from '../lexicons/types';
import type { ParsedDocument } from '../parse/types';
import type { Attribution, TargetRole } from '../types';
import type { ActorMention } from './actors/recognize';
import { partitionPoint } from './partitionPoint';

/**
 * The target of a loaded term: the party it is said of, and how it stands to the term.
 * - `agent`: the doer or owner of what the term judges (*India's illegal steps*, *misadventure by
 *   Pakistan*, *Pakistan initiated unprovoked firing*);
 * - `victim`: the party the judged act is aimed at (*unfounded allegations against Pakistan*);
 * - `speaker`: the source whose words hold the term (*Modi said the heinous act …*): a party condemns
 *   the other side's acts and praises its own, so the term favours the speaker's side;
 * - `critic`: the subject of a verb of condemnation (*Pakistan rejected the illegal steps*), likewise.
 */
export type { TargetRole };

export interface TargetJudgement {
  /** Canonical actor name. */
  target: string;
  role: TargetRole;
  /** The lexicon side the occurrence favours. */
  favours: string;
}

/** Lexicon sides as opponents, and actor sides aligned with them (from the loaded lexicons). */
export interface SideMap {
  /** Actor side (gazetteer) → lexicon side. */
  aligned: Map<string, string>;
  /** Lexicon side → its opponent (lexicons with exactly two sides). */
  opponent: Map<string, string>;
  /** Lemmas of words that make the actor before them a critic of what follows (`condemn`, `against`). */
  criticCues: Set<string>;
}

/** Mentions indexed by their first and last token, built once per document. */
export interface MentionIndex {
  endingAt: Map<number, ActorMention>;
  startingAt: Map<number, ActorMention>;
  sideOfActor: Map<string, string | null>;
  sorted: ActorMention[];
}

/**
 * `modifiers` are further actor words that count only as modifiers and in of/by phrases: demonyms
 * the actor recognizer leaves alone (*Indian unprovoked firing*), not subjects or speakers.
 */
export function indexMentions(mentions: ActorMention[], modifiers: ActorMention[] = []): MentionIndex {
  const endingAt = new Map<number, ActorMention>();
  const startingAt = new Map<number, ActorMention>();
  const sideOfActor = new Map<string, string | null>();
  for (const mention of [...mentions, ...modifiers]) {
    if (!endingAt.has(mention.endToken - 1)) endingAt.set(mention.endToken - 1, mention);
    if (!startingAt.has(mention.firstToken)) startingAt.set(mention.firstToken, mention);
    if (!sideOfActor.has(mention.actor) || sideOfActor.get(mention.actor) === null)
      sideOfActor.set(mention.actor, mention.side);
  }
  // A person the gazetteers do not know takes the side of a demonym before the name or title:
  // `Indian diplomat Srinivas Gotru`, `Pakistani Foreign Minister …`.
  for (const mention of mentions) {
    if (sideOfActor.get(mention.actor) !== null) continue;
    for (let j = mention.firstToken - 1; j >= mention.firstToken - 4 && j >= 0; j--) {
      const before = endingAt.get(j);
      if (before && before.via === 'demonym' && before.side !== null) {
        sideOfActor.set(mention.actor, before.side);
        break;
      }
    }
  }
  const sorted = [...mentions].sort((a, b) => a.firstToken - b.firstToken);
  return { endingAt, startingAt, sideOfActor, sorted };
}

const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’', 's']);
/** Prepositions after a term that introduce its doer (`by`, `of`) or the party it is aimed at. */
const AGENT_PREPOSITIONS = new Set(['by', 'of', 'from']);
const VICTIM_PREPOSITIONS = new Set(['against', 'on', 'upon', 'towards', 'toward', 'targeting']);
/** A critic's word stands just before the term it condemns (`rejected the illegal steps`). */
const CRITIC_WINDOW = 4;
/** Words a modifier may stand before the term (`India's illegal occupation`: 2). */
const HOW_FAR_LEFT = 4;
/** Words an of/by/against phrase may reach after the term (`targeting of innocent civilians by X`). */
const HOW_FAR_RIGHT = 8;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Past participles, roughly: enough to walk through a passive to its by-phrase. */
const PARTICIPLE = /(ed|en|wn|ght)$/;

export interface TargetInput {
  doc: ParsedDocument;
  /** Token range `[first, end)` of the term. */
  first: number;
  end: number;
  start: number;
  polarity: TargetPolarity;
  /** The sides the entry's lexicon allows (empty: any). */
  lexiconSides: string[];
  /** The entry's default side (`none` or one side). */
  defaultSide: string;
}

/**
 * Finds the target of one occurrence, in order: an actor inside the term or modifying it, an
 * of/by/against phrase, a critic just before it, the speaker, the clause's subject. The subject is
 * a loose relation: it is used only for entries without a default side, since a side's own
 * vocabulary (*terrorists*, *Indian occupation*) near an actor of that side is that side speaking,
 * not its target (*India killed three terrorists*).
 */
export function judgeTarget(
  input: TargetInput,
  mentions: MentionIndex,
  attributions: HeldWords,
  sides: SideMap,
): TargetJudgement | null {
  const resolve = (mention: ActorMention | null | undefined, role: TargetRole) =>
    judged(mention?.actor ?? null, mention?.side ?? null, role, input, sides);
  return (
    resolve(modifierOf(input, mentions), 'agent') ??
    phraseAfter(input, mentions, resolve) ??
    criticOf(input, mentions, sides) ??
    speakerOf(input, mentions, attributions, sides) ??
    (input.defaultSide === NO_SIDE ? subjectOf(input, mentions, sides) : null)
  );
}

function judged(
  actor: string | null,
  actorSide: string | null,
  role: TargetRole,
  input: TargetInput,
  sides: SideMap,
): TargetJudgement | null {
  if (actor === null || actorSide === null) return null;
  const side = sides.aligned.get(actorSide) ?? (sides.opponent.has(actorSide) ? actorSide : null);
  if (side === null) return null;
  const favours = role === 'agent' && input.polarity === 'pejorative' ? sides.opponent.get(side) : side;
  if (favours === undefined) return null;
  if (input.lexiconSides.length > 0 && !input.lexiconSides.includes(favours)) return null;
  return { target: actor, role, favours };
}

/**
 * `India's illegal occupation`, `Indian troops' unprovoked firing`, `Pakistan-backed terrorism`; also
 * an actor inside the term itself (`Indian state terrorism`, `Indian occupation`).
 */
function modifierOf(input: TargetInput, mentions: MentionIndex): ActorMention | null {
  const { doc } = input;
  for (let j = input.first; j < input.end; j++) {
    const inside = mentions.startingAt.get(j);
    if (inside && inside.endToken <= input.end) return inside;
  }
  const sentence = doc.sentences[doc.tokens[input.first].sentence];
  for (let j = input.first - 1, steps = 0; j >= sentence.firstToken && steps < HOW_FAR_LEFT; j--, steps++) {
    const mention = mentions.endingAt.get(j);
    if (mention) return mention;
    const token = doc.tokens[j];
    if (!(MODIFIER_POS.has(token.pos) || POSSESSIVE.has(token.lower) || joinedByHyphen(doc, j))) return null;
  }
  return null;
}

/** A token that is part of a hyphenated compound (`Pakistan-backed`): no space on one side and a hyphen. */
function joinedByHyphen(doc: ParsedDocument, index: number): boolean {
  const token = doc.tokens[index];
  if (token.text === '-' || token.text === '‑') return true;
  const next = doc.tokens[index + 1];
  return next !== undefined && next.text === '-' && next.start === token.end;
}

/**
 * `misadventure by Pakistan`, `allegations of India`, `allegations against Pakistan`, `indiscriminate
 * Indian shelling`, `targeting of innocent civilians by the Indian forces`: an actor in the term's noun
 * phrase after it, or governed by a preposition within a few words, before any verb or punctuation.
 */
function phraseAfter(
  input: TargetInput,
  mentions: MentionIndex,
  resolve: (mention: ActorMention | null, role: TargetRole) => TargetJudgement | null,
): TargetJudgement | null {
  const { doc } = input;
  const sentence = doc.sentences[doc.tokens[input.first].sentence];
  const limit = Math.min(sentence.endToken, input.end + HOW_FAR_RIGHT);
  let preposition: string | null = null;
  for (let k = input.end; k < limit; k++) {
    const mention = mentions.startingAt.get(k);
    if (mention) {
      if (preposition === null) return resolve(mention, 'agent'); // inside the noun phrase: `unprovoked Indian firing`
      // `genocide of Kashmiris`: of + a people names the victims, of + a state or force the doer.
      const victim =
        VICTIM_PREPOSITIONS.has(preposition) || (preposition === 'of' && mention.type === 'group');
      return resolve(mention, victim ? 'victim' : 'agent');
    }
    const token = doc.tokens[k];
    if (AGENT_PREPOSITIONS.has(token.lower) || VICTIM_PREPOSITIONS.has(token.lower))
      preposition = token.lower;
    else if (token.pos === 'ADP' || !token.isWord) return null;
    else if (token.pos === 'AUX' && !BE.has(token.lower)) return null;
    // A gerund right after the term is its head (`targeting of`); a passive participle leads to its
    // agent (`the act of war imposed by India`, `blame was placed on Pakistan`); other verbs end the phrase.
    else if (token.pos === 'VERB' && k > input.end && !PARTICIPLE.test(token.lower)) return null;
  }
  return null;
}

/**
 * The spans that hold attributed words (contents and continuations) sorted by start, with the
 * running maximum of their ends, so that the attributions holding an offset are found without
 * reading every attribution for every term (a document's work stays linear in its length).
 */
export interface HeldWords {
  attributions: readonly Attribution[];
  spans: { start: number; end: number; attribution: number }[];
  reach: number[];
}

export function indexHeldWords(attributions: readonly Attribution[]): HeldWords {
  const spans = attributions
    .flatMap((attribution, index) =>
      [...(attribution.content ? [attribution.content] : []), ...attribution.continuation].map((span) => ({
        start: span.start,
        end: span.end,
        attribution: index,
      })),
    )
    .sort((a, b) => a.start - b.start || a.attribution - b.attribution);
  const reach: number[] = [];
  let furthest = -1;
  for (const span of spans) reach.push((furthest = Math.max(furthest, span.end)));
  return { attributions, spans, reach };
}

/** The attributions whose words hold `offset`, in their document order. */
function holding(held: HeldWords, offset: number): Attribution[] {
  const { spans, reach } = held;
  const found = new Set<number>();
  // Spans starting at or before the offset; walk back while some of them still reaches past it.
  for (
    let i = partitionPoint(spans.length, (k) => spans[k].start <= offset) - 1;
    i >= 0 && reach[i] > offset;
    i--
  ) {
    if (spans[i].end > offset) found.add(spans[i].attribution);
  }
  return [...found].sort((a, b) => a - b).map((index) => held.attributions[index]);
}

/**
 * The speaker whose words (quoted or reported) hold the term: a named speaker with a side, else an
 * actor named in the source (*Pakistan's foreign minister*, *Director General ISPR …*).
 */
function speakerOf(
  input: TargetInput,
  mentions: MentionIndex,
  held: HeldWords,
  sides: SideMap,
): TargetJudgement | null {
  for (const attribution of holding(held, input.start)) {
    for (const speaker of attribution.speakers.length > 0 ? attribution.speakers : [attribution.speaker]) {
      if (speaker === null) continue;
      const verdict = judged(speaker, mentions.sideOfActor.get(speaker) ?? null, 'speaker', input, sides);
      if (verdict) return verdict;
    }
    const source = attribution.source;
    if (source === null) continue;
    const { sorted } = mentions;
    for (
      let i = partitionPoint(sorted.length, (k) => sorted[k].start < source.start);
      i < sorted.length;
      i++
    ) {
      const mention = sorted[i];
      if (mention.start >= source.end) break;
      if (mention.end > source.end) continue;
      const verdict = judged(mention.actor, mention.side, 'speaker', input, sides);
      if (verdict) return verdict;
    }
  }
  return null;
}

/** A preposition right before the mention (`in Pakistan`, `with India`). */
function governedByPreposition(doc: ParsedDocument, firstToken: number, sentenceStart: number): boolean {
  const before = doc.tokens[firstToken - 1];
  return firstToken > sentenceStart && before.pos === 'ADP' && !POSSESSIVE.has(before.lower);
}

/** The nearest actor before the term in its sentence that no preposition governs, or null. */
function nearestSubject(input: TargetInput, mentions: MentionIndex): ActorMention | null {
  const { doc } = input;
  const sentence = doc.sentences[doc.tokens[input.first].sentence];
  let chosen: ActorMention | null = null;
  const { sorted } = mentions;
  for (
    let i = partitionPoint(sorted.length, (k) => sorted[k].firstToken < sentence.firstToken);
    i < sorted.length;
    i++
  ) {
    const mention = sorted[i];
    if (mention.endToken > input.first) break;
    if (!governedByPreposition(doc, mention.firstToken, sentence.firstToken)) chosen = mention;
  }
  return chosen;
}

/**
 * A word of condemnation just before the term makes the actor before it the critic, whose side the
 * term favours: *Pakistan rejected the illegal steps*, *a claim Islamabad rejected as baseless*,
 * *Pakistan's struggle against Indian occupation*.
 */
function criticOf(input: TargetInput, mentions: MentionIndex, sides: SideMap): TargetJudgement | null {
  const chosen = nearestSubject(input, mentions);
  if (chosen === null) return null;
  const from = Math.max(chosen.endToken, input.first - CRITIC_WINDOW);
  for (let j = from; j < input.first; j++) {
    if (sides.criticCues.has(input.doc.tokens[j].lemma))
      return judged(chosen.actor, chosen.side, 'critic', input, sides);
  }
  return null;
}

/** The clause's subject or object as the doer (*Pakistan initiated unprovoked firing*). */
function subjectOf(input: TargetInput, mentions: MentionIndex, sides: SideMap): TargetJudgement | null {
  const chosen = nearestSubject(input, mentions);
  return chosen === null ? null : judged(chosen.actor, chosen.side, 'agent', input, sides);
}
