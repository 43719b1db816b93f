/**
 * `suggestTerms`: the start of a loaded-term lexicon for a new corpus. Fightin' Words over unigrams
 * and bigrams between two groups of analysed documents, kept where the wording is evaluative or a
 * naming choice, each with counts, z and keyword-in-context snippets.
 */
import { lexiconsFor, type AnalyzeOptions } from '../analyze';
import { FILL_IN } from '../lexicons/load';
import type { LoadedCategory, LoadedLexiconFile } from '../lexicons/types';
import { matchKey } from '../lexicons/validate';
import { parseDocument } from '../parse/parse';
import type { Token } from '../parse/types';
import { fightinWords, type FightinWordsRow } from '../stats/fightinWords';
import { compareText } from '../stats/numbers';
import { loadStopwords } from '../stats/tokens';
import type { Document } from '../types';
import { kebabId, snippet, type Snippet } from './context';

export interface SuggestTermsOptions extends Pick<AnalyzeOptions, 'lexicons' | 'shippedLexicons'> {
  /** Fightin' Words' α0 (see `fightinWords`): required, since the ranking depends on it. */
  prior: number;
  /** Names of the two groups, used in rows and notes (default `['A', 'B']`). */
  labels?: [string, string];
  /** Words left out of unigrams and bigrams (default the shipped English list). */
  stopwords?: ReadonlySet<string>;
  /** Leave out wordings used fewer times than this in both groups together (default 5). */
  minCount?: number;
  /** Keep wordings with |z| at least this (default 1.96). */
  minZ?: number;
  /** At most this many suggestions per group (default 20). */
  limit?: number;
  /** A word is near an actor when within this many tokens of a mention in its sentence (default 4). */
  window?: number;
  /** Snippets per suggestion, from different documents of the group it is distinctive of (default 3). */
  contexts?: number;
  /**
   * Shipped loaded-term lexicons whose words mark a wording as a known loaded pattern (`illegal`,
   * `regime`, `radical`), by name; default all shipped ones.
   */
  patternLexicons?: string[];
  /** The draft lexicon's `name` (default `my-terms`) and `sides` (default none: add yours). */
  name?: string;
  sides?: string[];
}

export interface TermSuggestion {
  term: string;
  /** 1 or 2 words. */
  words: number;
  /** The label of the group it is distinctive of. */
  group: string;
  countA: number;
  countB: number;
  documentsA: number;
  documentsB: number;
  /** Fightin' Words z: > 0 more A's, < 0 more B's. */
  z: number;
  /** The most frequent part-of-speech tags of its words (`ADJ`, `ADJ NOUN`). */
  pos: string;
  /** Occurrences within `window` tokens of an actor mention. */
  nearActors: number;
  /** Why it was kept, one phrase each. */
  reasons: string[];
  contexts: Snippet[];
}

export interface TermSuggestions {
  rows: TermSuggestion[];
  /** The draft lexicon: every suggestion with `category`, `favours` and `neutral` left as `FILL_IN`. */
  lexicon: LoadedLexiconFile;
}

interface Occurrence {
  doc: Document;
  start: number;
  end: number;
}

interface Tally {
  count: [number, number];
  documents: [Set<Document>, Set<Document>];
  pos: Map<string, number>;
  near: number;
  /** The first occurrence in each document (up to a few per group), for snippets. */
  examples: [Occurrence[], Occurrence[]];
}

const EXAMPLES_KEPT = 10;
const CONTENT_POS = new Set(['ADJ', 'NOUN']);
/** Bigram tag patterns that name or qualify something: `illegal aliens`, `death tax`, `radical left`. */
const NAMING_PATTERNS = new Set(['ADJ NOUN', 'NOUN NOUN', 'ADJ ADJ', 'ADJ PROPN', 'PROPN NOUN']);
const HAS_LETTER = /\p{L}/u;

/**
 * Words and two-word phrases distinctive of group A or of group B (Fightin' Words, Monroe et al.
 * 2008, over unigrams and bigrams apart), leaving out stopwords, the words of actor mentions and of
 * persons' names, and wordings the loaded lexicons in use already hold. A wording is kept when it
 * is evaluative or a naming choice: an adjective or noun used near actor mentions (at least twice
 * and in a fifth of its uses), a two-word naming pattern (`ADJ NOUN`, `NOUN NOUN`…), or a word of a
 * known loaded pattern (a word of a shipped lexicon's term). Each comes with counts, z and snippets.
 */
export function suggestTerms(
  groupA: readonly Document[],
  groupB: readonly Document[],
  options: SuggestTermsOptions,
): TermSuggestions {
  const labels = options.labels ?? ['A', 'B'];
  const stopwords = options.stopwords ?? loadStopwords();
  const window = options.window ?? 4;
  const personWords = new Set(
    [...groupA, ...groupB].flatMap((doc) =>
      doc.actors
        .filter((actor) => actor.type === 'person')
        .flatMap((actor) => actor.name.toLowerCase().split(/\s+/)),
    ),
  );
  const unigrams = new Map<string, Tally>();
  const bigrams = new Map<string, Tally>();
  [groupA, groupB].forEach((group, side) => {
    for (const doc of group)
      countDocument(doc, side as 0 | 1, { unigrams, bigrams, stopwords, personWords, window });
  });
  const inUse = lexiconsFor({ lexicons: options.lexicons, shippedLexicons: options.shippedLexicons }).loaded;
  const knownForms = new Set(
    inUse.flatMap((lexicon) =>
      lexicon.entries.flatMap((entry) =>
        [entry.term, ...(entry.variants ?? [])].map((form) => matchKey(form)),
      ),
    ),
  );
  const patterns = patternWords(lexiconsFor({ shippedLexicons: options.patternLexicons }).loaded, stopwords);
  const minCount = options.minCount ?? 5;
  const minZ = options.minZ ?? 1.96;
  const rows: TermSuggestion[] = [];
  for (const [tallies, words] of [
    [unigrams, 1],
    [bigrams, 2],
  ] as const) {
    const scored = fightinWords(countsOf(tallies, 0), countsOf(tallies, 1), { prior: options.prior });
    for (const scoredRow of scored) {
      if (
        Math.abs(scoredRow.z) < minZ ||
        scoredRow.countA + scoredRow.countB < minCount ||
        knownForms.has(matchKey(scoredRow.term))
      )
        continue;
      const row = describe(
        scoredRow,
        tallies.get(scoredRow.term)!,
        words,
        labels,
        patterns,
        options.contexts ?? 3,
      );
      if (row.reasons.length > 0) rows.push(row);
    }
  }
  const limit = options.limit ?? 20;
  const ofGroup = (label: string, sign: number) =>
    rows
      .filter((row) => row.group === label)
      .sort((a, b) => sign * (b.z - a.z) || compareText(a.term, b.term))
      .slice(0, limit);
  const kept = [...ofGroup(labels[0], 1), ...ofGroup(labels[1], -1)];
  return { rows: kept, lexicon: draftLexicon(kept, options, labels, groupA.length + groupB.length) };
}

interface CountContext {
  unigrams: Map<string, Tally>;
  bigrams: Map<string, Tally>;
  stopwords: ReadonlySet<string>;
  personWords: ReadonlySet<string>;
  window: number;
}

function countDocument(doc: Document, side: 0 | 1, ctx: CountContext): void {
  const { tokens } = parseDocument(doc.text);
  // Tokens inside actor mentions are names, not wording; the nearest mention decides "near".
  const inMention = new Uint8Array(tokens.length);
  const mentions = doc.actors.flatMap((actor) => actor.mentions).sort((a, b) => a.start - b.start);
  let m = 0;
  for (const token of tokens) {
    while (m < mentions.length && mentions[m].end <= token.start) m++;
    if (m < mentions.length && mentions[m].start < token.end) inMention[token.index] = 1;
  }
  const nearMention = nearness(tokens, inMention, ctx.window);
  const word = (token: Token | undefined): string | null => {
    if (!token || !token.isWord || inMention[token.index] === 1 || !HAS_LETTER.test(token.lower)) return null;
    const lower = token.lower.replace(/[’‘]/g, "'");
    return ctx.stopwords.has(lower) || ctx.personWords.has(lower) ? null : lower;
  };
  for (const token of tokens) {
    const first = word(token);
    if (first === null) continue;
    add(ctx.unigrams, first, doc, side, token.pos, nearMention[token.index] === 1, token.start, token.end);
    const next = tokens[token.index + 1];
    const second = next && next.sentence === token.sentence ? word(next) : null;
    if (second !== null) {
      const near = nearMention[token.index] === 1 || nearMention[next.index] === 1;
      add(
        ctx.bigrams,
        `${first} ${second}`,
        doc,
        side,
        `${token.pos} ${next.pos}`,
        near,
        token.start,
        next.end,
      );
    }
  }
}

/** 1 for each token within `window` tokens of a mention token in the same sentence. */
function nearness(tokens: Token[], inMention: Uint8Array, window: number): Uint8Array {
  const near = new Uint8Array(tokens.length);
  let lastMention = -Infinity;
  for (const token of tokens) {
    if (inMention[token.index] === 1) lastMention = token.index;
    else if (token.index - lastMention <= window && tokens[lastMention]?.sentence === token.sentence)
      near[token.index] = 1;
  }
  lastMention = Infinity;
  for (let t = tokens.length - 1; t >= 0; t--) {
    if (inMention[t] === 1) lastMention = t;
    else if (lastMention - t <= window && tokens[lastMention]?.sentence === tokens[t].sentence) near[t] = 1;
  }
  return near;
}

function add(
  tallies: Map<string, Tally>,
  term: string,
  doc: Document,
  side: 0 | 1,
  pos: string,
  near: boolean,
  start: number,
  end: number,
): void {
  let tally = tallies.get(term);
  if (!tally)
    tallies.set(
      term,
      (tally = {
        count: [0, 0],
        documents: [new Set(), new Set()],
        pos: new Map(),
        near: 0,
        examples: [[], []],
      }),
    );
  tally.count[side]++;
  tally.pos.set(pos, (tally.pos.get(pos) ?? 0) + 1);
  if (near) tally.near++;
  if (!tally.documents[side].has(doc)) {
    tally.documents[side].add(doc);
    if (tally.examples[side].length < EXAMPLES_KEPT) tally.examples[side].push({ doc, start, end });
  }
}

function countsOf(tallies: Map<string, Tally>, side: 0 | 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [term, tally] of tallies) if (tally.count[side] > 0) counts.set(term, tally.count[side]);
  return counts;
}

/**
 * The one-word forms of the pattern lexicons (`regime`, `slammed`, `martyrs`), each with its entry.
 * Words of longer terms are left out: in `resilience against aggression` or `rigged election` most
 * words are plain on their own.
 */
function patternWords(lexicons: LoadedLexiconFile[], stopwords: ReadonlySet<string>): Map<string, string> {
  const words = new Map<string, string>();
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      for (const form of [entry.term, ...(entry.variants ?? [])]) {
        const word = matchKey(form);
        if (word.includes(' ') || stopwords.has(word) || words.has(word)) continue;
        words.set(word, `${lexicon.name}/${entry.id} (${entry.category})`);
      }
    }
  }
  return words;
}

function describe(
  scored: FightinWordsRow,
  tally: Tally,
  words: number,
  labels: [string, string],
  patterns: Map<string, string>,
  contexts: number,
): TermSuggestion {
  const pos = [...tally.pos.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0][0];
  const uses = tally.count[0] + tally.count[1];
  const reasons: string[] = [];
  const tags = pos.split(' ');
  if (words === 1 && CONTENT_POS.has(pos) && tally.near >= 2 && tally.near * 5 >= uses) {
    reasons.push(
      `${pos === 'ADJ' ? 'adjective' : 'noun'} near actor mentions in ${tally.near} of ${uses} uses`,
    );
  }
  if (words === 2 && NAMING_PATTERNS.has(pos) && tags.some((tag) => CONTENT_POS.has(tag)))
    reasons.push(`naming pattern ${pos}`);
  for (const word of scored.term.split(' ')) {
    const entry = patterns.get(matchKey(word));
    if (entry) reasons.push(`"${word}" as in ${entry}`);
  }
  const side = scored.z > 0 ? 0 : 1;
  return {
    term: scored.term,
    words,
    group: labels[side],
    countA: scored.countA,
    countB: scored.countB,
    documentsA: tally.documents[0].size,
    documentsB: tally.documents[1].size,
    z: scored.z,
    pos,
    nearActors: tally.near,
    reasons,
    contexts: tally.examples[side]
      .slice(0, contexts)
      .map((o) => snippet(o.doc.id, o.doc.text, o.start, o.end)),
  };
}

function draftLexicon(
  rows: TermSuggestion[],
  options: SuggestTermsOptions,
  labels: [string, string],
  documentCount: number,
): LoadedLexiconFile {
  const ids = new Set<string>();
  const entries = rows.map((row) => {
    let id = kebabId(row.term);
    for (let n = 2; ids.has(id); n++) id = `${kebabId(row.term)}-${n}`;
    ids.add(id);
    return {
      id,
      term: row.term,
      category: FILL_IN as LoadedCategory,
      favours: FILL_IN,
      neutral: FILL_IN,
      note: `Suggested: distinctive of ${row.group} (z ${row.z}; ${row.countA} uses in ${labels[0]}, ${row.countB} in ${labels[1]}); ${row.reasons.join('; ')}.`,
    };
  });
  entries.sort((a, b) => compareText(a.id, b.id));
  return {
    name: options.name ?? 'my-terms',
    description: `Draft loaded-term lexicon suggested by suggestTerms from ${documentCount} documents (${labels[0]} vs ${labels[1]}). Delete the wordings that are not loaded; for the rest fill in category, favours (one of sides, or "none") and neutral, and add variants (plurals, inflections); framing lexicon check lists what is left to fill.`,
    sides: options.sides ?? [],
    entries,
  };
}
