import { loadHedgingContextWords } from '../lexicons/load';

/** The open-class words of the hedge and booster context rules (lexicons/hedging/context-words.json). */
export interface HedgingContextWords {
  abilityVerbs: ReadonlySet<string>;
  /** The file's `pastTimeMarkers` as whole words, or a year after `in` (`in 1998`); any case. */
  pastTime: RegExp;
  monthContextWords: ReadonlySet<string>;
  quantityWords: ReadonlySet<string>;
  units: ReadonlySet<string>;
  evidenceSubjects: ReadonlySet<string>;
  availabilityBefore: ReadonlySet<string>;
  enablingVerbs: ReadonlySet<string>;
}

/** A year of the last two centuries after `in`: a pattern, so not a list in the file. */
const IN_A_YEAR = 'in (19|20)\\d\\d';

let words: HedgingContextWords | null = null;

/**
 * The shipped context words, read and validated once per process on first use. They are part of
 * the rules, not of the user's lexicons: the same for every analyzer.
 */
export function hedgingContextWords(): HedgingContextWords {
  if (words !== null) return words;
  const file = loadHedgingContextWords();
  const phrases = [...file.pastTimeMarkers.map(escapeRegExp), IN_A_YEAR];
  words = {
    abilityVerbs: new Set(file.abilityVerbs),
    pastTime: new RegExp(`\\b(${phrases.join('|')})\\b`, 'i'),
    monthContextWords: new Set(file.monthContextWords),
    quantityWords: new Set(file.quantityWords),
    units: new Set(file.units),
    evidenceSubjects: new Set(file.evidenceSubjects),
    availabilityBefore: new Set(file.availabilityBefore),
    enablingVerbs: new Set(file.enablingVerbs),
  };
  return words;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
