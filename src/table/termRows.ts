import type { Document, LoadedTerm } from '../types';
import { compareText, documentsById } from './order';

/** One loaded-term wording (lexicon entry + normalised surface form) judged one way, in one document. */
export interface TermRow {
  id: string;
  /** Lexicon entry id, e.g. `kashmir/iojk`. */
  entry: string;
  /** The matched text, normalised (see `normaliseTermText`). */
  term: string;
  category: string;
  favours: string;
  /** The actor the matches were judged by (see `LoadedTerm.target`), or null. */
  target: string | null;
  neutral: string;
  /** Matches of this wording in the document. */
  count: number;
  /** Of those, matches inside quotation marks (the source's wording, not the outlet's). */
  inQuoteCount: number;
}

/**
 * The surface form as a grouping key: lower case, curly apostrophes straightened, and hyphens,
 * dashes and whitespace runs (including the line breaks of wrapped lines) as one space — the
 * same variation the phrase matcher already treats as one phrase (`Pakistan-occupied` =
 * `Pakistan occupied`), so one wording is one row however the page wrapped or hyphenated it.
 */
export function normaliseTermText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s\u2010-\u2015-]+/gu, ' ')
    .trim();
}

/**
 * Term × document rows: loaded terms grouped by entry, normalised wording, favoured side and
 * target, ordered by document id, then category, then wording, then entry, then side, then target.
 * A wording judged by its target can favour either side in one document (*illegal steps* of
 * India and of Pakistan), so side and target are part of the group.
 */
export function termRows(documents: readonly Document[]): TermRow[] {
  return documentsById(documents).flatMap((doc) =>
    groupTerms(doc.loadedTerms)
      .map((group): TermRow => {
        const first = group[0];
        return {
          id: doc.id,
          entry: first.entry,
          term: normaliseTermText(first.text),
          category: first.category,
          favours: first.favours,
          target: first.target ?? null,
          neutral: first.neutral,
          count: group.length,
          inQuoteCount: group.filter((t) => t.inQuote).length,
        };
      })
      .sort(
        (a, b) =>
          compareText(a.category, b.category) ||
          compareText(a.term, b.term) ||
          compareText(a.entry, b.entry) ||
          compareText(a.favours, b.favours) ||
          compareText(a.target ?? '', b.target ?? ''),
      ),
  );
}

function groupTerms(terms: readonly LoadedTerm[]): LoadedTerm[][] {
  const groups = new Map<string, LoadedTerm[]>();
  for (const term of terms) {
    // NUL cannot occur in an entry id or in news text, so the key is unambiguous.
    const key = [term.entry, normaliseTermText(term.text), term.favours, term.target ?? ''].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(term);
    else groups.set(key, [term]);
  }
  return [...groups.values()];
}

export const TERM_COLUMNS: readonly (keyof TermRow)[] = [
  'id',
  'entry',
  'term',
  'category',
  'favours',
  'target',
  'neutral',
  'count',
  'inQuoteCount',
];
