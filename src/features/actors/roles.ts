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
    const role = roleOf(doc, mention, cueTokens);
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

export function roleOf(doc: ParsedDocument, mention: ActorMention, cueTokens: Set<number>): Role {
  const { tokens } = doc;
  const sentence = tokens[mention.firstToken].sentence;
  const inSentence = (t: number): Token | null => (tokens[t] && tokens[t].sentence === sentence ? tokens[t] : null);

  // Subject: the mention ends its noun phrase and a verb follows (past auxiliaries and adverbs).
  let t = mention.endToken;
  if (inSentence(t) && POSSESSIVE.has(tokens[t].text)) t = -1;
  else while (inSentence(t) && OBJECT_NP.has(tokens[t].pos) && tokens[t].pos !== 'DET' && t < mention.endToken + 2) t++;
  if (t >= 0) {
    let sawBe = false;
    while (inSentence(t) && (tokens[t].pos === 'AUX' || tokens[t].pos === 'ADV' || tokens[t].pos === 'PART')) {
      if (BE.has(tokens[t].lower)) sawBe = true;
      t++;
    }
    const verb = inSentence(t);
    if (verb && verb.pos === 'VERB' && !cueTokens.has(t)) {
      const passive = sawBe && /(ed|en|wn|ne)$/u.test(verb.lower);
      if (!/ing$/u.test(verb.lower) || sawBe) return passive ? 'patient' : 'agent';
    }
  }

  // Left context: `by X` after a participle; `against/on/upon X`; the object of a verb.
  let left = mention.firstToken - 1;
  while (inSentence(left) && (OBJECT_NP.has(tokens[left].pos) || POSSESSIVE.has(tokens[left].text)) && left > mention.firstToken - 5) left--;
  const before = inSentence(left);
  if (!before) return null;
  if (before.lower === 'by') {
    const participle = inSentence(left - 1);
    if (participle && participle.pos === 'VERB') return 'agent';
  }
  if (PATIENT_PREPOSITIONS.has(before.lower)) return 'patient';
  if (before.pos === 'VERB' && !cueTokens.has(left)) return 'patient';
  return null;
}
