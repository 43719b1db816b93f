import type { ParsedDocument, Token } from '../../parse/types';
import type { Actor, Attribution } from '../../types';
import type { ActorMention } from './recognize';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PATIENT_PREPOSITIONS = new Set(['against', 'on', 'upon']);
const OBJECT_NP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * Groups mentions into actors and counts their roles:
 * - asSource: the actor is named in the source of an attribution;
 * - asAgent: subject of an active verb (`India revoked`), or `by X` after a passive participle;
 * - asPatient: object of a verb, possibly through a possessive (`condemned India's actions`), after
 *   *against/on/upon* (`pressure on India`), or subject of a passive (`India was urged`).
 * Reporting verbs are left to sourcing: saying makes an actor a source, not an agent.
 */
export function buildActors(doc: ParsedDocument, mentions: ActorMention[], attributions: Attribution[], cueTokens: Set<number>): Actor[] {
  const byName = new Map<string, Actor>();
  for (const mention of mentions) {
    let actor = byName.get(mention.actor);
    if (!actor) {
      actor = { name: mention.actor, type: mention.type, side: mention.side, mentions: [], asSource: 0, asAgent: 0, asPatient: 0 };
      byName.set(mention.actor, actor);
    }
    actor.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
    const isSpeaking = attributions.some((a) => a.source !== null && a.source.start <= mention.start && mention.end <= a.source.end);
    const role = isSpeaking ? null : roleOf(doc, mention, cueTokens);
    if (role === 'agent') actor.asAgent++;
    if (role === 'patient') actor.asPatient++;
  }
  for (const attribution of attributions) {
    const source = attribution.source;
    if (!source) continue;
    const named = new Set(mentions.filter((mention) => mention.start >= source.start && mention.end <= source.end).map((mention) => mention.actor));
    if (attribution.speaker) named.add(attribution.speaker);
    for (const name of named) {
      const actor = byName.get(name);
      if (actor) actor.asSource++;
    }
  }
  return [...byName.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

export type Role = 'agent' | 'patient' | null;

/** Tokens that can continue the subject noun phrase after a mention (`India's unilateral revocation of…`, `Pakistan and Azerbaijan`). */
const SUBJECT_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'CCONJ']);
const MAX_SUBJECT_TAIL = 12;

/** Verbs whose object is the addressee of speech, not someone acted upon (`told Reuters`). */
const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'brief', 'notify', 'assure', 'reassure', 'remind']);

export function roleOf(doc: ParsedDocument, mention: ActorMention, cueTokens: Set<number>): Role {
  const { tokens } = doc;
  const sentence = tokens[mention.firstToken].sentence;
  const inSentence = (t: number): Token | null => (tokens[t] && tokens[t].sentence === sentence ? tokens[t] : null);

  // The subject of the verb right after it (`said New Delhi could impose…`).
  const immediate = roleAsSubject(doc, mention.endToken, inSentence, cueTokens);
  if (immediate) return immediate;

  // Left context: `by X` after a participle is the agent; after *against/on/upon* or a verb, X undergoes —
  // when X heads its phrase or owns it (`condemned India's actions`), not as a modifier (`the LeT commander`).
  let left = mention.firstToken - 1;
  while (inSentence(left) && (OBJECT_NP.has(tokens[left].pos) || POSSESSIVE.has(tokens[left].text)) && left > mention.firstToken - 5) left--;
  const before = inSentence(left);
  const next = inSentence(mention.endToken);
  const isModifier = next !== null && (next.pos === 'NOUN' || next.pos === 'PROPN');
  if (before?.lower === 'by') {
    const participle = inSentence(left - 1);
    if (participle && isParticiple(participle)) return 'agent';
  }
  if (before && !isModifier && PATIENT_PREPOSITIONS.has(before.lower)) return 'patient';
  if (before && !isModifier && before.pos === 'VERB' && !ADDRESSEE_VERBS.has(before.lemma)) return 'patient';

  // Subject of a longer phrase the mention owns (`Pakistan's leadership has…`) or is coordinated in
  // (`Pakistan and Azerbaijan have…`, `officials of Pakistan, Türkiye and Niger met`).
  let t = mention.endToken;
  while (inSentence(t) && t < mention.endToken + MAX_SUBJECT_TAIL && continuesSubject(tokens[t])) t++;
  return t > mention.endToken ? roleAsSubject(doc, t, inSentence, cueTokens) : null;
}

/** Role of a subject ending before token `t`: agent of an active verb, patient of a passive one. */
function roleAsSubject(doc: ParsedDocument, t: number, inSentence: (t: number) => Token | null, cueTokens: Set<number>): Role {
  let sawBe = false;
  while (inSentence(t) && (doc.tokens[t].pos === 'AUX' || doc.tokens[t].pos === 'ADV' || doc.tokens[t].lower === 'not')) {
    if (BE.has(doc.tokens[t].lower)) sawBe = true;
    t++;
  }
  const verb = inSentence(t);
  if (!verb || verb.pos !== 'VERB' || cueTokens.has(t)) return null;
  if (sawBe && isParticiple(verb)) return 'patient';
  return /ing$/u.test(verb.lower) && !sawBe ? null : 'agent';
}

function continuesSubject(token: Token): boolean {
  return SUBJECT_PHRASE.has(token.pos) || POSSESSIVE.has(token.text) || token.text === ',' || token.lower === 'of';
}

/** A past participle: an inflected verb (or -ed adjective) not in -ing (`liberated`, `said`, `driven`). */
function isParticiple(token: Token): boolean {
  if (token.pos !== 'VERB' && !(token.pos === 'ADJ' && /ed$/u.test(token.lower))) return false;
  return token.lower !== token.lemma && !/ing$/u.test(token.lower);
}
