import { tokensWithin } from '../../parse/tokens';
import type { ParsedDocument } from '../../parse/types';
import type { Attribution, SourceType, Span } from '../../types';
import type { ActorMention } from '../actors/recognize';
import type { CueHit, SourcingContext, SourcingResources } from './cues';
import { lastFound } from './recent';
import { firstTokenAfter, headOf } from './syntax';

const PRONOUNS_PERSON = new Set(['he', 'she', 'him', 'her']);
const PRONOUNS_THING = new Set(['it']);
const PLURAL_REFERENCES = new Set(['they', 'both', 'leaders', 'two']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** Person nouns that, after an indefinite article, name one unidentified member (`a party leader`). */
const MEMBER_ROLES = new Set(['leader', 'member', 'lawmaker', 'legislator', 'worker', 'supporter', 'commander', 'fighter', 'militant']);

export function build(
  doc: ParsedDocument,
  res: SourcingContext,
  mentions: ActorMention[],
  cue: CueHit,
  source: Span | null,
  content: Span | null,
  mode: 'direct' | 'indirect',
  earlier: Attribution[],
): Attribution {
  const sentence = doc.sentences[doc.tokens[cue.first].sentence];
  const anonymousMarked = res.anonymousSentences.has(sentence.index);
  const typed = source ? typeSource(doc, res, mentions, source, cue, earlier) : { speaker: null, sourceType: 'unnamed' as SourceType };
  const sourceType: SourceType = anonymousMarked ? 'unnamed' : typed.sourceType;
  return {
    cue: cue.span,
    source,
    content,
    continuation: [],
    speaker: anonymousMarked ? null : typed.speaker,
    sourceType,
    anonymous: sourceType === 'unnamed',
    mode,
  };
}

function typeSource(
  doc: ParsedDocument,
  res: SourcingResources,
  mentions: ActorMention[],
  source: Span,
  cue: CueHit,
  earlier: Attribution[],
): { speaker: string | null; sourceType: SourceType } {
  const words = tokensWithin(doc, source.start, source.end).filter((token) => token.isWord);
  // `according to police`: wink tags some one-word sources as verbs.
  // `The military said`: without a noun, the phrase's last word is its head.
  const head = headOf(words) ?? words[words.length - 1];
  const inside = mentions.filter((mention) => mention.start >= source.start && mention.end <= source.end);
  const person = inside.find((mention) => mention.type === 'person');
  if (head && res.documentHeads.has(head.lower)) return { speaker: person?.actor ?? inside[0]?.actor ?? null, sourceType: 'document' };
  if (person) return { speaker: person.actor, sourceType: 'person' };
  // `Pakistan’s Foreign Office`: the mention holding the head noun speaks, not the possessor.
  const holdsHead = inside.find((mention) => head && mention.start <= head.start && head.end <= mention.end);
  // `a Hurriyat leader`, `an OIC official`: one unidentified member of a named body is an unnamed source.
  if (!holdsHead && head && INDEFINITE.has(words[0].lower) && (res.unnamedHeads.has(head.lower) || MEMBER_ROLES.has(head.lower))) return { speaker: null, sourceType: 'unnamed' };
  const headMention = holdsHead ?? inside[inside.length - 1];
  if (headMention) return { speaker: headMention.actor, sourceType: 'organization' };
  // `police said`, `an army spokesman said`: an institution speaks, though no actor is named.
  if (head && res.institutionHeads.has(head.lower)) return { speaker: null, sourceType: 'organization' };
  if (head && res.unnamedHeads.has(head.lower)) return { speaker: null, sourceType: 'unnamed' };
  if (words.length === 1 && PRONOUNS_PERSON.has(head?.lower ?? '')) {
    // `“…,” the official said. “…,” he added.`: the pronoun continues the last human source nearby.
    const last = lastFound(earlier, (attribution) => attribution.cue.end <= cue.span.start);
    const lastSentence = last ? doc.tokens[firstTokenAfter(doc, last.cue.start)].sentence : -1;
    if (last && (last.sourceType === 'person' || last.sourceType === 'unnamed') && doc.tokens[cue.first].sentence - lastSentence <= 2) {
      return { speaker: last.speaker, sourceType: last.sourceType };
    }
    const referent = [...mentions].reverse().find((mention) => mention.type === 'person' && mention.end <= source.start);
    return referent ? { speaker: referent.actor, sourceType: 'person' } : { speaker: null, sourceType: 'unnamed' };
  }
  if (words.length === 1 && PRONOUNS_THING.has(head?.lower ?? '')) {
    const last = lastFound(earlier, (attribution) => attribution.cue.end <= cue.span.start && attribution.sourceType !== 'person' && attribution.sourceType !== 'unnamed');
    if (last) return { speaker: last.speaker, sourceType: last.sourceType };
  }
  if (head && PLURAL_REFERENCES.has(head.lower)) {
    const last = lastFound(earlier, (attribution) => attribution.cue.end <= cue.span.start && attribution.speaker !== null);
    if (last) return { speaker: last.speaker, sourceType: last.sourceType };
  }
  return { speaker: null, sourceType: 'unnamed' };
}
