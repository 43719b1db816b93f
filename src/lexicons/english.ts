/**
 * Closed-class English: the grammar words rules ask about (articles, pronouns, forms of *be*,
 * modals…). They are a fixed part of the language, not data a user extends, so they live here in
 * code — once, each variant under its own name. Open-class word lists (nouns, verbs, adjectives
 * the rules treat specially) are lexicon data in `lexicons/` instead. All lower case.
 *
 * Still outside this module (being edited on another branch when it was written): the copies in
 * `src/features/actors/` (`BE` without `am`, `POSSESSIVE`, `POSSESSIVE_DETERMINERS`).
 */

export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** The forms of *be* as separate words (not the clitic `’s`, which is also a possessive). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
/** `BE_FORMS` and the clitic `’s` (`it’s said to`): where a possessive cannot stand, `’s` is *is*. */
export const BE_FORMS_AND_CLITIC: ReadonlySet<string> = new Set([...BE_FORMS, "'s", '’s']);

/** Past forms of the auxiliaries *have*, *be* and *do*, and *used* (`used to`): a past-tense clause. */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'was', 'were', 'did', 'used']);

export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall']);
/** `MODALS` and their contracted forms as wink tokenises them: `’ll`, and `wo` / `ca` of `won’t` / `can’t`. */
export const MODALS_AND_CONTRACTIONS: ReadonlySet<string> = new Set([...MODALS, "'ll", '’ll', 'wo', 'ca']);

export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
/** `NEGATIONS` and the other words that negate a clause: `nor`, `neither`, `nobody`, `nothing`, `none`. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set([...NEGATIONS, 'nor', 'neither', 'nobody', 'nothing', 'none']);

/** Words that open a verb's complement: a cue written with one (`appear to`, `suggest that`) is the verb. */
export const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['to', 'that']);

/** Personal pronouns that stand for a whole subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** `SUBJECT_PRONOUNS` and the relative `who`: a word that can be the subject right before a verb. */
export const SUBJECT_PRONOUNS_AND_WHO: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'who']);

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Possessive determiners. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
/** `POSSESSIVE_DETERMINERS` without `her`, which is also an object (`let her speak`). */
export const POSSESSIVE_DETERMINERS_NOT_HER: ReadonlySet<string> = new Set(['his', 'its', 'their', 'my', 'our', 'your']);

/** The possessive as wink tokenises it: the clitic `’s` or a bare apostrophe (`the ministers’`). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** The clitic alone (`Pakistan’s`), without the bare apostrophe. */
export const POSSESSIVE_CLITICS: ReadonlySet<string> = new Set(["'s", '’s']);

/** Words tagged ADP that open a clause: the noun phrase after them is that clause's subject (`after Sanders said`). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after', 'although', 'though', 'because', 'since', 'while', 'as', 'before', 'until', 'once', 'if', 'whereas', 'unless', 'when',
  'than', 'whether',
]);

/** Quantifiers that open a noun phrase (`most D.C. insiders`; wink tags `most` ADV). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'few', 'several', 'all', 'both']);

/** Days of the week and months, in any case: words that say when and never sit inside a name. */
export const DATE_WORD = /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * Abbreviated titles and ranks that wink can split from their full stop (`Maj .`): a stop right after
 * one, before a capital, ends no sentence (`Maj. Gen. Asif Lone said`). Lower case, without the dot.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'maj', 'gen', 'col', 'lt', 'brig', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'cdr', 'gov', 'sen', 'rep', 'supt',
  'insp', 'prof', 'dr', 'mr', 'mrs', 'ms', 'hon', 'rev', 'amb', 'pres', 'sec',
]);
