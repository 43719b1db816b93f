import type { ParsedDocument } from '../parse/types';
import type { Actor, Attribution, Document, Summary } from '../types';
import { round4 } from '../numbers';

/** The document's features, plus the parse (for quoted words) and the lexicons' sides. */
export type SummaryInput = Pick<
  Document,
  'stats' | 'attributions' | 'loadedTerms' | 'actors' | 'hedges' | 'boosters'
> & {
  doc: ParsedDocument;
  /** Sides of each loaded-term lexicon, in order, e.g. `[{ lexicon: 'kashmir', sides: ['Pakistan', 'India'] }]`. */
  sides: { lexicon: string; sides: string[] }[];
  /** The document's title (`meta.title`), for prominence; null or absent when there is none. */
  title?: string | null;
};

/** How many speakers `topSpeakers` lists. */
const TOP_SPEAKERS = 3;

const SOURCE_TYPES = ['person', 'organization', 'document', 'unnamed', 'implicit'] as const;

/** The feature-table row. Keys come in a fixed order so tables and CSV columns are stable. */
export function summarize(input: SummaryInput): Summary {
  const { stats, attributions, loadedTerms, actors, hedges, boosters } = input;
  const quotedWords = countQuotedWords(input.doc);
  const outletWords = stats.words - quotedWords;
  const per1k = (count: number, words = stats.words) => round4(words > 0 ? (1000 * count) / words : 0);
  const share = (part: number, whole: number) => round4(whole > 0 ? part / whole : 0);

  const summary: Summary = {
    words: stats.words,
    sentences: stats.sentences,
    attributions: attributions.length,
    attributionsPer1k: per1k(attributions.length),
    directShare: share(attributions.filter((a) => a.mode === 'direct').length, attributions.length),
    anonymousShare: share(attributions.filter((a) => a.anonymous).length, attributions.length),
    distinctSources: distinctSources(attributions),
  };
  for (const type of SOURCE_TYPES)
    summary[column('sourceShare', type)] = share(
      attributions.filter((a) => a.sourceType === type).length,
      attributions.length,
    );
  summary.quotedWordsShare = share(quotedWords, stats.words);
  // A coordinated source (`Modi and Sharif said`) gives each of its speakers a voice.
  const spoken = attributions.flatMap((a) => a.speakers);
  summary.topSpeaker = topBy(spoken);

  summary.loadedTerms = loadedTerms.length;
  summary.loadedPer1k = per1k(loadedTerms.length);
  for (const side of allSides(input.sides))
    summary[column('loadedPer1k', side)] = per1k(loadedTerms.filter((term) => term.favours === side).length);
  for (const { lexicon, sides } of input.sides) {
    if (sides.length < 2) continue;
    const [a, b] = sides;
    summary[column('loadedBalance', lexicon)] = round4(
      per1k(loadedTerms.filter((t) => t.favours === a).length) -
        per1k(loadedTerms.filter((t) => t.favours === b).length),
    );
  }
  summary.loadedInQuoteShare = share(loadedTerms.filter((term) => term.inQuote).length, loadedTerms.length);

  summary.actorsDistinct = actors.length;
  summary.topActor = actors[0]?.name ?? null;
  summary.topActorMentions = actors[0]?.mentions.length ?? 0;
  summary.topActorInTitle = topActorInTitle(actors[0], input.title);
  summary.topActorFirstMention = actors[0]
    ? round4(firstMention(actors[0]) / Math.max(1, input.doc.text.length))
    : null;
  const sideOf = new Map(actors.map((actor) => [actor.name, actor.side]));
  const actorSides = [...allSides(input.sides).filter((side) => side !== 'none'), 'other'];
  const bucket = (side: string | null | undefined) =>
    side && actorSides.includes(side) && side !== 'other' ? side : 'other';
  for (const side of actorSides) {
    summary[column('actorMentions', side)] = actors
      .filter((actor) => bucket(actor.side) === side)
      .reduce((sum, actor) => sum + actor.mentions.length, 0);
  }
  // An attribution counts once for each side among its speakers.
  for (const side of actorSides)
    summary[column('voices', side)] = attributions.filter((a) =>
      a.speakers.some((speaker) => bucket(sideOf.get(speaker)) === side),
    ).length;
  summary.topSpeakers = topSpeakers(spoken);

  summary.hedges = hedges.length;
  summary.hedgesPer1k = per1k(hedges.length);
  summary.hedgesPer1kOutlet = per1k(hedges.filter((cue) => !cue.inQuote).length, outletWords);
  summary.hedgesPer1kQuoted = per1k(hedges.filter((cue) => cue.inQuote).length, quotedWords);
  summary.boosters = boosters.length;
  summary.boostersPer1k = per1k(boosters.length);
  summary.boostersPer1kOutlet = per1k(boosters.filter((cue) => !cue.inQuote).length, outletWords);
  summary.boostersPer1kQuoted = per1k(boosters.filter((cue) => cue.inQuote).length, quotedWords);
  return summary;
}

/**
 * 1 when the title names the top actor by one of the forms the text uses for it (`Pakistan`, `New
 * Delhi`, `Modi`), 0 when it does not, null without a title or actors. Whole words, any case.
 */
function topActorInTitle(actor: Actor | undefined, title: string | null | undefined): number | null {
  if (!actor || !title) return null;
  const forms = new Set([actor.name, ...actor.mentions.map((mention) => mention.text)].map(normalizeForm));
  const padded = ` ${normalizeForm(title)} `;
  return [...forms].some((form) => form.length > 0 && padded.includes(` ${form} `)) ? 1 : 0;
}

/** Lower case, letters and digits only, single spaces: `New Delhi’s` and `new delhi's` compare equal. */
function normalizeForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function firstMention(actor: Actor): number {
  return actor.mentions.reduce((first, mention) => Math.min(first, mention.start), Number.POSITIVE_INFINITY);
}

/** The most frequent speakers as `name (count)`, joined by `; `; ties alphabetical, so the value is stable. */
function topSpeakers(speakers: string[]): string | null {
  const counts = new Map<string, number>();
  for (const speaker of speakers) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked.length
    ? ranked
        .slice(0, TOP_SPEAKERS)
        .map(([name, count]) => `${name} (${count})`)
        .join('; ')
    : null;
}

/** `none` comes last; each side once even when several lexicons share it. */
function allSides(lexicons: { sides: string[] }[]): string[] {
  const sides = new Set<string>();
  for (const lexicon of lexicons) for (const side of lexicon.sides) sides.add(side);
  return [...sides, 'none'];
}

/**
 * Words whose start lies in a quotation region. Tokens come in text order and regions are sorted
 * and disjoint, so one walk over both answers what a binary search per token would (this runs for
 * every token of every document).
 */
function countQuotedWords(doc: ParsedDocument): number {
  const { tokens, quotes } = doc;
  let quoted = 0;
  let region = 0;
  for (let t = 0; t < tokens.length && region < quotes.length; t++) {
    const { start, isWord } = tokens[t];
    while (region < quotes.length && quotes[region].end <= start) region++;
    if (isWord && region < quotes.length && quotes[region].start <= start) quoted++;
  }
  return quoted;
}

/** Speakers by canonical name; unnamed sources by their wording (`diplomatic sources`). */
/** Different speakers, else different source wordings; attributions without a source name nobody and count none. */
function distinctSources(attributions: Attribution[]): number {
  const keys = new Set(
    attributions.flatMap((a) =>
      a.speakers.length > 0
        ? a.speakers
        : a.source
          ? [a.source.text.toLowerCase().replace(/^(the|a|an)\s+/, '')]
          : [],
    ),
  );
  return keys.size;
}

/** Most frequent value; ties go to the alphabetically first, so the result is stable. */
function topBy(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) {
    const bestCount = best === null ? -1 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && value < best!)) best = value;
  }
  return best;
}

/**
 * Column names such as `loadedPer1k_India`, built once per prefix and name: every row has about
 * fifty, and making each again for every document (then interning it as a key) showed in the profile.
 */
const columnNames = new Map<string, Map<string, string>>();

function column(prefix: string, name: string): string {
  let names = columnNames.get(prefix);
  if (names === undefined) columnNames.set(prefix, (names = new Map()));
  let column = names.get(name);
  if (column === undefined) names.set(name, (column = `${prefix}_${name}`));
  return column;
}
