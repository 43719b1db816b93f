import type { ParsedDocument, Token } from '../../parse/types';
import type { Attribution } from '../../types';
import { inClass, wordClass } from '../../match/wordClasses';
import { partitionPoint } from '../partitionPoint';
import { firstMentionFrom } from './mentionIndex';
import type { ActorMention } from './recognize';
import type { ActorResources } from './resources';

/*
 * In-document resolution of references that name nobody by themselves (issue #17), as passes of a
 * sieve in the spirit of Lee et al. (2013), most precise first. Names, variants (surname, title +
 * surname, leading names) and acronyms the text defines are resolved while recognising
 * (recognize.ts). Here:
 *
 *  role     a definite role noun (`the spokesperson`, `the foreign secretary`, `the DIG`, `PM`,
 *           `Pakistan's prime minister`) → the person the text introduced with that title (the
 *           nearest before it, else the first after it); a state before it (`Pakistan's`) must be
 *           the person's side. An office-holder the text never names stays unresolved.
 *  pronoun  `he`/`she`/`him` and `it`/`they` as the source of an attribution → its speaker (sourcing
 *           resolved it, preferring the last speaker); any other `he`/`she`/`him` → a person named
 *           earlier in the same sentence, else the first person of the previous sentence (its
 *           subject, most often), else the last person named within two sentences; `they`/`them`
 *           and `the two leaders`, `both leaders`, `both countries` → every speaker of the last
 *           attribution with several speakers within two sentences (`Modi and Sharif said … They met`);
 *           with no such attribution, a group noun (`both the countries`, not `they`) → the
 *           coordinated names of its kind (states for `countries`, persons for `leaders`) in its
 *           sentence before it or in the previous one (`Nepal and Bhutan signed… Both the countries…`).
 */

const DETERMINERS = new Set(['the']);
const POSSESSIVE = new Set(["'s", '’s']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him']);
const SOURCE_PRONOUNS = new Set(['he', 'she', 'him', 'it', 'they']);
const MAX_ROLE_WORDS = 4;
const PRONOUN_SENTENCES_BACK = 2;
const PLURAL_PRONOUNS = new Set(['they', 'them']);
/** `the two leaders`, `both countries`: a number word, then a plural noun that stands for the actors just named. */
const GROUP_NUMBERS = new Set(['two', 'both']);
/** A number + plural noun names its actors more plainly than `they`, so it reaches further back. */
const GROUP_SENTENCES_BACK = 12;
const GROUP_NOUNS = new Set([
  'leaders',
  'countries',
  'nations',
  'sides',
  'governments',
  'neighbours',
  'neighbors',
  'ministers',
]);
/** The kinds of actor each group noun can stand for when it refers back to a coordination. */
const STATES = ['state'];
const GROUP_KINDS: Record<string, readonly string[]> = {
  leaders: ['person'],
  ministers: ['person'],
  countries: STATES,
  nations: STATES,
  neighbours: STATES,
  neighbors: STATES,
  governments: STATES,
  sides: ['state', 'organization', 'group', 'person'],
};
/** Every word `resolvePronouns` looks at: one bit test per token turns the rest away. */
const PRONOUN_WORDS = wordClass([...SOURCE_PRONOUNS, ...PLURAL_PRONOUNS, ...GROUP_NOUNS]);

/** Role references resolved to persons named in the text, as mentions with `via: 'role'`. */
export function resolveRoleReferences(
  doc: ParsedDocument,
  res: ActorResources,
  mentions: ActorMention[],
): ActorMention[] {
  const { tokens } = doc;
  const persons = personTitles(res, mentions);

  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) covered.fill(1, mention.firstToken, mention.endToken);
  const found: ActorMention[] = [];
  const holders = holdersOf(mentions, persons);
  bodyReferences(doc, res, mentions, covered, found);
  for (let head = 0; head < tokens.length; head++) {
    // Most tokens are neither a role noun nor an abbreviated title: one bit test settles them.
    if (covered[head] === 1 || !inClass(doc, head, res.roleHeads)) continue;
    const token = tokens[head];
    const full = res.titleAbbreviations.get(token.lower);
    if (covered[head] === 1 || (full === undefined && !res.personNouns.has(token.lower))) continue;
    const abbreviation = full !== undefined && /^\p{Lu}{2,}$/u.test(token.text) ? full : undefined;
    if (!abbreviation && !res.personNouns.has(token.lower)) continue;
    const next = tokens[head + 1];
    // `Spokesperson Mohammad Faisal`: a title before a name is the name's, not a reference.
    if (next && next.sentence === token.sentence && covered[head + 1] === 1) continue;
    let first = head;
    while (
      first > head - MAX_ROLE_WORDS &&
      isRoleWord(tokens[first - 1], token.sentence) &&
      covered[first - 1] !== 1
    )
      first--;
    const before = tokens[first - 1];
    const sameSentence = before !== undefined && before.sentence === token.sentence;
    const definite = sameSentence && DETERMINERS.has(before.lower);
    const possessor =
      sameSentence && POSSESSIVE.has(before.text) ? ownerBefore(mentions, before.start) : null;
    if (!definite && !possessor && !abbreviation) continue;
    const words = tokens
      .slice(first, head + 1)
      .map((word) => res.titleAbbreviations.get(word.lower) ?? word.lower);
    const role = words.join(' ');
    const referent = nearestHolder(mentions, holders, role, token.start, possessor?.actor ?? null);
    if (!referent) continue;
    const start = tokens[first].start;
    found.push({
      start,
      end: token.end,
      text: doc.text.slice(start, token.end),
      firstToken: first,
      endToken: head + 1,
      actor: referent.actor,
      type: 'person',
      side: referent.side,
      via: 'role',
    });
  }
  return found.length === 0 ? mentions : merged(mentions, found);
}

/**
 * `the army`, `the military`, `the police`: a definite government noun → the organisation of that
 * kind the text names (an actor whose name ends in the noun: `Indian Army`, `Pakistan military`),
 * the nearest before it, else the first after it.
 */
function bodyReferences(
  doc: ParsedDocument,
  res: ActorResources,
  mentions: ActorMention[],
  covered: Uint8Array,
  found: ActorMention[],
): void {
  const { tokens } = doc;
  // The bodies of each kind, in text order, listed once per document.
  const bodies = new Map<string, ActorMention[]>();
  for (let t = 1; t < tokens.length; t++) {
    if (
      covered[t] === 1 ||
      !inClass(doc, t, res.governmentNounStarts) ||
      tokens[t - 1].lower !== 'the' ||
      tokens[t - 1].sentence !== tokens[t].sentence
    )
      continue;
    const two =
      tokens[t + 1] && tokens[t + 1].sentence === tokens[t].sentence
        ? `${tokens[t].lower} ${tokens[t + 1].lower}`
        : '';
    const noun = res.governmentNouns.has(two)
      ? two
      : res.governmentNouns.has(tokens[t].lower)
        ? tokens[t].lower
        : null;
    if (noun === null) continue;
    const end = t + noun.split(' ').length;
    if (covered[end] === 1) continue;
    const list =
      bodies.get(noun) ??
      mentions.filter(
        (mention) =>
          mention.type === 'organization' &&
          mention.via !== 'role' &&
          mention.actor.toLowerCase().endsWith(` ${noun}`),
      );
    bodies.set(noun, list);
    const from = partitionPoint(list.length, (i) => list[i].start < tokens[t].start);
    const body = list[from - 1] ?? list[from];
    if (!body) continue;
    const start = tokens[t].start;
    const stop = tokens[end - 1].end;
    found.push({
      start,
      end: stop,
      text: doc.text.slice(start, stop),
      firstToken: t,
      endToken: end,
      actor: body.actor,
      type: body.type,
      side: body.side,
      via: 'role',
    });
  }
}

/** The mentions and the references found, in the recognizer's order (start, then actor): one merge, no re-sort. */
function merged(mentions: ActorMention[], found: ActorMention[]): ActorMention[] {
  const before = (a: ActorMention, b: ActorMention) =>
    a.start < b.start || (a.start === b.start && a.actor.localeCompare(b.actor) <= 0);
  found.sort((a, b) => a.start - b.start || a.actor.localeCompare(b.actor));
  const out: ActorMention[] = [];
  let i = 0;
  let k = 0;
  while (i < mentions.length || k < found.length) {
    if (k >= found.length || (i < mentions.length && before(mentions[i], found[k]))) out.push(mentions[i++]);
    else out.push(found[k++]);
  }
  return out;
}

/** Pronouns resolved to actors, as mentions with `via: 'pronoun'` (see the header). */
export function resolvePronouns(
  doc: ParsedDocument,
  mentions: ActorMention[],
  attributions: Attribution[],
): ActorMention[] {
  const { tokens } = doc;
  const byActor = new Map<string, ActorMention>();
  for (const mention of mentions) byActor.set(mention.actor, mention);
  const found: ActorMention[] = [];
  const sourcePronouns = new Set<number>();
  // A pronoun is resolved `via: 'pronoun'`; a plural noun standing for actors (`the two leaders`) via role.
  const add = (token: Token, like: ActorMention) => {
    const via =
      PLURAL_PRONOUNS.has(token.lower) || PERSON_PRONOUNS.has(token.lower) || SOURCE_PRONOUNS.has(token.lower)
        ? 'pronoun'
        : 'role';
    found.push({
      start: token.start,
      end: token.end,
      text: token.text,
      firstToken: token.index,
      endToken: token.index + 1,
      actor: like.actor,
      type: like.type,
      side: like.side,
      via,
    });
  };
  const pronounAt = new Map<number, Token>();
  for (let t = 0; t < tokens.length; t++) {
    if (inClass(doc, t, PRONOUN_WORDS) && SOURCE_PRONOUNS.has(tokens[t].lower))
      pronounAt.set(tokens[t].start, tokens[t]);
  }
  for (const attribution of attributions) {
    const source = attribution.source;
    if (!source || attribution.speaker === null || !SOURCE_PRONOUNS.has(source.text.toLowerCase())) continue;
    const token = pronounAt.get(source.start);
    const like = byActor.get(attribution.speaker);
    if (!token || !like) continue;
    sourcePronouns.add(token.index);
    for (const speaker of attribution.speakers.length > 0 ? attribution.speakers : [attribution.speaker]) {
      const other = byActor.get(speaker);
      if (other) add(token, other);
    }
  }
  for (let t = 0; t < tokens.length; t++) {
    if (!inClass(doc, t, PRONOUN_WORDS)) continue;
    const token = tokens[t];
    if (sourcePronouns.has(token.index)) continue;
    if (PERSON_PRONOUNS.has(token.lower)) {
      const referent = personFor(doc, mentions, token);
      if (referent) add(token, referent);
      continue;
    }
    if (token.lower === 'it') {
      const body = itsSubject(doc, mentions, token);
      if (body) add(token, body);
      continue;
    }
    const groupNoun = GROUP_NOUNS.has(token.lower) && isGroupNumber(tokens, token.index);
    if (!PLURAL_PRONOUNS.has(token.lower) && !groupNoun) continue;
    const reach = PLURAL_PRONOUNS.has(token.lower) ? PRONOUN_SENTENCES_BACK : GROUP_SENTENCES_BACK;
    const speakers = groupFor(doc, attributions, token, reach);
    // `Chile and Peru signed… Both the countries…`: with no joint speakers near, a group noun stands
    // for the coordinated names of its kind just before it (`they` alone is too often generic).
    const set =
      speakers.length === 0 && groupNoun
        ? coordinatedBefore(doc, mentions, token, GROUP_KINDS[token.lower])
        : speakers;
    for (const speaker of set) {
      const like = byActor.get(speaker);
      if (like) add(token, like);
    }
  }
  return found.length === 0 ? mentions : merged(mentions, found);
}

const BE_OR_CLITIC = new Set(['is', 'was', "'s", '’s', 'be', 'seems', 'appears', 'remains']);
const SUBJECT_OPENERS = new Set(['and', 'but', ',', 'that', 'as', 'because', 'while']);

/**
 * `Azerbaijan … and it has succeeded`: `it` as the subject of a verb (not `it is …`, which is mostly
 * the expletive, nor an object) → the first body (state or organisation) named earlier in the
 * sentence, else the first body of the previous sentence.
 */
function itsSubject(doc: ParsedDocument, mentions: ActorMention[], it: Token): ActorMention | null {
  const { tokens } = doc;
  const before = tokens[it.index - 1];
  const after = tokens[it.index + 1];
  const opensClause =
    before === undefined || before.sentence !== it.sentence || SUBJECT_OPENERS.has(before.lower);
  if (!opensClause || !after || after.sentence !== it.sentence || BE_OR_CLITIC.has(after.lower)) return null;
  if (after.pos !== 'VERB' && after.pos !== 'AUX') return null;
  const isBody = (mention: ActorMention) => mention.type === 'state' || mention.type === 'organization';
  const firstBodyOf = (sentence: number, limit: number): ActorMention | null => {
    const first = doc.sentences[sentence];
    if (!first) return null;
    for (
      let i = firstMentionFrom(mentions, tokens[first.firstToken].start);
      i < mentions.length && mentions[i].start < limit;
      i++
    ) {
      if (isBody(mentions[i]) && mentions[i].via !== 'government') return mentions[i];
    }
    return null;
  };
  return (
    firstBodyOf(it.sentence, it.start) ??
    firstBodyOf(it.sentence - 1, tokens[doc.sentences[it.sentence].firstToken].start)
  );
}

/** `the two leaders`, `both leaders`, `both the countries`. */
function isGroupNumber(tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]?.lower ?? '';
  if (GROUP_NUMBERS.has(before)) return true;
  return before === 'the' && tokens[index - 2]?.lower === 'both';
}

/**
 * The actors of the last coordination `X and Y` (or `X, Y and Z`) of the given kind in the group
 * noun's sentence before it, else in the previous sentence; none when there is no such coordination.
 */
function coordinatedBefore(
  doc: ParsedDocument,
  mentions: ActorMention[],
  token: Token,
  kinds: readonly string[],
): string[] {
  const { tokens } = doc;
  const end = firstMentionFrom(mentions, token.start);
  const joined = (a: ActorMention, b: ActorMention) =>
    b.firstToken - a.endToken === 1 &&
    (tokens[a.endToken].lower === 'and' || tokens[a.endToken].text === ',');
  for (let i = end - 1; i > 0; i--) {
    const last = mentions[i];
    if (tokens[last.firstToken].sentence < token.sentence - 1) break;
    if (!kinds.includes(last.type)) continue;
    const set = [last];
    while (i > 0 && joined(mentions[i - 1], set[0]) && kinds.includes(mentions[i - 1].type))
      set.unshift(mentions[--i]);
    const actors = [...new Set(set.map((m) => m.actor))];
    if (actors.length >= 2 && tokens[set[set.length - 2].endToken].lower === 'and') return actors;
  }
  return [];
}

/** The speakers of the last attribution before `token` with several of them, within reach; else none. */
function groupFor(doc: ParsedDocument, attributions: Attribution[], token: Token, reach: number): string[] {
  const at = partitionPoint(attributions.length, (i) => attributions[i].cue.end <= token.start);
  for (let i = at - 1; i >= 0; i--) {
    const attribution = attributions[i];
    if (doc.tokens[firstTokenAt(doc, attribution.cue.start)].sentence < token.sentence - reach) break;
    if (attribution.speakers.length >= 2) return attribution.speakers;
  }
  return [];
}

function firstTokenAt(doc: ParsedDocument, offset: number): number {
  return Math.min(
    doc.tokens.length - 1,
    partitionPoint(doc.tokens.length, (i) => doc.tokens[i].end <= offset),
  );
}

/** A person named earlier in the sentence, else the first person of the previous sentence, else the last one within reach. */
function personFor(doc: ParsedDocument, mentions: ActorMention[], pronoun: Token): ActorMention | null {
  const sentence = pronoun.sentence;
  let previousFirst: ActorMention | null = null;
  let last: ActorMention | null = null;
  for (let i = firstMentionFrom(mentions, pronoun.start) - 1; i >= 0; i--) {
    const mention = mentions[i];
    const at = doc.tokens[mention.firstToken].sentence;
    if (at < sentence - PRONOUN_SENTENCES_BACK) break;
    if (mention.type !== 'person' || mention.end > pronoun.start) continue;
    if (at === sentence) return mention;
    last ??= mention;
    if (at === sentence - 1) previousFirst = mention;
  }
  return previousFirst ?? last;
}

interface Holder {
  titles: Set<string>;
  side: string | null;
}

/** Every person of the text with the titles it was introduced with and its gazetteer roles, lower-cased. */
function personTitles(res: ActorResources, mentions: ActorMention[]): Map<string, Holder> {
  const persons = new Map<string, Holder>();
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    let holder = persons.get(mention.actor);
    if (!holder) {
      holder = { titles: new Set(), side: mention.side };
      for (const role of res.byName.get(mention.actor)?.roles ?? []) addTitle(res, holder.titles, role);
      persons.set(mention.actor, holder);
    }
    for (const title of mention.titles ?? []) addTitle(res, holder.titles, title);
  }
  return persons;
}

/** `Prime Minister of Pakistan` also as `prime minister`; `DIG` also as its full title. */
function addTitle(res: ActorResources, titles: Set<string>, title: string): void {
  const lower = title.toLowerCase().replace(/-/g, ' ');
  titles.add(res.titleAbbreviations.get(lower) ?? lower);
  const of = lower.indexOf(' of ');
  if (of > 0) titles.add(lower.slice(0, of));
}

/**
 * The holder of `role` nearest before `offset`, else the first after it; with `side`, only that state's.
 * The holders of each role are listed once per document (`holdersOf`), so each reference is a binary search.
 */
function nearestHolder(
  mentions: ActorMention[],
  holders: (role: string) => number[],
  role: string,
  offset: number,
  side: string | null,
): ActorMention | null {
  const list = holders(role);
  const from = partitionPoint(list.length, (i) => mentions[list[i]].start < offset);
  const fits = (index: number) => side === null || mentions[index].side === side;
  for (let i = from - 1; i >= 0; i--) if (fits(list[i])) return mentions[list[i]];
  for (let i = from; i < list.length; i++) if (fits(list[i])) return mentions[list[i]];
  return null;
}

/** A memo of role → the indices of the named mentions of persons holding it, in text order. */
function holdersOf(mentions: ActorMention[], persons: Map<string, Holder>): (role: string) => number[] {
  const memo = new Map<string, number[]>();
  return (role) => {
    let list = memo.get(role);
    if (!list) {
      list = [];
      for (let i = 0; i < mentions.length; i++) {
        const holder =
          mentions[i].type === 'person' && mentions[i].via !== 'role'
            ? persons.get(mentions[i].actor)
            : undefined;
        if (holder && holdsRole(holder, role)) list.push(i);
      }
      memo.set(role, list);
    }
    return list;
  };
}

/** Whether one of the holder's titles is `role` or ends in it (`foreign secretary` holds `secretary`). */
function holdsRole(holder: Holder, role: string): boolean {
  for (const title of holder.titles) if (title === role || title.endsWith(` ${role}`)) return true;
  return false;
}

/** `Pakistan` in `Pakistan's prime minister`: the state mention ending right before the possessive. */
function ownerBefore(mentions: ActorMention[], possessiveStart: number): ActorMention | null {
  const i = firstMentionFrom(mentions, possessiveStart) - 1;
  const owner = i >= 0 ? mentions[i] : undefined;
  return owner && owner.end === possessiveStart && owner.type === 'state' ? owner : null;
}

/** Words of a role phrase before its head: `foreign` in `the foreign secretary`, `Foreign` in `the Foreign Secretary`. */
function isRoleWord(token: Token | undefined, sentence: number): boolean {
  return (
    token !== undefined &&
    token.sentence === sentence &&
    token.isWord &&
    (token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN')
  );
}
