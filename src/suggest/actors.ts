/**
 * `suggestActors`: the start of a gazetteer for a new corpus. Reads analysed documents only (their
 * `actors`, which the recognizer also fills with names no gazetteer holds) and the gazetteers in
 * use, so it does not depend on how recognition works inside.
 */
import { lexiconsFor, type AnalyzeOptions } from '../analyze';
import { actorForms, FILL_IN } from '../lexicons/load';
import type { GazetteerActor, GazetteerFile } from '../lexicons/types';
import { matchKey } from '../lexicons/validate';
import { compareText } from '../stats/numbers';
import type { ActorType, Document } from '../types';
import { snippet, type Snippet } from './context';

export interface SuggestActorsOptions extends Pick<AnalyzeOptions, 'gazetteers' | 'shippedGazetteers'> {
  /** Leave out names mentioned fewer times than this over the corpus (default 2). */
  minMentions?: number;
  /** At most this many suggestions, the most mentioned first (default: all). */
  limit?: number;
  /** Snippets per suggestion, from different documents where possible (default 2). */
  contexts?: number;
  /** `name` of the draft gazetteer (default `my-actors`). */
  name?: string;
}

export interface ActorSuggestion {
  name: string;
  /** The guessed type; `typeEvidence` says from what. */
  type: ActorType;
  typeEvidence: string;
  mentions: number;
  documents: number;
  /** Ids of the documents it appears in, in corpus order. */
  ids: string[];
  /** The recognised names merged into this one (`Donald J. Trump`, `Donald Trump`), most mentioned first. */
  variants: string[];
  /** Forms for the draft: case-insensitive aliases and acronyms matched with their case. */
  aliases: string[];
  caseSensitiveAliases: string[];
  contexts: Snippet[];
}

/** A gazetteer actor the corpus never mentions: a candidate to prune from a gazetteer of one's own. */
export interface UnseenActor {
  gazetteer: string;
  name: string;
  type: ActorType;
  side: string | null;
}

export interface ActorSuggestions {
  rows: ActorSuggestion[];
  unseen: UnseenActor[];
  /** The draft gazetteer: every suggestion with `side` left as `FILL_IN` (fill it or delete the field). */
  gazetteer: GazetteerFile;
}

/** What the corpus says about one recognised name not in any gazetteer. */
interface Candidate {
  key: string;
  written: Map<string, number>;
  types: Map<ActorType, number>;
  mentions: { doc: Document; order: number; start: number; end: number; text: string }[];
}

/** An acronym (`DNC`, `U.N.`): matched with its case, since many are also words. */
const ACRONYM = /^\p{Lu}[\p{Lu}&.]+$/u;

/**
 * Names the recognition found that no gazetteer in use holds, merged by variant (`Donald J. Trump`
 * and `Donald Trump`; a lone `Trump` when only one person of that surname was found), with mention
 * counts, a guessed type, the documents they appear in and snippets; plus the gazetteers' actors
 * never seen. Pass the same `gazetteers` / `shippedGazetteers` as to the analysis.
 */
export function suggestActors(
  documents: readonly Document[],
  options: SuggestActorsOptions = {},
): ActorSuggestions {
  const lexicons = lexiconsFor({
    gazetteers: options.gazetteers,
    shippedGazetteers: options.shippedGazetteers,
  });
  const known = new Map<string, GazetteerActor>();
  const knownForms = new Set<string>();
  for (const file of lexicons.gazetteers) {
    for (const actor of file.actors) {
      known.set(actor.name, actor);
      knownForms.add(matchKey(actor.name));
      for (const { phrase } of actorForms(actor)) knownForms.add(matchKey(phrase));
    }
  }
  const words = (list: string[]) => new Set(list.map((word) => matchKey(word)));
  const vocabulary: Vocabulary = {
    titles: words(lexicons.recognition.personTitles),
    governmentNouns: words(lexicons.recognition.governmentNouns),
    organizationHeads: words(lexicons.recognition.organizationHeads),
    groupHeads: words(lexicons.recognition.groupHeads),
  };
  const candidates = collect(documents, known);
  const merged = mergeVariants(candidates);
  const minMentions = options.minMentions ?? 2;
  const rows = merged
    .map((group) => describe(group, vocabulary, options.contexts ?? 2))
    .filter((row) => row.mentions >= minMentions)
    .sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || compareText(a.name, b.name));
  const kept = assignForms(rows, knownForms, vocabulary.titles).slice(0, options.limit ?? Infinity);
  const seen = new Set(documents.flatMap((doc) => doc.actors.map((actor) => actor.name)));
  const unseen = lexicons.gazetteers.flatMap((file) =>
    file.actors
      .filter((actor) => !seen.has(actor.name))
      .map((actor) => ({
        gazetteer: file.name,
        name: actor.name,
        type: actor.type,
        side: actor.side ?? null,
      })),
  );
  return {
    rows: kept,
    unseen,
    gazetteer: draftGazetteer(kept, options.name ?? 'my-actors', documents.length),
  };
}

interface Vocabulary {
  titles: Set<string>;
  governmentNouns: Set<string>;
  organizationHeads: Set<string>;
  groupHeads: Set<string>;
}

function collect(documents: readonly Document[], known: Map<string, GazetteerActor>): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  documents.forEach((doc, order) => {
    for (const actor of doc.actors) {
      if (known.has(actor.name)) continue;
      const written = actor.name.replace(/\s+/g, ' ').replace(/^the /i, '');
      const key = matchKey(written);
      if (key === '') continue;
      let candidate = candidates.get(key);
      if (!candidate)
        candidates.set(key, (candidate = { key, written: new Map(), types: new Map(), mentions: [] }));
      candidate.written.set(written, (candidate.written.get(written) ?? 0) + actor.mentions.length);
      candidate.types.set(actor.type, (candidate.types.get(actor.type) ?? 0) + 1);
      for (const mention of actor.mentions)
        candidate.mentions.push({ doc, order, start: mention.start, end: mention.end, text: mention.text });
    }
  });
  return candidates;
}

const mostOf = <T>(counts: Map<T, number>): T =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(String(a[0]), String(b[0])))[0][0];

/**
 * Persons whose names share first and last word and do not disagree in between are one (`Hillary
 * Rodham Clinton`, `Hillary Clinton`; not `George W. Bush` and `George H.W. Bush`); a name that
 * leaves out what several others disagree on (`George Bush`), or a lone surname shared by several
 * persons (`Clinton` with Bill and Hillary), stays apart: the reader decides.
 */
function mergeVariants(candidates: Map<string, Candidate>): Candidate[][] {
  const groups = new Map<string, Candidate[]>();
  const short: { candidate: Candidate; owners: (key: string) => boolean }[] = [];
  for (const candidate of [...candidates.values()].sort((a, b) => compareText(a.key, b.key))) {
    const words = candidate.key.split(' ');
    const first = words[0];
    const last = words[words.length - 1];
    const middle = words.slice(1, -1).join(' ');
    if (mostOf(candidate.types) !== 'person') groups.set(`=${candidate.key}`, [candidate]);
    else if (words.length === 1) short.push({ candidate, owners: (key) => key.split('|')[1] === last });
    else if (middle === '') short.push({ candidate, owners: (key) => key.startsWith(`${first}|${last}|`) });
    else {
      const key = `${first}|${last}|${middle}`;
      groups.set(key, [...(groups.get(key) ?? []), candidate]);
    }
  }
  // Names without a middle part first, so that a lone surname can then join the full name's group.
  short.sort(
    (a, b) =>
      b.candidate.key.split(' ').length - a.candidate.key.split(' ').length ||
      compareText(a.candidate.key, b.candidate.key),
  );
  for (const { candidate, owners } of short) {
    const words = candidate.key.split(' ');
    const matching = [...groups.keys()].filter((key) => !key.startsWith('=') && owners(key));
    if (matching.length === 1) groups.get(matching[0])!.push(candidate);
    else if (words.length > 1 && matching.length === 0)
      groups.set(`${words[0]}|${words[words.length - 1]}|`, [candidate]);
    else groups.set(`=${candidate.key}`, [candidate]);
  }
  return [...groups.values()];
}

function describe(group: Candidate[], vocabulary: Vocabulary, contexts: number): ActorSuggestion {
  const written = new Map<string, number>();
  const types = new Map<ActorType, number>();
  for (const candidate of group) {
    for (const [form, count] of candidate.written) written.set(form, (written.get(form) ?? 0) + count);
    for (const [type, count] of candidate.types) types.set(type, (types.get(type) ?? 0) + count);
  }
  const variants = [...written.entries()]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .map(([form]) => form);
  // The canonical name is the most mentioned full name; a lone surname only when there is nothing else.
  const name = variants.find((form) => form.includes(' ')) ?? variants[0];
  const mentions = group
    .flatMap((candidate) => candidate.mentions)
    .sort((a, b) => a.order - b.order || a.start - b.start);
  const docs: Document[] = [];
  for (const mention of mentions) if (!docs.includes(mention.doc)) docs.push(mention.doc);
  const { type, evidence } = guessType(name, types, mentions, vocabulary);
  // One snippet per document first, so the reader sees the name in different articles.
  const picked = docs.slice(0, contexts).map((doc) => mentions.find((mention) => mention.doc === doc)!);
  return {
    name,
    type,
    typeEvidence: evidence,
    mentions: mentions.length,
    documents: docs.length,
    ids: docs.map((doc) => doc.id),
    variants,
    aliases: aliasCandidates(name, type, variants, mentions),
    caseSensitiveAliases: [],
    contexts: picked.map((mention) => snippet(mention.doc.id, mention.doc.text, mention.start, mention.end)),
  };
}

/**
 * The names merged, the surname alone where the text used it (persons), and acronyms the text used
 * for the actor (`DNC`). Other mention texts are left out: a role noun (`the Senator`) or another
 * person the recognition took for this one (`Michelle Obama`) is no alias.
 */
function aliasCandidates(
  name: string,
  type: ActorType,
  variants: string[],
  mentions: { text: string }[],
): string[] {
  const words = name.split(' ');
  const surname = type === 'person' && words.length > 1 ? words[words.length - 1] : null;
  const used = new Set(mentions.map((mention) => mention.text.replace(/\s+/g, ' ')));
  return [
    ...variants,
    ...[...used]
      .filter((text) => text === surname || (ACRONYM.test(text) && text !== name))
      .sort(compareText),
  ];
}

/**
 * The type from the recognizer's decisions and the words around the mentions: a title before the
 * name (`Sen.`, `Governor`) says person; a government noun after it (`X's government`,
 * `X authorities`) in half the mentions or more says state; a head word in the name (`Committee`,
 * `Movement`) decides organisation or group.
 */
function guessType(
  name: string,
  types: Map<ActorType, number>,
  mentions: { doc: Document; start: number; end: number }[],
  vocabulary: Vocabulary,
): { type: ActorType; evidence: string } {
  let titled = 0;
  let governed = 0;
  for (const mention of mentions) {
    const before = matchKey(mention.doc.text.slice(Math.max(0, mention.start - 30), mention.start))
      .replace(/[^\p{L}\p{N} ]/gu, ' ')
      .trim()
      .split(/\s+/);
    if ([1, 2, 3].some((n) => before.length >= n && vocabulary.titles.has(before.slice(-n).join(' '))))
      titled++;
    const after = mention.doc.text
      .slice(mention.end, mention.end + 30)
      .replace(/^['’]s\b/, '')
      .trim()
      .split(/[^\p{L}]+/u);
    if (
      vocabulary.governmentNouns.has(matchKey(after[0] ?? '')) ||
      vocabulary.governmentNouns.has(matchKey(`${after[0]} ${after[1]}`))
    )
      governed++;
  }
  const recognised = [...types.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const evidence = [
    `recognised as ${recognised.map(([type, count]) => `${type} in ${count} document${count === 1 ? '' : 's'}`).join(', ')}`,
  ];
  if (titled > 0) evidence.push(`a title before ${titled} of ${mentions.length} mentions`);
  if (governed > 0) evidence.push(`a government noun after ${governed} of ${mentions.length} mentions`);
  const heads = matchKey(name).split(' ');
  const groupHead = heads.find((word) => vocabulary.groupHeads.has(word));
  const organizationHead = heads.find((word) => vocabulary.organizationHeads.has(word));
  if (groupHead) evidence.push(`group head word "${groupHead}"`);
  if (organizationHead) evidence.push(`organisation head word "${organizationHead}"`);
  let type: ActorType = recognised[0][0];
  if (governed >= 2 && governed * 2 >= mentions.length) type = 'state';
  else if (titled > 0 && !groupHead && !organizationHead) type = 'person';
  else if (type !== 'person' && (groupHead || organizationHead))
    type = organizationHead ? 'organization' : 'group';
  return { type, evidence: evidence.join('; ') };
}

/**
 * Each suggestion's written forms, so that the draft passes the validator next to the gazetteers in
 * use: no form another gazetteer holds, no form two suggestions share (the more mentioned keeps it),
 * no title alone (`Senator`), no surname that several suggested persons share. Acronyms are matched
 * with their case. A suggestion whose own name is taken is dropped.
 */
function assignForms(
  rows: ActorSuggestion[],
  knownForms: Set<string>,
  titles: Set<string>,
): ActorSuggestion[] {
  const lastWords = new Map<string, number>();
  for (const row of rows) {
    const words = matchKey(row.name).split(' ');
    if (row.type === 'person' && words.length > 1)
      lastWords.set(words[words.length - 1], (lastWords.get(words[words.length - 1]) ?? 0) + 1);
  }
  const claimed = new Set<string>();
  const kept: ActorSuggestion[] = [];
  for (const row of rows) {
    const nameKey = matchKey(row.name);
    if (knownForms.has(nameKey) || claimed.has(nameKey)) continue;
    const aliases: string[] = [];
    const caseSensitive: string[] = [];
    const own = new Set<string>();
    for (const form of [row.name, ...row.variants, ...row.aliases]) {
      const key = matchKey(form);
      if (own.has(key) || knownForms.has(key) || titles.has(key) || !/^\p{Lu}/u.test(form)) continue;
      if (claimed.has(key) && key !== nameKey) continue;
      if (!key.includes(' ') && row.type === 'person' && (lastWords.get(key) ?? 0) > 1) continue;
      own.add(key);
      (ACRONYM.test(form) && form.length <= 6 ? caseSensitive : aliases).push(form);
    }
    if (own.size === 0) continue;
    for (const key of own) claimed.add(key);
    kept.push({ ...row, aliases, caseSensitiveAliases: caseSensitive });
  }
  return kept;
}

const TYPE_ORDER: ActorType[] = ['person', 'state', 'organization', 'group'];

/** The draft gazetteer, entries sorted by type then name as the shipped ones are. */
function draftGazetteer(rows: ActorSuggestion[], name: string, documentCount: number): GazetteerFile {
  const actors = [...rows]
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || compareText(a.name, b.name))
    .map((row): GazetteerActor => {
      const actor: GazetteerActor = { name: row.name, type: row.type, aliases: row.aliases };
      if (row.caseSensitiveAliases.length > 0) actor.caseSensitiveAliases = row.caseSensitiveAliases;
      actor.side = FILL_IN;
      actor.note = `Suggested: ${row.mentions} mentions in ${row.documents} of ${documentCount} documents; type ${row.type} (${row.typeEvidence}).`;
      return actor;
    });
  return {
    name,
    description: `Draft gazetteer suggested from ${documentCount} documents by suggestActors. Check each actor's type and aliases, fill in "side" (or delete the field) and delete the actors you do not want; framing lexicon check lists what is left to fill.`,
    actors,
  };
}
