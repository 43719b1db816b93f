import { compilePhrases, findPhrases, longestAt, phraseStartBits, type PhraseMatch, type PhraseMatcher } from '../match/phraseMatcher';
import type { LoadedEntry, LoadedLexiconFile } from '../lexicons/types';
import type { ParsedDocument } from '../parse/types';
import type { LoadedTerm } from '../types';
import { isInQuote } from './quoteContext';

interface CompiledEntry {
  /** `<lexicon name>/<entry id>`. */
  id: string;
  entry: LoadedEntry;
}

export interface LoadedTermResources {
  terms: PhraseMatcher<CompiledEntry>;
  /** Proper names that contain a term without using it (`Alley of Martyrs`). */
  exclusions: PhraseMatcher<true>;
  /** Lexicon sides in order, e.g. `[['kashmir', ['Pakistan', 'India']], …]`, for summaries. */
  sides: { lexicon: string; sides: string[] }[];
}

/** Compiles lexicons; later files override entries of earlier ones that have the same id. */
export function compileLoadedLexicons(lexicons: LoadedLexiconFile[]): LoadedTermResources {
  const byId = new Map<string, CompiledEntry>();
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) byId.set(entry.id, { id: `${lexicon.name}/${entry.id}`, entry });
  }
  const compiled = [...byId.values()];
  return {
    terms: compilePhrases(
      compiled.flatMap((item) =>
        [item.entry.term, ...(item.entry.variants ?? [])].map((phrase) => ({ phrase, caseSensitive: item.entry.caseSensitive, value: item })),
      ),
    ),
    exclusions: compilePhrases(compiled.flatMap((item) => (item.entry.notWithin ?? []).map((phrase) => ({ phrase, value: true as const })))),
    sides: lexicons.filter((lexicon) => lexicon.sides.length > 0).map((lexicon) => ({ lexicon: lexicon.name, sides: lexicon.sides })),
  };
}

/** What an entry stands for: its explicit `referent`, else its `neutral` wording. */
export function referentOf(entry: LoadedEntry): string {
  return entry.referent ?? entry.neutral;
}

/** Loaded terms in the analysed text (furniture excluded); where matches overlap, the longest wins. */
export function findLoadedTerms(doc: ParsedDocument, resources: LoadedTermResources): LoadedTerm[] {
  const excluded = findPhrases(resources.exclusions, doc);
  return longestFirst(candidatesAt(doc, resources.terms))
    .filter((match) => !excluded.some((name) => name.start <= match.start && match.end <= name.end))
    .map((match) => ({
      start: match.start,
      end: match.end,
      text: match.text,
      entry: match.value.id,
      category: match.value.entry.category,
      favours: match.value.entry.favours,
      neutral: match.value.entry.neutral,
      referent: referentOf(match.value.entry),
      inQuote: isInQuote(doc, match.start),
    }));
}

/** The longest match starting at every piece (overlapping each other). */
export function candidatesAt<T>(doc: ParsedDocument, matcher: PhraseMatcher<T>): PhraseMatch<T>[] {
  const candidates: PhraseMatch<T>[] = [];
  const bits = phraseStartBits(doc);
  for (let piece = 0; piece < doc.pieces.length; piece++) {
    if ((bits[piece] & matcher.startBit) === 0) continue; // no term starts here (see phraseStartBits)
    const match = longestAt(matcher, doc, piece);
    if (match) candidates.push(match);
  }
  return candidates;
}

/**
 * Non-overlapping matches, longest first (in pieces, then characters; ties to the earlier one), in
 * text order. Scanning left to right instead would let a shorter phrase that starts earlier hide a
 * longer one that overlaps it: *symbol of resilience against foreign aggression* must give the
 * four-word entry, not *symbol of resilience*.
 */
export function longestFirst<T>(candidates: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const ranked = [...candidates].sort(
    (a, b) => b.endPiece - b.firstPiece - (a.endPiece - a.firstPiece) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: PhraseMatch<T>[] = [];
  for (const match of ranked) {
    if (chosen.every((other) => match.endPiece <= other.firstPiece || other.endPiece <= match.firstPiece)) chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
