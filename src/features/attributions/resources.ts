import { compilePhrases, type PhraseMatcher } from '../../match/phraseMatcher';
import { wordClass, type WordClass } from '../../match/wordClasses';
import type { ReportingCuesFile } from '../../lexicons/types';
import { phrasePieces } from '../../parse/pieces';

/** The three kinds of cue phrase in the lexicon: a reporting verb, a set phrase, one naming its source after it. */
export type CueKind = 'verb' | 'phrase' | 'source-first';

/**
 * The reporting-cue lexicon compiled once and shared, read-only, by every document. What is found
 * in one document lives in `SourcingState` (state.ts), never here.
 */
export interface SourcingResources {
  cues: PhraseMatcher<CueKind>;
  anonymity: PhraseMatcher<true>;
  /** Set phrases whose cue forms report nothing (`that said`, `you know`). */
  idioms: PhraseMatcher<true>;
  unnamedHeads: Set<string>;
  /** Head nouns of one person named by office (`spokesperson`, `minister`): unnamed unless resolved to a named person. */
  officeHeads: Set<string>;
  documentHeads: Set<string>;
  institutionHeads: Set<string>;
  /** Cues that report only when a clause or quote follows (`noted that`), as normalised phrases. */
  clauseCues: Set<string>;
  /** Cues that report only right next to a direct quotation (`“…,” he continued`), as normalised phrases. */
  quoteOnlyCues: Set<string>;
  /** Perception verbs that report a view only as `sees X as Y` or with `that`, as normalised phrases. */
  viewCues: Set<string>;
  /** Lower-case adverbs that attribute to an unstated source (`reportedly`). */
  implicitAdverbs: WordClass;
  /** Stance verbs that report only when a share of people holds the stance, as normalised phrases. */
  stanceCues: Set<string>;
  /** Every verb form, for the actor recognizer (a name before one is a person). */
  verbForms: string[];
  verbFormSet: ReadonlySet<string>;
  /** Every form of the reporting nouns (`claim`, `claims`, `denial`), lower case. */
  nounForms: ReadonlySet<string>;
  /** `verbFormSet` and `nounForms` together: reporting nouns are looked for at every token, and most are neither. */
  reportingForms: WordClass;
}

export function compileSourcing(file: ReportingCuesFile): SourcingResources {
  const verbForms = file.verbs.flatMap((verb) => verb.forms);
  const nounForms = file.nouns.flatMap((noun) => noun.forms).map((form) => form.toLowerCase());
  return {
    cues: compilePhrases<CueKind>([
      ...verbForms.map((phrase) => ({ phrase, value: 'verb' as const })),
      ...file.phrases.map((phrase) => ({ phrase, value: 'phrase' as const })),
      ...file.sourceFirstPhrases.map((phrase) => ({ phrase, value: 'source-first' as const })),
    ]),
    anonymity: compilePhrases(file.anonymityMarkers.map((phrase) => ({ phrase, value: true as const }))),
    idioms: compilePhrases(file.idioms.map((phrase) => ({ phrase, value: true as const }))),
    unnamedHeads: new Set(file.unnamedHeads.map((word) => word.toLowerCase())),
    officeHeads: new Set(file.officeHeads.map((word) => word.toLowerCase())),
    institutionHeads: new Set(file.institutionHeads.map((word) => word.toLowerCase())),
    documentHeads: new Set(
      [...file.documentHeads, ...file.nouns.flatMap((noun) => noun.forms)].map((word) => word.toLowerCase()),
    ),
    clauseCues: new Set(file.clauseCues.map((phrase) => phrasePieces(phrase).join(' '))),
    quoteOnlyCues: new Set(file.quoteOnlyCues.map((phrase) => phrasePieces(phrase).join(' '))),
    viewCues: new Set(file.viewCues.map((phrase) => phrasePieces(phrase).join(' '))),
    implicitAdverbs: wordClass(file.implicitAdverbs.map((word) => word.toLowerCase())),
    stanceCues: new Set(file.stanceCues.map((phrase) => phrasePieces(phrase).join(' '))),
    verbForms,
    verbFormSet: new Set(verbForms.map((form) => form.toLowerCase())),
    nounForms: new Set(nounForms),
    reportingForms: wordClass([...verbForms.map((form) => form.toLowerCase()), ...nounForms]),
  };
}
