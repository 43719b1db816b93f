import type { ReferentRow } from './rows';
import type { Document } from '../types';
import { compareText, round4 } from './order';
import { normaliseTermText } from './termRows';

/** `favours` of a referent's plain wording in `ReferentRow`. */
export const NEUTRAL_WORDING = 'neutral';

/** Group of a document: a `meta` key (`'perspective'`) or a function of the document. */
export type GroupBy = string | ((document: Document) => string);

export interface ReferentRowOptions {
  /** How to group the documents; missing metadata becomes the group `(none)`. */
  by: GroupBy;
  /**
   * `all` (default) counts every occurrence; `outlet` leaves out those inside quotation marks, so a
   * wording an outlet only quotes from a source does not count as its own.
   */
  voice?: 'all' | 'outlet';
}

export function groupOf(document: Document, by: GroupBy): string {
  if (typeof by === 'function') return by(document);
  const value = document.meta[by];
  return value === undefined || value === null || value === '' ? '(none)' : String(value);
}

interface Tally {
  row: Omit<ReferentRow, 'share'>;
  ids: Set<string>;
}

/**
 * Terminology alignment as a long table: one row per referent × group × wording, counting the
 * loaded terms (by their `referent`) and the referents' plain wordings (`neutralTerms`) in each
 * group's articles. Wordings are the normalised surface forms, so *IIOJK* and *Indian Illegally
 * Occupied Jammu and Kashmir* are two wordings of one referent. Ordered by referent, group, then
 * wording (code-unit order); `share` is the wording's part of the referent's occurrences in that
 * group.
 */
export function referentRows(documents: readonly Document[], options: ReferentRowOptions): ReferentRow[] {
  const outletOnly = options.voice === 'outlet';
  const tallies = new Map<string, Tally>();
  const add = (
    doc: Document,
    group: string,
    referent: string,
    text: string,
    favours: string,
    loaded: boolean,
    inQuote: boolean,
  ): void => {
    if (outletOnly && inQuote) return;
    const wording = normaliseTermText(text);
    // NUL cannot occur in a referent, a group name or news text, so the key is unambiguous.
    const key = [referent, group, wording, favours, loaded].join('\u0000');
    let tally = tallies.get(key);
    if (!tally) {
      tally = {
        row: { referent, group, wording, favours, loaded, count: 0, inQuoteCount: 0, documents: 0 },
        ids: new Set(),
      };
      tallies.set(key, tally);
    }
    tally.row.count++;
    if (inQuote) tally.row.inQuoteCount++;
    tally.ids.add(doc.id);
  };
  for (const doc of documents) {
    const group = groupOf(doc, options.by);
    for (const t of doc.loadedTerms) add(doc, group, t.referent, t.text, t.favours, true, t.inQuote);
    for (const t of doc.neutralTerms) add(doc, group, t.referent, t.text, NEUTRAL_WORDING, false, t.inQuote);
  }
  const totals = new Map<string, number>();
  for (const { row } of tallies.values()) {
    const key = `${row.referent}\u0000${row.group}`;
    totals.set(key, (totals.get(key) ?? 0) + row.count);
  }
  return [...tallies.values()]
    .map(({ row, ids }) => ({
      ...row,
      documents: ids.size,
      share: round4(row.count / totals.get(`${row.referent}\u0000${row.group}`)!),
    }))
    .sort(
      (a, b) =>
        compareText(a.referent, b.referent) ||
        compareText(a.group, b.group) ||
        compareText(a.wording, b.wording) ||
        compareText(a.favours, b.favours) ||
        Number(a.loaded) - Number(b.loaded),
    );
}

export const REFERENT_COLUMNS: readonly (keyof ReferentRow)[] = [
  'referent',
  'group',
  'wording',
  'favours',
  'loaded',
  'count',
  'inQuoteCount',
  'documents',
  'share',
];
