import { loadSyntaxWords } from '../../../lexicons/load';

/** The open-class words of the sourcing rules, as sets (lexicons/sourcing/syntax-words.json). */
export interface SyntaxWords {
  partitives: ReadonlySet<string>;
  quantityWords: ReadonlySet<string>;
  closeToAdjectives: ReadonlySet<string>;
  reducedRelativeObjects: ReadonlySet<string>;
  timeHeads: ReadonlySet<string>;
  /** `timeHeads` and the words that may come with them (`this`, `last`, `earlier` …). */
  timeWords: ReadonlySet<string>;
  nonNameOpeners: ReadonlySet<string>;
  shareWords: ReadonlySet<string>;
  evidenceVerbForms: ReadonlySet<string>;
  nonReportingParticiples: ReadonlySet<string>;
  memberRoles: ReadonlySet<string>;
  peopleReferences: ReadonlySet<string>;
  stateReferences: ReadonlySet<string>;
  /** Every plural reference: the pronoun `they`, `both` and `two` (`the two said`), and the nouns. */
  pluralReferences: ReadonlySet<string>;
}

/** Closed-class words that may stand in a time phrase beside its head (`this month`, `last week`). */
const TIME_MODIFIERS = ['this', 'last', 'next', 'earlier', 'later'];

/** Closed-class words that stand for actors just named together (`they said`, `both said`). */
const PLURAL_FUNCTION_WORDS = ['they', 'both', 'two'];

let words: SyntaxWords | null = null;

/**
 * The shipped syntax words, read and validated once per process on first use. They are part of the
 * rules, not of the user's lexicons: the same for every analyzer.
 */
export function syntaxWords(): SyntaxWords {
  if (words !== null) return words;
  const file = loadSyntaxWords();
  words = {
    partitives: new Set(file.partitives),
    quantityWords: new Set(file.quantityWords),
    closeToAdjectives: new Set(file.closeToAdjectives),
    reducedRelativeObjects: new Set(file.reducedRelativeObjects),
    timeHeads: new Set(file.timeHeads),
    timeWords: new Set([...file.timeHeads, ...TIME_MODIFIERS]),
    nonNameOpeners: new Set(file.nonNameOpeners),
    shareWords: new Set(file.shareWords),
    evidenceVerbForms: new Set(file.evidenceVerbForms),
    nonReportingParticiples: new Set(file.nonReportingParticiples),
    memberRoles: new Set(file.memberRoles),
    peopleReferences: new Set(file.peopleReferences),
    stateReferences: new Set(file.stateReferences),
    pluralReferences: new Set([
      ...PLURAL_FUNCTION_WORDS,
      ...file.peopleReferences,
      ...file.stateReferences,
      ...file.sideReferences,
    ]),
  };
  return words;
}
