/**
 * `checkLexicon`: the loop a user runs while editing a lexicon or gazetteer of their own. Validates
 * the file next to the lexicons in use (a draft's `FILL_IN` fields are listed, not errors) and, on a
 * corpus, counts each entry's hits, names the entries never matched, and the places where two
 * entries' forms match overlapping text (where the longest wins, the other loses).
 */
import { analyzerFor, lexiconsFor, type AnalyzeOptions } from '../analyze';
import type { RawDocument } from '../corpus/types';
import { LexiconError } from '../lexicons/errors';
import { readJsonFile } from '../lexicons/json';
import { actorForms, type PendingField } from '../lexicons/load';
import { matchKey } from '../lexicons/validate';
import { compilePhrases, longestAt, phraseStartBits, type PhraseMatch } from '../match/phraseMatcher';
import { parseDocument } from '../parse/parse';
import { compareText } from '../stats/numbers';
import { snippet, type Snippet } from './context';

export type CheckOptions = Pick<
  AnalyzeOptions,
  'lexicons' | 'gazetteers' | 'shippedLexicons' | 'shippedGazetteers'
>;

export interface EntryHits {
  /** The entry's id (lexicon) or name (gazetteer). */
  entry: string;
  /** Matches the analysis kept (loaded terms; actor mentions). */
  hits: number;
  documents: number;
}

export interface EntryOverlap {
  /** The entry whose form is the longer, or the first in the text. */
  entry: string;
  other: string;
  /** `contains`: a form of `other` lies inside a form of `entry`; `overlaps`: the two cross. */
  kind: 'contains' | 'overlaps';
  count: number;
  example: Snippet;
}

export interface LexiconCheckReport {
  file: string;
  kind: 'lexicon' | 'gazetteer';
  name: string;
  /** Fields still holding `FILL_IN`, in file order. */
  pending: PendingField[];
  /** Documents read (0 without a corpus). */
  documents: number;
  /** Every entry in file order, with its hits (all 0 without a corpus). */
  entries: EntryHits[];
  /** Entries with no hit in the corpus. */
  unmatched: string[];
  overlaps: EntryOverlap[];
}

interface Form {
  entry: string;
  phrase: string;
  caseSensitive: boolean;
}

/**
 * Checks a loaded-term lexicon (a file with `entries`) or a gazetteer (a file with `actors`).
 * Throws LexiconError naming the file, entry and field when it is invalid — alone, or next to the
 * lexicons in use (`options`, as for the analysis: the same form in a shipped file is a clash).
 * `corpus` may be empty (validation only) or any iterable of documents, read once.
 */
export function checkLexicon(
  file: string,
  corpus: Iterable<RawDocument> = [],
  options: CheckOptions = {},
): LexiconCheckReport {
  const root = readJsonFile(file);
  const kind =
    root !== null && typeof root === 'object' && 'actors' in root
      ? 'gazetteer'
      : root !== null && typeof root === 'object' && 'entries' in root
        ? 'lexicon'
        : null;
  if (kind === null)
    throw new LexiconError(
      { file },
      'neither a loaded-term lexicon (with "entries") nor a gazetteer (with "actors")',
    );
  const pending: PendingField[] = [];
  const withFile: AnalyzeOptions =
    kind === 'lexicon'
      ? { ...options, lexicons: [...(options.lexicons ?? []), file] }
      : { ...options, gazetteers: [...(options.gazetteers ?? []), file] };
  const lexicons = lexiconsFor(withFile, pending);
  // The file's own data as loaded: the last of its kind (extra files come after the shipped ones).
  const name =
    kind === 'lexicon'
      ? lexicons.loaded[lexicons.loaded.length - 1].name
      : lexicons.gazetteers[lexicons.gazetteers.length - 1].name;
  const forms: Form[] =
    kind === 'lexicon'
      ? lexicons.loaded[lexicons.loaded.length - 1].entries.flatMap((entry) =>
          [entry.term, ...(entry.variants ?? [])].map((phrase) => ({
            entry: entry.id,
            phrase,
            caseSensitive: entry.caseSensitive === true,
          })),
        )
      : lexicons.gazetteers[lexicons.gazetteers.length - 1].actors.flatMap((actor) =>
          [{ field: 'name', phrase: actor.name }, ...actorForms(actor)].map(({ field, phrase }) => ({
            entry: actor.name,
            phrase,
            caseSensitive: field.startsWith('caseSensitive'),
          })),
        );
  const keys = [...new Set(forms.map((form) => form.entry))];
  const hits = new Map(keys.map((key) => [key, { hits: 0, documents: 0 }]));
  const overlaps = new Map<string, EntryOverlap>();
  const analyzer = analyzerFor(lexicons, {
    features: {
      attributions: false,
      hedging: false,
      loadedTerms: kind === 'lexicon',
      actors: kind === 'gazetteer',
    },
  });
  const matcher = compilePhrases(
    forms.map((form) => ({ phrase: form.phrase, caseSensitive: form.caseSensitive, value: form })),
  );
  const hidden = prefixesOf(forms);
  let documents = 0;
  for (const raw of corpus) {
    documents++;
    const document = analyzer.analyze(raw);
    const found =
      kind === 'lexicon'
        ? document.loadedTerms
            .filter((term) => term.entry.startsWith(`${name}/`))
            .map((term) => term.entry.slice(name.length + 1))
        : document.actors.flatMap((actor) => actor.mentions.map(() => actor.name));
    const seenHere = new Set<string>();
    for (const key of found) {
      const tally = hits.get(key);
      if (!tally) continue;
      tally.hits++;
      if (!seenHere.has(key)) tally.documents++;
      seenHere.add(key);
    }
    countOverlaps(raw, matcher, hidden, overlaps);
  }
  const entries = keys.map((entry) => ({ entry, ...hits.get(entry)! }));
  return {
    file,
    kind,
    name,
    pending,
    documents,
    entries,
    unmatched: documents > 0 ? entries.filter((entry) => entry.hits === 0).map((entry) => entry.entry) : [],
    overlaps: [...overlaps.values()].sort(
      (a, b) => b.count - a.count || compareText(a.entry, b.entry) || compareText(a.other, b.other),
    ),
  };
}

/** For each form, the other entries' forms that are its first words (`illegal` in `illegal aliens`). */
function prefixesOf(forms: Form[]): Map<Form, Form[]> {
  const byKey = new Map<string, Form[]>();
  for (const form of forms)
    byKey.set(matchKey(form.phrase), [...(byKey.get(matchKey(form.phrase)) ?? []), form]);
  const prefixes = new Map<Form, Form[]>();
  for (const form of forms) {
    const words = matchKey(form.phrase).split(' ');
    const found: Form[] = [];
    for (let n = 1; n < words.length; n++) {
      for (const other of byKey.get(words.slice(0, n).join(' ')) ?? [])
        if (other.entry !== form.entry) found.push(other);
    }
    if (found.length > 0) prefixes.set(form, found);
  }
  return prefixes;
}

/**
 * Where two entries' forms match overlapping text. The longest match at each word is found; a
 * shorter form of another entry starting at the same word is known from `hidden`, and one starting
 * later shows as a second match that overlaps the first.
 */
function countOverlaps(
  raw: RawDocument,
  matcher: ReturnType<typeof compilePhrases<Form>>,
  hidden: Map<Form, Form[]>,
  overlaps: Map<string, EntryOverlap>,
): void {
  const doc = parseDocument(raw.text);
  const bits = phraseStartBits(doc);
  const matches: PhraseMatch<Form>[] = [];
  for (let piece = 0; piece < doc.pieces.length; piece++) {
    if ((bits[piece] & matcher.startBit) === 0) continue;
    const match = longestAt(matcher, doc, piece);
    if (match) matches.push(match);
  }
  const record = (entry: string, other: string, kind: EntryOverlap['kind'], start: number, end: number) => {
    const key = `${entry}\u0000${other}\u0000${kind}`;
    const overlap = overlaps.get(key);
    if (overlap) overlap.count++;
    else overlaps.set(key, { entry, other, kind, count: 1, example: snippet(raw.id, raw.text, start, end) });
  };
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    for (const other of new Set((hidden.get(match.value) ?? []).map((form) => form.entry)))
      record(match.value.entry, other, 'contains', match.start, match.end);
    for (let j = i + 1; j < matches.length && matches[j].firstPiece < match.endPiece; j++) {
      const later = matches[j];
      if (later.value.entry === match.value.entry) continue;
      const inside = later.endPiece <= match.endPiece;
      record(
        match.value.entry,
        later.value.entry,
        inside ? 'contains' : 'overlaps',
        match.start,
        inside ? match.end : later.end,
      );
    }
  }
}
