import { compilePhrases, findPhrases, type PhraseMatcher } from '../match/phraseMatcher';
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

/** Loaded terms in the analysed text (furniture excluded), longest match first. */
export function findLoadedTerms(doc: ParsedDocument, resources: LoadedTermResources): LoadedTerm[] {
  const excluded = findPhrases(resources.exclusions, doc);
  return findPhrases(resources.terms, doc)
    .filter((match) => !excluded.some((name) => name.start <= match.start && match.end <= name.end))
    .map((match) => ({
      start: match.start,
      end: match.end,
      text: match.text,
      entry: match.value.id,
      category: match.value.entry.category,
      favours: match.value.entry.favours,
      neutral: match.value.entry.neutral,
      inQuote: isInQuote(doc, match.start),
    }));
}
