import type { ParsedDocument, Token } from '../../parse/types';
import type { Actor, Attribution, MentionVia } from '../../types';
import type { ActorMention } from './recognize';
import { spanCover } from '../spanCover';
import { mentionsWithin } from './mentionIndex';
import { BE_FORMS, POSSESSIVE_DETERMINERS, POSSESSIVE_MARKS } from '../../lexicons/english';
import { roleWords } from './roleWords';

/*
 * Role heuristics (ANNOTATION.md §3; judgement calls in tests/gold/README.md "Actors"). They read
 * wink-nlp's POS tags and word order only — no parser — so each is a pattern that holds in news
 * prose of any outlet, not a rule about particular texts. In order of precedence, per mention:
 *
 *  source   the actor is the speaker of an attribution, or a head of its source phrase
 *           (`India and Pakistan said`). A name that only modifies the source (`Pakistan’s Foreign
 *           Office`, `MEA spokesperson Randhir Jaiswal`, `a Hurriyat leader`) gets no role: the
 *           speaker is the office or the person. Saying makes an actor a source, not an agent.
 *  agent    `by X` after a participle or an action noun (`liberated by Azerbaijan`, `the resolution
 *           by the OIC`) — checked before the subject rule, so `led by Pakistan was held` is not
 *           read as Pakistan being held;
 *  agent /  the subject of the verb right after the mention, unless the mention is a prepositional
 *  patient  object: active → agent, passive (be + participle) → patient; experiencer verbs (`Modi is facing backlash`, `suffered`) →
 *           patient; copular `become/remain` → none;
 *  patient  after *against/on/upon* (`pressure on India`) or as the object of an action verb
 *           (`urged India`) — but not the object of a verb of visiting (`visited Azerbaijan` is a
 *           venue), not an addressee (`told Reuters`), not a recipient before a second object
 *           (`giving Pakistan leverage`);
 *  patient  the owner of the object of a targeting verb (`condemned India’s actions`, `criticised
 *           India’s policies`); the owner of the object of any other verb has no role (`supports
 *           Pakistan’s stance`, `strengthened Pakistan’s case`);
 *  agent /  the subject of a longer phrase the mention owns or is coordinated in (`Pakistan’s
 *  patient  leadership has…`, `Pakistan and Azerbaijan have…`) — unless the mention stands inside a
 *           prepositional phrase (`the plight of the Kashmiri people and mobilize…`,
 *           `its Mission to the UN has…`): a prepositional object is never the clause subject;
 *  agent    the owner of an action noun (`India’s military intervention`, `Pakistan’s advocacy`,
 *           `Kashmiris’ struggle`) when nothing above applied.
 *
 * A person inside a government phrase takes the role of the phrase: in `pressure on the Modi
 * government` both India and Narendra Modi are patients. A source that is also the subject of a
 * non-reporting verb (`the envoys reviewed the plan, pledging…`) is an agent as well. A name after a
 * subordinator or an example marker (`as X contested`, `allies like X and Y support`) is a clause
 * subject, not a prepositional object. Resolved pronouns and role nouns (`via` pronoun/role, from
 * resolve.ts) take roles like names.
 */

/** How each recognition path is reported (`via` in the output). */
const OUTPUT_VIA: Record<ActorMention['via'], MentionVia> = {
  alias: 'name',
  title: 'name',
  demonym: 'name',
  metonym: 'name',
  organization: 'name',
  government: 'name',
  speaker: 'name',
  surname: 'variant',
  acronym: 'acronym',
  role: 'role',
  pronoun: 'pronoun',
};

/** The verb and noun classes of the rules below, from lexicons/actors/role-words.json. */
const WORDS = roleWords();

/**
 * Words wink tags ADP that open a subordinate clause (`as Pakistan contested`) or list examples of a
 * subject (`allies like China and Turkey support`, `states such as Chile back`): the name after them
 * may be a clause subject, which a prepositional object (`the plight of X continues`) never is.
 */
const SUBJECT_OPENERS = new Set([
  'as',
  'while',
  'after',
  'before',
  'since',
  'because',
  'once',
  'until',
  'like',
  'including',
]);
const PATIENT_PREPOSITIONS = new Set(['against', 'on', 'upon']);
const OBJECT_NP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Nouns of action whose owner is the doer (`India’s intervention`, `Pakistan’s advocacy`). */
const ACTION_NOUN_SUFFIX = /(tion|sion|ment|ance|ence|acy|ure|ism|ery)s?$/u;

/**
 * Groups mentions into actors and counts their roles (see the heuristics above). Mentions inside a
 * government phrase take its role; reporting verbs are left to sourcing.
 */
export function buildActors(
  doc: ParsedDocument,
  mentions: ActorMention[],
  attributions: Attribution[],
  cueTokens: Set<number>,
): Actor[] {
  const byName = new Map<string, Actor>();
  const inSource = spanCover(attributions.flatMap((a) => (a.source ? [a.source] : [])));
  const roles = mentions.map((mention): MentionRole =>
    inSource(mention.start, mention.end) ? 'source' : roleOf(doc, mention, cueTokens),
  );
  shareListRoles(doc, mentions, roles);
  // A source that also does something other than speaking in the same clause is an agent as well
  // (`the envoys reviewed the plan, pledging…`, `was countered by India's claims`); roleOf reads a
  // reporting verb as no role, so saying alone adds nothing here.
  const alsoAgent = mentions.map(
    (mention, index) =>
      roles[index] === 'source' &&
      !isByAgentOfCue(doc, mention, cueTokens) &&
      roleOf(doc, mention, cueTokens) === 'agent',
  );
  // Government phrases are few: look for the one around a mention among them, not among all mentions.
  const governments: number[] = [];
  mentions.forEach((mention, index) => {
    if (mention.via === 'government') governments.push(index);
  });
  mentions.forEach((mention, index) => {
    let actor = byName.get(mention.actor);
    if (!actor) {
      actor = {
        name: mention.actor,
        type: mention.type,
        side: mention.side,
        mentions: [],
        asSource: 0,
        asAgent: 0,
        asPatient: 0,
      };
      byName.set(mention.actor, actor);
    }
    actor.mentions.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      via: OUTPUT_VIA[mention.via],
    });
    const government =
      governments.find(
        (other) =>
          mentions[other] !== mention &&
          mentions[other].start <= mention.start &&
          mention.end <= mentions[other].end,
      ) ?? -1;
    const role = government >= 0 && roles[index] !== 'source' ? roles[government] : roles[index];
    if (role === 'agent' || alsoAgent[index]) actor.asAgent++;
    if (role === 'patient') actor.asPatient++;
  });
  for (const attribution of attributions) {
    for (const name of sourceActors(doc, attribution, mentions)) {
      const actor = byName.get(name);
      if (actor) actor.asSource++;
    }
  }
  return [...byName.values()].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
}

type MentionRole = Role | 'source';

/**
 * `was criticised by Islamabad`: the by-agent of a reporting verb only speaks. An owner of a noun
 * there does what the noun says (`countered by India’s claims`: India claims), so it is not this.
 */
function isByAgentOfCue(doc: ParsedDocument, mention: ActorMention, cueTokens: Set<number>): boolean {
  const before = doc.tokens[mention.firstToken - 1];
  const next = doc.tokens[mention.endToken];
  if (before?.lower !== 'by' || (next && POSSESSIVE_MARKS.has(next.text))) return false;
  return cueTokens.has(mention.firstToken - 2);
}

/** Lists of three or more names (`X, Y and Z met`) share one role; two names are read one by one. */
const MIN_SHARED_LIST = 3;

/**
 * `officials of Nepal, Chile, Peru and Spain met`: a member of a list of names joined only by commas
 * and a final `and`/`or` that got no role of its own takes the agent or patient role of the member
 * after it (the first ones stand inside a prepositional phrase the rules do not read as a subject).
 */
function shareListRoles(doc: ParsedDocument, mentions: ActorMention[], roles: MentionRole[]): void {
  const { tokens } = doc;
  const joinedToNext = (i: number) => {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!b || b.firstToken - a.endToken !== 1) return false;
    const joiner = tokens[a.endToken];
    return joiner.text === ',' || joiner.lower === 'and' || joiner.lower === 'or';
  };
  for (let first = 0; first < mentions.length;) {
    let last = first;
    while (joinedToNext(last)) last++;
    if (last - first + 1 >= MIN_SHARED_LIST) {
      for (let i = last - 1; i >= first; i--) {
        const next = roles[i + 1];
        if (roles[i] === null && (next === 'agent' || next === 'patient')) roles[i] = next;
      }
    }
    first = last + 1;
  }
}

/**
 * Actors credited with one source role for an attribution: its speaker, and every actor named as a
 * head of the source phrase (`India and Pakistan said`) — not one named in a modifier of it.
 */
function sourceActors(doc: ParsedDocument, attribution: Attribution, mentions: ActorMention[]): Set<string> {
  const names = new Set<string>();
  const source = attribution.source;
  for (const speaker of attribution.speakers) names.add(speaker);
  if (!source) return names;
  for (const mention of mentionsWithin(mentions, source.start, source.end)) {
    if (mention.via === 'government' || isHeadOfSource(doc, mention, source.end)) names.add(mention.actor);
  }
  return names;
}

/** A mention heads the source when nothing but a coordinator, comma or the source's end follows it. */
function isHeadOfSource(doc: ParsedDocument, mention: ActorMention, sourceEnd: number): boolean {
  const next = doc.tokens[mention.endToken];
  if (!next || next.start >= sourceEnd) return true;
  return next.pos === 'CCONJ' || next.text === ',' || next.text === '(';
}

export type Role = 'agent' | 'patient' | null;

/** Tokens that can continue the subject noun phrase after a mention (`India's unilateral revocation of…`, `Pakistan and Azerbaijan`). */
const SUBJECT_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'CCONJ']);
const MAX_SUBJECT_TAIL = 12;

export function roleOf(doc: ParsedDocument, mention: ActorMention, cueTokens: Set<number>): Role {
  const { tokens } = doc;
  const sentence = tokens[mention.firstToken].sentence;
  const inSentence = (t: number): Token | null =>
    tokens[t] && tokens[t].sentence === sentence ? tokens[t] : null;

  // Left context: skip the noun phrase the mention stands in (`the LeT commander`, `condemned India's`).
  let left = mention.firstToken - 1;
  while (
    inSentence(left) &&
    (OBJECT_NP.has(tokens[left].pos) || POSSESSIVE_MARKS.has(tokens[left].text)) &&
    left > mention.firstToken - 5
  )
    left--;
  const before = inSentence(left);
  const next = inSentence(mention.endToken);
  const owns = next !== null && POSSESSIVE_MARKS.has(next.text);
  const isModifier = next !== null && (next.pos === 'NOUN' || next.pos === 'PROPN');

  // `by X` after a participle or an action noun is the doer.
  if (before?.lower === 'by') {
    const head = inSentence(left - 1);
    if (head && (isParticiple(head) || head.pos === 'NOUN')) return 'agent';
  }
  // `the leadership of X`, `the collapse of X`: nouns whose of-object is their doer or undergoer.
  if (before?.lower === 'of' && !isModifier) {
    const head = inSentence(left - 1);
    if (head && WORDS.doerOfNouns.has(head.lower)) return 'agent';
    if (head && WORDS.undergoerOfNouns.has(head.lower)) return 'patient';
    // `demanded of India to reverse`: the one asked to act.
    if (head && head.pos === 'VERB' && next?.lower === 'to') return 'patient';
    // `against the measures of the Modi government`, `condemned the actions of X`: the owner of a
    // targeted object, as with `against X’s measures`.
    if (head && head.pos === 'NOUN' && isTargetedPhrase(doc, left - 1, inSentence)) return 'patient';
  }
  // `As Pakistan contested…`, `allies like China and Turkey support…`: a subordinator or an example
  // marker opens a clause subject, not a prepositional object.
  const inPrepositionalPhrase =
    before !== null && before.pos === 'ADP' && before.lower !== 'by' && !SUBJECT_OPENERS.has(before.lower);

  // The subject of the verb right after it (`said New Delhi could impose…`) — not a prepositional
  // object (`the plight of X continues`, `its Mission to the UN stayed silent`).
  if (!inPrepositionalPhrase) {
    const immediate = roleAsSubject(doc, mention.endToken, inSentence, cueTokens);
    if (immediate !== undefined) return immediate;
  }

  if (before && !isModifier && !owns && PATIENT_PREPOSITIONS.has(before.lower)) return 'patient';
  if (before && before.pos === 'VERB' && !isModifier) {
    if (owns)
      return WORDS.targetingVerbs.has(before.lemma) ? 'patient' : ownerOfActionNoun(doc, mention, inSentence);
    if (WORDS.addresseeVerbs.has(before.lemma) || WORDS.venueVerbs.has(before.lemma)) return null;
    if (WORDS.recipientVerbs.has(before.lemma) && next !== null && OBJECT_NP.has(next.pos)) return null;
    // `allowed Nepal to decide`: the object of a permissive verb does what the infinitive says.
    if (WORDS.enablingVerbs.has(before.lemma) && next?.lower === 'to') return 'agent';
    return 'patient';
  }
  if (before && owns && PATIENT_PREPOSITIONS.has(before.lower)) return 'patient';

  // Subject of a longer phrase the mention owns (`Pakistan's leadership has…`) or is coordinated in
  // (`Pakistan and Azerbaijan have…`, `officials of Pakistan, Türkiye and Niger met`).
  if (!inPrepositionalPhrase) {
    let t = mention.endToken;
    while (inSentence(t) && t < mention.endToken + MAX_SUBJECT_TAIL && continuesSubject(tokens[t])) t++;
    // `X and mobilize…`: a coordinator right before the verb joins verb phrases, not subjects.
    if (t > mention.endToken && tokens[t - 1].pos !== 'CCONJ') {
      const role = roleAsSubject(doc, t, inSentence, cueTokens);
      if (role !== undefined) return role;
    }
  }
  return owns ? ownerOfActionNoun(doc, mention, inSentence) : null;
}

/** The noun phrase ending at `head` stands after `against/on/upon` or a targeting verb. */
function isTargetedPhrase(
  doc: ParsedDocument,
  head: number,
  inSentence: (t: number) => Token | null,
): boolean {
  let t = head - 1;
  while (
    inSentence(t) &&
    (doc.tokens[t].pos === 'DET' || doc.tokens[t].pos === 'ADJ' || doc.tokens[t].pos === 'NOUN') &&
    t > head - 5
  )
    t--;
  const before = inSentence(t);
  if (!before || (t === head - 1 && before.pos !== 'ADP' && before.pos !== 'VERB')) return false;
  return (
    PATIENT_PREPOSITIONS.has(before.lower) ||
    (before.pos === 'VERB' && WORDS.targetingVerbs.has(before.lemma))
  );
}

/** `India’s military intervention` → agent: the owner of an action noun is its doer. */
function ownerOfActionNoun(
  doc: ParsedDocument,
  mention: ActorMention,
  inSentence: (t: number) => Token | null,
): Role {
  let t = mention.endToken + 1;
  while (inSentence(t) && (doc.tokens[t].pos === 'ADJ' || doc.tokens[t].pos === 'ADV')) t++;
  const noun = inSentence(t);
  if (!noun || noun.pos !== 'NOUN' || WORDS.stativeNouns.has(noun.lower)) return null;
  return WORDS.actionNouns.has(noun.lower) || ACTION_NOUN_SUFFIX.test(noun.lower) ? 'agent' : null;
}

/**
 * Role of a subject ending before token `t`: agent of an active verb, patient of a passive or an
 * experiencer verb, null for a copula or a reporting cue; undefined when no verb follows.
 */
function roleAsSubject(
  doc: ParsedDocument,
  t: number,
  inSentence: (t: number) => Token | null,
  cueTokens: Set<number>,
): Role | undefined {
  let sawBe = false;
  while (
    inSentence(t) &&
    (doc.tokens[t].pos === 'AUX' || doc.tokens[t].pos === 'ADV' || doc.tokens[t].lower === 'not')
  ) {
    if (BE_FORMS.has(doc.tokens[t].lower)) sawBe = true;
    t++;
  }
  const verb = inSentence(t);
  if (!verb || !(verb.pos === 'VERB' || isTaggedAdjectiveVerb(doc, t))) return undefined;
  // A passive reporting verb acts on its subject (`X's stance was countered by Y`), unless it
  // reports the subject's own words (`X was quoted as saying`, `X is reported to have said`).
  const after = inSentence(t + 1);
  const reportsSubject = after !== null && (after.lower === 'as' || after.lower === 'to');
  if (sawBe && isParticiple(verb) && !(cueTokens.has(t) && reportsSubject)) return 'patient';
  if (cueTokens.has(t) || WORDS.copularVerbs.has(verb.lemma)) return null;
  if (WORDS.experiencerVerbs.has(verb.lemma)) return 'patient';
  return /ing$/u.test(verb.lower) && !sawBe ? null : 'agent';
}

function continuesSubject(token: Token): boolean {
  return (
    SUBJECT_PHRASE.has(token.pos) ||
    POSSESSIVE_MARKS.has(token.text) ||
    token.text === ',' ||
    token.lower === 'of'
  );
}

/**
 * A past participle: an inflected verb not in -ing (`said`, `driven`), or an -ed word wink tagged
 * as an adjective (`were liberated by`: it gives such words themselves as lemma).
 */
function isParticiple(token: Token): boolean {
  if (token.pos === 'ADJ') return /ed$/u.test(token.lower);
  return token.pos === 'VERB' && token.lower !== token.lemma && !/ing$/u.test(token.lower);
}

/**
 * An -ed word tagged as an adjective but followed by a determiner or a possessive is a past-tense
 * verb with its object (`Norway contested the move`): adjectives come before nouns, not before `the`.
 */
function isTaggedAdjectiveVerb(doc: ParsedDocument, t: number): boolean {
  const token = doc.tokens[t];
  const next = doc.tokens[t + 1];
  if (token.pos !== 'ADJ' || !/ed$/u.test(token.lower) || !next || next.sentence !== token.sentence)
    return false;
  return next.pos === 'DET' || POSSESSIVE_DETERMINERS.has(next.lower);
}
