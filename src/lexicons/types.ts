/**
 * Shapes of the data files in `lexicons/`. Each kind has a JSON Schema in `schema/` and a loader in
 * this folder that validates a file and reports errors naming the file, the entry and the field.
 *
 * Phrase matching rules shared by every kind (implemented in `src/match/`):
 * - token-aware: a phrase never matches inside a word;
 * - case-insensitive unless `caseSensitive` is true;
 * - a hyphen and a space are interchangeable (`Pakistan-occupied` = `Pakistan occupied`),
 *   and so are `&` and `and` (`IIOJ&K` = `IIOJ & K` = `IIOJ and K`);
 * - inflected forms are listed explicitly as variants (data, not morphology in code);
 * - when matches overlap, the longest wins.
 */

/** lexicons/loaded/*.json */
export interface LoadedLexiconFile {
  name: string;
  description: string;
  /** The two sides whose narratives the lexicon distinguishes, e.g. ["Pakistan", "India"]. */
  sides: string[];
  /**
   * Actor sides (from the gazetteers) whose narrative is one of `sides`, e.g. `{"Kashmiri": "Pakistan"}`:
   * a judgement of such an actor counts for or against that lexicon side. Actor sides equal to a
   * lexicon side need no entry.
   */
  alignments?: Record<string, string>;
  /**
   * Lemmas of words that make the actor before them a critic of what follows (`reject`, `condemn`,
   * `against`): such an actor is the critic of a loaded term after the word, not its target.
   */
  criticCues?: string[];
  /**
   * Lemmas of words that reject a quoted wording (`reject`, `dismiss`): a term standing alone in
   * quotation marks a few words after one is mentioned to be rejected, not used, and is not counted.
   */
  rejectionCues?: string[];
  entries: LoadedEntry[];
}

/**
 * How an entry's side is judged per occurrence from its target, the party it is said of
 * (src/features/loadedTargets.ts): a `pejorative` favours the target's opponent (*India's illegal
 * steps* → Pakistan), `praise` favours the target's own side (*Pakistan's valiant troops* → Pakistan).
 * With no target found, `favours` applies. Entries without it keep their fixed side (toponyms).
 */
export type TargetPolarity = 'pejorative' | 'praise';

export type LoadedCategory = 'toponym' | 'violence-label' | 'delegitimizing' | 'emotive' | 'valorizing';

export interface LoadedEntry {
  id: string;
  term: string;
  variants?: string[];
  caseSensitive?: boolean;
  category: LoadedCategory;
  /** One of the lexicon's `sides`, or `none` for generic emotive language. */
  favours: string;
  /** Judge the side from the target per occurrence; absent for a fixed side. */
  byTarget?: TargetPolarity;
  neutral: string;
  /**
   * What the term stands for, the key under which wordings are aligned across outlets
   * (*IIOJK* and *Indian-administered Kashmir* name one referent). Absent: the `neutral` text.
   * A referent that is a plain phrase (letters, digits, spaces, hyphens, apostrophes, `&`, `.`) is
   * also searched for in the text as the referent's neutral wording (`Document.neutralTerms`).
   */
  referent?: string;
  note?: string;
  /** Longer phrases in which the term is part of a proper name and is not loaded (`Alley of Martyrs`). */
  notWithin?: string[];
}

/** lexicons/hedging/hedges.json and lexicons/hedging/boosters.json */
export interface CueLexiconFile {
  name: string;
  description: string;
  kind: 'hedge' | 'booster';
  entries: CueEntry[];
}

/**
 * Context rules, implemented in src/features/hedging.ts:
 * - `always`: counts wherever it occurs (outside page furniture);
 * - `epistemic-modal`: may/might/could expressing possibility: not the month *May*, not *could* of past ability;
 * - `quantity`: approximators (about, around, some, nearly...) only directly before a number or quantity word;
 * - `epistemic-must`: *must* of inference (must be + adjective/noun, must have + participle), not obligation;
 * - `evidence`: show/prove/demonstrate as evidence claims (followed by *that*, or with an evidence subject);
 * - `certainty`: always/never as certainty (with a modal, future or present-tense claim), not habitual frequency;
 * - `passive-report`: *is believed/thought/said to* — the verb in a passive followed by *to*;
 * - `epistemic-adjective`: *possible* as possibility, not as available/feasible (*all possible options*, *as soon as possible*);
 * - `negated-modal`: *ever* in a negated modal claim (*nor will this ever be accepted*), not *the worst ever*.
 */
export type CueContext =
  | 'always'
  | 'epistemic-modal'
  | 'quantity'
  | 'epistemic-must'
  | 'evidence'
  | 'certainty'
  | 'passive-report'
  | 'epistemic-adjective'
  | 'negated-modal';

export interface CueEntry {
  id: string;
  term: string;
  variants?: string[];
  caseSensitive?: boolean;
  /** Grammatical kind, for summaries: modal, adverb, verb, adjective, approximator, phrase. */
  type: 'modal' | 'adverb' | 'verb' | 'adjective' | 'approximator' | 'phrase';
  context: CueContext;
  note?: string;
}

/** lexicons/sourcing/reporting-cues.json */
export interface ReportingCuesFile {
  description: string;
  /** Reporting verbs with every inflected form listed (`say, says, said, saying`). */
  verbs: { lemma: string; forms: string[] }[];
  /** Reporting nouns that can speak for their authors or introduce a claim (`statement`, `communiqué`). */
  nouns: { lemma: string; forms: string[] }[];
  /** Multi-word cues whose source follows them (`according to`, `as per`, `in the words of`). */
  sourceFirstPhrases: string[];
  /** Multi-word cues whose source precedes them (`expressed concern`, `called for`, `quoted as saying`). */
  phrases: string[];
  /** Phrases that make an attribution anonymous (`on condition of anonymity`, `not authorised to speak`). */
  anonymityMarkers: string[];
  /** Head nouns of unidentified sources (`sources`, `official`, `officials`, `residents`, `witnesses`, `experts`). */
  unnamedHeads: string[];
  /** Head nouns of one person named by office (`spokesperson`, `minister`): unnamed unless resolved to a named person. */
  officeHeads: string[];
  /** Head nouns of texts that speak for their authors (`communiqué`, `statement`, `report`, `resolution`). */
  documentHeads: string[];
  /** Head nouns of institutions that speak as such without a name (`police said`, `an army spokesman said`). */
  institutionHeads: string[];
  /**
   * Cue forms that report only with a clause or a quote after them (`noted that…`, `highlighted how…`):
   * with a plain object (`maintained close relations`, `highlighted the plight`) they name a topic, not a statement.
   */
  clauseCues: string[];
  /** Cue forms that report only right next to a direct quotation (`“…,” he continued`), not elsewhere (`prices continued to rise`). */
  quoteOnlyCues: string[];
  /** Perception verb forms that report a view only as `sees X as Y` or with `that`, not elsewhere (`saw him at the rally`). */
  viewCues: string[];
  /** Adverbs that attribute their clause to a source the text does not state (`reportedly`, `allegedly`). */
  implicitAdverbs: string[];
  /** Stance verb forms that report a position only when a share of people holds it (`56 percent support the ban`). */
  stanceCues: string[];
  /** Set phrases that contain a cue form but report nothing (`that said`, `easier said than done`, `you know`). */
  idioms: string[];
}

/** lexicons/actors/*.gazetteer.json */
export interface GazetteerFile {
  name: string;
  description: string;
  actors: GazetteerActor[];
}

export interface GazetteerActor {
  /** Canonical name, used in outputs. */
  name: string;
  type: 'person' | 'state' | 'organization' | 'group';
  /** Every written form that names the actor directly (full names, short names, acronyms, spellings). */
  aliases: string[];
  /** Case-sensitive aliases (acronyms that are also common words). */
  caseSensitiveAliases?: string[];
  /** States: adjectives that denote the government before a government noun (`Indian` authorities). */
  demonyms?: string[];
  /** States: capitals or seats that stand for the government when they act (`New Delhi`, `Islamabad`). */
  metonyms?: string[];
  /** Side or affiliation: `Pakistan`, `India`, `international`, a US party... */
  side?: string;
  /** Persons: the office held, which lets role nouns (`the Prime Minister`) resolve to them. */
  roles?: string[];
  /**
   * Added field (optional, for people reading the data): terms of office and ambiguity decisions,
   * e.g. "Prime Minister of Pakistan August 2018-April 2022". Offices change hands, so a role noun
   * should resolve to the holder named in the same text; the note tells a reviewer who held what when.
   */
  note?: string;
}

/** lexicons/actors/recognition.json: the data the actor recognizer uses besides gazetteers. */
export interface RecognitionFile {
  description: string;
  /** Titles before a person's name (`President`, `Prime Minister`, `Foreign Minister`, `Barrister`, `Mr.`). */
  personTitles: string[];
  /** Nouns after a demonym that make it the state (`authorities`, `government`, `forces`). */
  governmentNouns: string[];
  /** Head words that make a proper-noun run an organisation (`Ministry`, `Office`, `Commission`). */
  organizationHeads: string[];
  /** Head words that make a run a named group (`Conference`, `Front`, `Movement`, `people`). */
  groupHeads: string[];
  /** Capitalised words that are never actors by themselves: months, weekdays, title words... */
  nonActorWords: string[];
  /** Places that are only locations (`Srinagar`, `Kupwara`, `South Asia`). */
  locations: string[];
  /** Given names: a capitalised run of two or more words starting with one is a person's name. */
  givenNames: string[];
  /** Nouns naming a person by role (`spokesman`, `official`): apposition and role references. */
  personNouns: string[];
  /** One-word abbreviations of titles (`PM` → `Prime Minister`), for role references. */
  titleAbbreviations: Record<string, string>;
  /** Spellings of one name (`Muhammad`, `Mohammad`, `Mohammed`), each group two or more one-word forms. */
  nameVariants: string[][];
}

/** `lexicons/sourcing/syntax-words.json`: open-class words the sourcing syntax treats specially. */
export interface SyntaxWordsFile {
  description: string;
  /** `a batch of emails`: the head passes to the noun after `of`. */
  partitives: string[];
  /** `about half of`: quantities an approximator may precede. */
  quantityWords: string[];
  /** `sources close to`: adjectives that take a `to` phrase inside a subject. */
  closeToAdjectives: string[];
  /** `a claim New Delhi disputed`: nouns for what was said, objects of a reduced relative. */
  reducedRelativeObjects: string[];
  /** `this month`, `Tuesday night`: nouns that say when. */
  timeHeads: string[];
  /** `Still said`: capitalised sentence openers that are never names. */
  nonNameOpeners: string[];
  /** `64 percent call him`: a share of people, the subject of a verb wink took for a noun. */
  shareWords: string[];
  /** `Early polls show voters …`: verb forms by which a document speaks. */
  evidenceVerbForms: string[];
  /** `is called`, `was aimed to`: participles whose passive does not report. */
  nonReportingParticiples: string[];
  /** `a party leader said`: person nouns naming one unidentified member after `a` / `an`. */
  memberRoles: string[];
  /** `the two leaders said`: plural nouns for persons just named together. */
  peopleReferences: string[];
  /** `the two countries agreed`: plural nouns for states just named together. */
  stateReferences: string[];
  /** `both sides said`: plural nouns for actors of any kind just named together. */
  sideReferences: string[];
}

/** `lexicons/hedging/context-words.json`: open-class words the hedge and booster context rules ask about. */
export interface HedgingContextWordsFile {
  description: string;
  /** `could see`, `could not reach`: verbs (lemmas) of past ability after *could*. */
  abilityVerbs: string[];
  /** `as a child`, `years ago`: phrases that put a sentence in the past. */
  pastTimeMarkers: string[];
  /** `in May`, `last May`: words beside *May* that make it the month. */
  monthContextWords: string[];
  /** `about a dozen`: quantities an approximator counts before. */
  quantityWords: string[];
  /** `about a year`: units (lemmas) an approximator counts before, after `a`/`an`. */
  units: string[];
  /** `the data show`: subjects that make an evidence verb an evidence claim. */
  evidenceSubjects: string[];
  /** `all possible options`: words before *possible* that make it mean available. */
  availabilityBefore: string[];
  /** `made it possible`: verb forms that make *possible* mean feasible. */
  enablingVerbs: string[];
}

/** `lexicons/cleaning/furniture.json`: page furniture masked out of the analysis. */
export interface FurnitureFile {
  description: string;
  /** Headings that open the page footer (everything after is furniture); `*` stands for any words. */
  footerHeadings: string[];
  /** Headings of related-story links (the line is furniture). */
  lineHeadings: string[];
  /** Openings of a note about the author (`The writer is …`). */
  authorNoteOpenings: string[];
}

/** `lexicons/actors/role-words.json`: open-class words the actor-role heuristics ask about. */
export interface RoleWordsFile {
  description: string;
  /** `told Reuters`: verbs (lemmas) whose object is the addressee. */
  addresseeVerbs: string[];
  /** `visited Azerbaijan`: verbs (lemmas) whose object is a place. */
  venueVerbs: string[];
  /** `giving Pakistan leverage`: verbs (lemmas) with a recipient before the thing given. */
  recipientVerbs: string[];
  /** `allowed Nepal to decide`: verbs (lemmas) whose object does the infinitive. */
  enablingVerbs: string[];
  /** `suffered losses`: verbs (lemmas) whose subject undergoes something. */
  experiencerVerbs: string[];
  /** `became a member`: copular verbs (lemmas), no action. */
  copularVerbs: string[];
  /** `condemned India's actions`: verbs (lemmas) that act against their object. */
  targetingVerbs: string[];
  /** `India's intervention`: action nouns whose owner is the doer. */
  actionNouns: string[];
  /** `the leadership of X`: nouns whose of-object does the action. */
  doerOfNouns: string[];
  /** `the collapse of X`: nouns whose of-object undergoes it. */
  undergoerOfNouns: string[];
  /** `Pakistan's stance`: nouns of position, whose owner does nothing. */
  stativeNouns: string[];
}
