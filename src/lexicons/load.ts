/**
 * Loaders for the data files in `lexicons/`. Each reads one file, validates it strictly (unknown
 * fields, wrong types, bad enum values, duplicate ids, empty strings) and returns a typed object;
 * any problem is a LexiconError naming the file, the entry and the field.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LexiconError } from './errors';
import { readJsonFile } from './json';
import {
  Context,
  JsonObject,
  UniqueKeys,
  expectArray,
  expectObject,
  fail,
  matchKey,
  optionalBoolean,
  optionalPhraseList,
  optionalText,
  rejectUnknownFields,
  requiredEnum,
  requiredField,
  requiredId,
  requiredPhrase,
  requiredPhraseList,
  requiredText,
} from './validate';
import type {
  CueContext,
  CueEntry,
  CueLexiconFile,
  FurnitureFile,
  GazetteerActor,
  GazetteerFile,
  HedgingContextWordsFile,
  RoleWordsFile,
  LoadedCategory,
  LoadedEntry,
  LoadedLexiconFile,
  RecognitionFile,
  ReportingCuesFile,
  SyntaxWordsFile,
  TargetPolarity,
} from './types';

export { LexiconError } from './errors';

export const LOADED_CATEGORIES: readonly LoadedCategory[] = ['toponym', 'violence-label', 'delegitimizing', 'emotive', 'valorizing'];
export const CUE_TYPES: readonly CueEntry['type'][] = ['modal', 'adverb', 'verb', 'adjective', 'approximator', 'phrase'];
export const CUE_CONTEXTS: readonly CueContext[] = [
  'always',
  'epistemic-modal',
  'quantity',
  'epistemic-must',
  'evidence',
  'certainty',
  'passive-report',
  'epistemic-adjective',
  'negated-modal',
];
export const ACTOR_TYPES: readonly GazetteerActor['type'][] = ['person', 'state', 'organization', 'group'];
/** The value of `favours` for language that advances no particular side. */
export const NO_SIDE = 'none';

/**
 * The value a draft leaves in a field for its user to decide (`category`, `favours` and `neutral` of
 * a loaded-term entry, `side` of a gazetteer actor): `suggestTerms` / `suggestActors` write it. A
 * file that still holds it is rejected for analysis; `checkLexicon` (`framing lexicon check`) accepts
 * it and lists every such field as still to fill.
 */
export const FILL_IN = '(fill in)';

/** A field of a draft that still holds `FILL_IN`. */
export interface PendingField {
  file: string;
  /** The entry's id (loaded lexicons) or name (gazetteers). */
  entry: string;
  field: string;
}

/** How a loader treats `FILL_IN`: `pending` collects the fields that hold it; without it they are errors. */
export interface DraftOptions {
  pending?: PendingField[];
}

/** Whether `obj[key]` is the placeholder; an error unless the caller collects pending fields. */
function leftToFill(obj: JsonObject, key: string, ctx: Context, drafts: DraftOptions): boolean {
  if (obj[key] !== FILL_IN) return false;
  if (!drafts.pending) fail(ctx, key, `still "${FILL_IN}": decide it before use (framing lexicon check lists every field left to fill)`);
  drafts.pending.push({ file: ctx.file, entry: String(ctx.entry?.key ?? ctx.entry?.index ?? ''), field: key });
  return true;
}

/** Every file may name its schema so editors can validate and complete it. */
const SCHEMA_FIELD = '$schema';

// ---------------------------------------------------------------------------------------------
// Shared steps

function readRoot(file: string, allowed: readonly string[]): { root: JsonObject; ctx: Context } {
  const ctx: Context = { file, entry: null };
  const root = expectObject(readJsonFile(file), ctx, null);
  rejectUnknownTopLevel(root, allowed, ctx);
  if (SCHEMA_FIELD in root) requiredText(root, SCHEMA_FIELD, ctx);
  return { root, ctx };
}

function rejectUnknownTopLevel(root: JsonObject, allowed: readonly string[], ctx: Context): void {
  rejectUnknownFields(root, [SCHEMA_FIELD, ...allowed], ctx);
}

/**
 * Validates the objects of a list one by one. `keyField` names the field that identifies an entry
 * (id, name, lemma): it is read first so every later message can name the entry, and must be unique.
 */
function eachObject<T>(
  items: unknown[],
  ctx: Context,
  list: string | undefined,
  keyField: string,
  check: (obj: JsonObject, entryCtx: Context) => T,
): T[] {
  const keys = new UniqueKeys(keyField);
  return items.map((item, index) => {
    const entryCtx: Context = { file: ctx.file, entry: { index, list } };
    const obj = expectObject(item, entryCtx, null);
    const key = keyField === 'id' ? requiredId(obj, entryCtx) : requiredPhrase(obj, keyField, entryCtx);
    entryCtx.entry = { index, list, key };
    keys.claim(key, `entry #${index}`, entryCtx, keyField, key);
    return check(obj, entryCtx);
  });
}

function requiredList(obj: JsonObject, key: string, ctx: Context, minItems: number): unknown[] {
  const items = expectArray(requiredField(obj, key, ctx), ctx, key);
  if (items.length < minItems) fail(ctx, key, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
  return items;
}

/** Adds the phrase-form fields of an entry to a file-wide registry of match keys. */
function claimForms(
  registry: UniqueKeys,
  owner: string,
  ctx: Context,
  forms: { field: string; phrase: string }[],
): void {
  for (const { field, phrase } of forms) registry.claim(matchKey(phrase), owner, ctx, field, phrase);
}

function formsOf(term: string, variants: string[] | undefined): { field: string; phrase: string }[] {
  return [{ field: 'term', phrase: term }, ...(variants ?? []).map((phrase, i) => ({ field: `variants[${i}]`, phrase }))];
}

function containsPhrase(haystack: string, needle: string): boolean {
  // Compare word sequences only: punctuation such as the apostrophe in "Martyrs' Day" separates words.
  const words = (text: string) => ` ${matchKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return words(haystack).includes(words(needle));
}

// ---------------------------------------------------------------------------------------------
// lexicons/loaded/*.json

const LOADED_FILE_FIELDS = ['name', 'description', 'sides', 'alignments', 'criticCues', 'rejectionCues', 'entries'] as const;
const LOADED_ENTRY_FIELDS = ['id', 'term', 'variants', 'caseSensitive', 'category', 'favours', 'byTarget', 'neutral', 'referent', 'note', 'notWithin'] as const;
export const TARGET_POLARITIES: readonly TargetPolarity[] = ['pejorative', 'praise'];

export function loadLoadedLexicon(file: string, drafts: DraftOptions = {}): LoadedLexiconFile {
  const { root, ctx } = readRoot(file, LOADED_FILE_FIELDS);
  const name = requiredText(root, 'name', ctx);
  const description = requiredText(root, 'description', ctx);
  const sides = requiredPhraseList(root, 'sides', ctx);
  if (sides.includes(NO_SIDE)) fail(ctx, 'sides', `"${NO_SIDE}" is reserved for entries that favour no side`);
  const alignments = checkAlignments(root, ctx, sides);
  const criticCues = optionalPhraseList(root, 'criticCues', ctx);
  const rejectionCues = optionalPhraseList(root, 'rejectionCues', ctx);
  const forms = new UniqueKeys('form');
  const entries = eachObject(requiredList(root, 'entries', ctx, 1), ctx, undefined, 'id', (obj, entryCtx) => {
    const entry = checkLoadedEntry(obj, entryCtx, sides, drafts);
    claimForms(forms, `entry "${entry.id}"`, entryCtx, formsOf(entry.term, entry.variants));
    return entry;
  });
  return withoutUndefined({ name, description, sides, alignments, criticCues, rejectionCues, entries });
}

function checkAlignments(root: JsonObject, ctx: Context, sides: string[]): Record<string, string> | undefined {
  if (!('alignments' in root)) return undefined;
  const map = expectObject(root.alignments, ctx, 'alignments');
  const out: Record<string, string> = {};
  for (const [actorSide, side] of Object.entries(map)) {
    const field = `alignments.${actorSide}`;
    if (typeof side !== 'string' || !sides.includes(side)) {
      fail(ctx, field, `must be one of the lexicon's sides [${sides.join(', ')}], got ${JSON.stringify(side)}`);
    }
    out[actorSide] = side;
  }
  return out;
}

function checkLoadedEntry(obj: JsonObject, ctx: Context, sides: string[], drafts: DraftOptions): LoadedEntry {
  rejectUnknownFields(obj, LOADED_ENTRY_FIELDS, ctx);
  const id = requiredId(obj, ctx);
  const term = requiredPhrase(obj, 'term', ctx);
  const variants = optionalPhraseList(obj, 'variants', ctx);
  const caseSensitive = optionalBoolean(obj, 'caseSensitive', ctx);
  // A draft's placeholder stands in for the value until its user decides; it is kept as it is.
  const category = leftToFill(obj, 'category', ctx, drafts) ? (FILL_IN as LoadedCategory) : requiredEnum(obj, 'category', LOADED_CATEGORIES, ctx);
  const favours = leftToFill(obj, 'favours', ctx, drafts) ? FILL_IN : checkFavours(obj, ctx, sides);
  const byTarget = 'byTarget' in obj ? requiredEnum(obj, 'byTarget', TARGET_POLARITIES, ctx) : undefined;
  const neutral = leftToFill(obj, 'neutral', ctx, drafts) ? FILL_IN : requiredText(obj, 'neutral', ctx);
  if (matchKey(neutral) === matchKey(term)) fail(ctx, 'neutral', 'must differ from the term it replaces');
  const referent = optionalText(obj, 'referent', ctx);
  if (referent !== undefined && /[\t\n\r]| {2}/.test(referent)) fail(ctx, 'referent', 'must be a single line without tabs or double spaces');
  if (referent !== undefined && [term, ...(variants ?? [])].some((form) => matchKey(form) === matchKey(referent))) {
    fail(ctx, 'referent', `"${referent}" is one of the entry's own loaded forms; the referent is what the term stands for`);
  }
  const note = optionalText(obj, 'note', ctx);
  const notWithin = optionalPhraseList(obj, 'notWithin', ctx);
  notWithin?.forEach((phrase, i) => {
    const forms = [term, ...(variants ?? [])];
    if (!forms.some((form) => containsPhrase(phrase, form))) {
      fail(ctx, `notWithin[${i}]`, `"${phrase}" does not contain the term or any variant, so it can never apply`);
    }
  });
  return withoutUndefined({ id, term, variants, caseSensitive, category, favours, byTarget, neutral, referent, note, notWithin });
}

function checkFavours(obj: JsonObject, ctx: Context, sides: string[]): string {
  const favours = requiredText(obj, 'favours', ctx);
  if (favours !== NO_SIDE && !sides.includes(favours)) {
    const shown = sides.length ? `[${sides.join(', ')}]` : '[] (this lexicon has no sides)';
    fail(ctx, 'favours', `must be one of the lexicon's sides ${shown} or "${NO_SIDE}", got "${favours}"`);
  }
  return favours;
}

// ---------------------------------------------------------------------------------------------
// lexicons/hedging/*.json

const CUE_FILE_FIELDS = ['name', 'description', 'kind', 'entries'] as const;
const CUE_ENTRY_FIELDS = ['id', 'term', 'variants', 'caseSensitive', 'type', 'context', 'note'] as const;

/** Loads a hedge or booster lexicon; with `expectedKind`, a file of the other kind is an error. */
export function loadCueLexicon(file: string, expectedKind?: CueLexiconFile['kind']): CueLexiconFile {
  const { root, ctx } = readRoot(file, CUE_FILE_FIELDS);
  const name = requiredText(root, 'name', ctx);
  const description = requiredText(root, 'description', ctx);
  const kind = requiredEnum(root, 'kind', ['hedge', 'booster'] as const, ctx);
  if (expectedKind && kind !== expectedKind) fail(ctx, 'kind', `must be "${expectedKind}" for this file, got "${kind}"`);
  const forms = new UniqueKeys('form');
  const entries = eachObject(requiredList(root, 'entries', ctx, 1), ctx, undefined, 'id', (obj, entryCtx) => {
    rejectUnknownFields(obj, CUE_ENTRY_FIELDS, entryCtx);
    const entry: CueEntry = withoutUndefined({
      id: requiredId(obj, entryCtx),
      term: requiredPhrase(obj, 'term', entryCtx),
      variants: optionalPhraseList(obj, 'variants', entryCtx),
      caseSensitive: optionalBoolean(obj, 'caseSensitive', entryCtx),
      type: requiredEnum(obj, 'type', CUE_TYPES, entryCtx),
      context: requiredEnum(obj, 'context', CUE_CONTEXTS, entryCtx),
      note: optionalText(obj, 'note', entryCtx),
    });
    claimForms(forms, `entry "${entry.id}"`, entryCtx, formsOf(entry.term, entry.variants));
    return entry;
  });
  return { name, description, kind, entries };
}

// ---------------------------------------------------------------------------------------------
// lexicons/sourcing/reporting-cues.json

const CUES_FILE_FIELDS = [
  'description',
  'verbs',
  'nouns',
  'sourceFirstPhrases',
  'phrases',
  'anonymityMarkers',
  'unnamedHeads',
  'officeHeads',
  'documentHeads',
  'institutionHeads',
  'clauseCues',
  'quoteOnlyCues',
  'viewCues',
  'implicitAdverbs',
  'stanceCues',
  'idioms',
] as const;
const LEMMA_FIELDS = ['lemma', 'forms'] as const;
const CUE_PHRASE_LISTS = ['sourceFirstPhrases', 'phrases', 'anonymityMarkers', 'unnamedHeads', 'documentHeads', 'institutionHeads', 'clauseCues', 'quoteOnlyCues', 'viewCues', 'implicitAdverbs', 'stanceCues', 'idioms', 'officeHeads'] as const;

export function loadReportingCues(file: string): ReportingCuesFile {
  const { root, ctx } = readRoot(file, CUES_FILE_FIELDS);
  const description = requiredText(root, 'description', ctx);
  const verbs = checkLemmaList(root, 'verbs', ctx);
  const nouns = checkLemmaList(root, 'nouns', ctx);
  const lists = {} as Record<(typeof CUE_PHRASE_LISTS)[number], string[]>;
  for (const key of CUE_PHRASE_LISTS) lists[key] = checkUniquePhraseList(root, key, ctx);
  return { description, verbs, nouns, ...lists };
}

/** `verbs` and `nouns`: every form of every lemma is listed, and a form belongs to one lemma only within the list. */
function checkLemmaList(root: JsonObject, list: 'verbs' | 'nouns', ctx: Context): { lemma: string; forms: string[] }[] {
  const forms = new UniqueKeys('form');
  return eachObject(requiredList(root, list, ctx, 1), ctx, list, 'lemma', (obj, entryCtx) => {
    rejectUnknownFields(obj, LEMMA_FIELDS, entryCtx);
    const lemma = requiredPhrase(obj, 'lemma', entryCtx);
    const lemmaForms = requiredPhraseList(obj, 'forms', entryCtx, { minItems: 1 });
    // The base form may be left out on purpose when it is mostly a noun in news (`term` -> termed, terming).
    lemmaForms.forEach((form, i) => forms.claim(matchKey(form), `"${lemma}"`, entryCtx, `forms[${i}]`, form));
    return { lemma, forms: lemmaForms };
  });
}

/** A list of strings where two items that match the same text are a mistake. */
function checkUniquePhraseList(root: JsonObject, key: string, ctx: Context): string[] {
  const items = requiredPhraseList(root, key, ctx, { minItems: 1 });
  const seen = new UniqueKeys('phrase');
  items.forEach((item, i) => seen.claim(matchKey(item), `item #${i}`, ctx, `${key}[${i}]`, item));
  return items;
}

// ---------------------------------------------------------------------------------------------
// lexicons/sourcing/syntax-words.json, lexicons/hedging/context-words.json and
// lexicons/cleaning/furniture.json: plain word lists

const SYNTAX_WORD_LISTS = [
  'partitives',
  'quantityWords',
  'closeToAdjectives',
  'reducedRelativeObjects',
  'timeHeads',
  'nonNameOpeners',
  'shareWords',
  'evidenceVerbForms',
  'nonReportingParticiples',
  'memberRoles',
  'peopleReferences',
  'stateReferences',
  'sideReferences',
] as const;

/** The open-class words of the sourcing syntax; every word lower case and one token long. */
export function loadSyntaxWords(file = path.join(lexiconRoot(), 'sourcing', 'syntax-words.json')): SyntaxWordsFile {
  return loadWordLists(file, SYNTAX_WORD_LISTS, SYNTAX_WORD_LISTS);
}

const HEDGING_WORD_LISTS = [
  'abilityVerbs',
  'pastTimeMarkers',
  'monthContextWords',
  'quantityWords',
  'units',
  'evidenceSubjects',
  'availabilityBefore',
  'enablingVerbs',
] as const;

/** The open-class words of the hedge and booster context rules; all lower case, one word each but the phrases. */
export function loadHedgingContextWords(file = path.join(lexiconRoot(), 'hedging', 'context-words.json')): HedgingContextWordsFile {
  const oneWordLists = HEDGING_WORD_LISTS.filter((key) => key !== 'pastTimeMarkers');
  return loadWordLists(file, HEDGING_WORD_LISTS, oneWordLists);
}

const ROLE_WORD_LISTS = [
  'addresseeVerbs',
  'venueVerbs',
  'recipientVerbs',
  'enablingVerbs',
  'experiencerVerbs',
  'copularVerbs',
  'targetingVerbs',
  'actionNouns',
  'doerOfNouns',
  'undergoerOfNouns',
  'stativeNouns',
] as const;

/** The open-class words of the actor-role heuristics; every word lower case and one token long. */
export function loadRoleWords(file = path.join(lexiconRoot(), 'actors', 'role-words.json')): RoleWordsFile {
  return loadWordLists(file, ROLE_WORD_LISTS, ROLE_WORD_LISTS);
}

/** A file of a description and lower-case word lists; the lists in `oneWord` hold single words. */
function loadWordLists<Key extends string>(
  file: string,
  keys: readonly Key[],
  oneWord: readonly Key[],
): { description: string } & Record<Key, string[]> {
  const { root, ctx } = readRoot(file, ['description', ...keys]);
  const description = requiredText(root, 'description', ctx);
  const lists = {} as Record<Key, string[]>;
  for (const key of keys) {
    const single = oneWord.includes(key);
    lists[key] = checkUniquePhraseList(root, key, ctx);
    lists[key].forEach((word, i) => {
      if (word !== word.toLowerCase() || (single && /\s/u.test(word))) {
        fail(ctx, `${key}[${i}]`, `"${word}" must be ${single ? 'one lower-case word' : 'lower case'}`);
      }
    });
  }
  return { description, ...lists };
}

const FURNITURE_LISTS = ['footerHeadings', 'lineHeadings', 'authorNoteOpenings'] as const;

/** Page-furniture headings and author-note openings (read by src/parse/furniture.ts). */
export function loadFurniture(file = path.join(lexiconRoot(), 'cleaning', 'furniture.json')): FurnitureFile {
  const { root, ctx } = readRoot(file, ['description', ...FURNITURE_LISTS]);
  const description = requiredText(root, 'description', ctx);
  const lists = {} as Record<(typeof FURNITURE_LISTS)[number], string[]>;
  for (const key of FURNITURE_LISTS) lists[key] = checkUniquePhraseList(root, key, ctx);
  return { description, ...lists };
}

// ---------------------------------------------------------------------------------------------
// lexicons/actors/*.gazetteer.json

const GAZETTEER_FILE_FIELDS = ['name', 'description', 'actors'] as const;
const ACTOR_FIELDS = ['name', 'type', 'aliases', 'caseSensitiveAliases', 'demonyms', 'metonyms', 'side', 'roles', 'note'] as const;

export function loadGazetteer(file: string, drafts: DraftOptions = {}): GazetteerFile {
  const { root, ctx } = readRoot(file, GAZETTEER_FILE_FIELDS);
  const name = requiredText(root, 'name', ctx);
  const description = requiredText(root, 'description', ctx);
  const forms = new UniqueKeys('form');
  const actors = eachObject(requiredList(root, 'actors', ctx, 1), ctx, 'actors', 'name', (obj, entryCtx) => {
    const actor = checkActor(obj, entryCtx, drafts);
    for (const { field, phrase } of actorForms(actor)) forms.claim(matchKey(phrase), `actor "${actor.name}"`, entryCtx, field, phrase);
    return actor;
  });
  return { name, description, actors };
}

function checkActor(obj: JsonObject, ctx: Context, drafts: DraftOptions): GazetteerActor {
  rejectUnknownFields(obj, ACTOR_FIELDS, ctx);
  leftToFill(obj, 'side', ctx, drafts);
  const actor: GazetteerActor = withoutUndefined({
    name: requiredPhrase(obj, 'name', ctx),
    type: requiredEnum(obj, 'type', ACTOR_TYPES, ctx),
    aliases: requiredPhraseList(obj, 'aliases', ctx),
    caseSensitiveAliases: optionalPhraseList(obj, 'caseSensitiveAliases', ctx, { minItems: 1 }),
    demonyms: optionalPhraseList(obj, 'demonyms', ctx, { minItems: 1 }),
    metonyms: optionalPhraseList(obj, 'metonyms', ctx, { minItems: 1 }),
    side: optionalText(obj, 'side', ctx),
    roles: optionalPhraseList(obj, 'roles', ctx, { minItems: 1 }),
    note: optionalText(obj, 'note', ctx),
  });
  if (actor.aliases.length === 0 && !actor.caseSensitiveAliases) {
    fail(ctx, 'aliases', 'must have at least one item (or put acronyms in caseSensitiveAliases)');
  }
  if (actor.type !== 'state') {
    for (const field of ['demonyms', 'metonyms'] as const) {
      if (actor[field]) fail(ctx, field, `only actors of type "state" have ${field}; this one is "${actor.type}"`);
    }
  }
  if (actor.roles && actor.type !== 'person') fail(ctx, 'roles', `only actors of type "person" have roles; this one is "${actor.type}"`);
  return actor;
}

/** Every written form that the recognizer maps to this actor (aliases, demonyms, metonyms). */
export function actorForms(actor: GazetteerActor): { field: string; phrase: string }[] {
  const fields = ['aliases', 'caseSensitiveAliases', 'demonyms', 'metonyms'] as const;
  return fields.flatMap((field) => (actor[field] ?? []).map((phrase, i) => ({ field: `${field}[${i}]`, phrase })));
}

// ---------------------------------------------------------------------------------------------
// lexicons/actors/recognition.json

const RECOGNITION_LISTS = [
  'personTitles', 'governmentNouns', 'organizationHeads', 'groupHeads', 'nonActorWords', 'locations', 'givenNames', 'personNouns',
] as const;

export function loadRecognition(file: string): RecognitionFile {
  const { root, ctx } = readRoot(file, ['description', ...RECOGNITION_LISTS, 'titleAbbreviations', 'nameVariants']);
  const description = requiredText(root, 'description', ctx);
  const lists = {} as Record<(typeof RECOGNITION_LISTS)[number], string[]>;
  for (const key of RECOGNITION_LISTS) lists[key] = checkUniquePhraseList(root, key, ctx);
  // A head word in both lists would make the organisation/group decision arbitrary.
  const organizationHeads = new Set(lists.organizationHeads.map((h) => matchKey(h)));
  lists.groupHeads.forEach((head, i) => {
    if (organizationHeads.has(matchKey(head))) fail(ctx, `groupHeads[${i}]`, `"${head}" is also in organizationHeads; a head word must decide one type`);
  });
  return { description, ...lists, titleAbbreviations: titleAbbreviations(root, ctx), nameVariants: nameVariants(root, ctx) };
}

/** `[["Muhammad", "Mohammad"], …]`: groups of one-word spellings, a spelling in one group only. */
function nameVariants(root: JsonObject, ctx: Context): string[][] {
  const groups = expectArray(requiredField(root, 'nameVariants', ctx), ctx, 'nameVariants');
  const seen = new Set<string>();
  return groups.map((group, i) => {
    const words = expectArray(group, ctx, `nameVariants[${i}]`);
    if (words.length < 2) fail(ctx, `nameVariants[${i}]`, 'a group names at least two spellings');
    return words.map((word, k) => {
      if (typeof word !== 'string' || !/^\S+$/u.test(word)) fail(ctx, `nameVariants[${i}][${k}]`, 'must be one word');
      if (seen.has(word.toLowerCase())) fail(ctx, `nameVariants[${i}][${k}]`, `"${word}" is already in a group`);
      seen.add(word.toLowerCase());
      return word;
    });
  });
}

/** `{ "PM": "Prime Minister" }`: one-word abbreviations, each standing for a non-empty title. */
function titleAbbreviations(root: JsonObject, ctx: Context): Record<string, string> {
  const obj = expectObject(requiredField(root, 'titleAbbreviations', ctx), ctx, 'titleAbbreviations');
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (!/^\S+$/u.test(key)) fail(ctx, `titleAbbreviations.${key}`, 'an abbreviation is one word');
    if (typeof value !== 'string' || !/^\S(.*\S)?$/u.test(value)) fail(ctx, `titleAbbreviations.${key}`, 'must be a title without leading or trailing spaces');
    out[key] = value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The shipped set and user extensions

export interface LexiconPaths {
  loaded: string[];
  hedges: string;
  boosters: string;
  cues: string;
  gazetteers: string[];
  recognition: string;
}

export interface Lexicons {
  loaded: LoadedLexiconFile[];
  hedges: CueLexiconFile;
  boosters: CueLexiconFile;
  cues: ReportingCuesFile;
  gazetteers: GazetteerFile[];
  recognition: RecognitionFile;
}

export interface LoadLexiconsOptions {
  /** User loaded-term lexicons, applied in order; an entry overrides any earlier entry with the same `id`. */
  extraLoaded?: string[];
  /** User gazetteers, applied in order; an actor overrides any earlier actor with the same `name`. */
  extraGazetteers?: string[];
  /**
   * Which shipped loaded-term lexicons to use, by file name without `.json` (`['generic', 'us-politics']`);
   * default all. A corpus on another conflict should not be read through the Kashmir lexicon.
   */
  shippedLoaded?: string[];
  /**
   * Which shipped gazetteers to use, by file name without `.gazetteer.json` (`['international']`);
   * default all. Starting a new conflict from the actors of another one hides what is missing.
   */
  shippedGazetteers?: string[];
  /** Accept drafts: fields still holding `FILL_IN` are collected here instead of being errors. */
  pending?: PendingField[];
}

/**
 * The package root is two levels above this file both in `src/lexicons/` (vitest, ts-node) and in
 * `dist/lexicons/` (after tsc), so the same relative path works in both.
 */
export function lexiconRoot(): string {
  return path.join(__dirname, '..', '..', 'lexicons');
}

/**
 * The shipped files. Every `*.json` in `lexicons/loaded/` and every `*.gazetteer.json` in
 * `lexicons/actors/` is included (sorted by file name), so a new shipped lexicon needs no code change.
 */
export function defaultLexiconPaths(): LexiconPaths {
  const root = lexiconRoot();
  const jsonFilesIn = (folder: string, suffix: string) =>
    fs
      .readdirSync(path.join(root, folder))
      .filter((f) => f.endsWith(suffix))
      .sort()
      .map((f) => path.join(root, folder, f));
  return {
    loaded: jsonFilesIn('loaded', '.json'),
    hedges: path.join(root, 'hedging', 'hedges.json'),
    boosters: path.join(root, 'hedging', 'boosters.json'),
    cues: path.join(root, 'sourcing', 'reporting-cues.json'),
    gazetteers: jsonFilesIn('actors', '.gazetteer.json'),
    recognition: path.join(root, 'actors', 'recognition.json'),
  };
}

/**
 * Loads the shipped lexicons plus the user's extra files. Extra files override: a loaded-term entry
 * with the same `id` as an earlier one replaces it (the earlier entry is removed from its file), and
 * a gazetteer actor with the same `name` replaces the earlier actor. Any other clash — the same
 * term form in two entries, the same alias for two actors — is an error naming the later file,
 * because the matcher could not tell which one is meant.
 */
export function loadLexicons(opts: LoadLexiconsOptions = {}): Lexicons {
  const paths = defaultLexiconPaths();
  const drafts: DraftOptions = { pending: opts.pending };
  const loaded = overrideBy(
    [...selectShipped(paths.loaded, opts.shippedLoaded), ...(opts.extraLoaded ?? [])].map((file) => ({ file, data: loadLoadedLexicon(file, drafts) })),
    (data) => data.entries,
    (data, entries) => ({ ...data, entries }),
    (entry) => entry.id,
  );
  checkFormsAcrossFiles(loaded, (data) => data.entries.map((entry) => ({ owner: entry.id, index: data.entries.indexOf(entry), forms: formsOf(entry.term, entry.variants) })));
  const gazetteers = overrideBy(
    [...selectShipped(paths.gazetteers, opts.shippedGazetteers, '.gazetteer.json'), ...(opts.extraGazetteers ?? [])].map((file) => ({
      file,
      data: loadGazetteer(file, drafts),
    })),
    (data) => data.actors,
    (data, actors) => ({ ...data, actors }),
    (actor) => actor.name,
  );
  checkFormsAcrossFiles(gazetteers, (data) => data.actors.map((actor, index) => ({ owner: actor.name, index, forms: actorForms(actor) })));
  return {
    loaded: loaded.map((f) => f.data),
    hedges: loadCueLexicon(paths.hedges, 'hedge'),
    boosters: loadCueLexicon(paths.boosters, 'booster'),
    cues: loadReportingCues(paths.cues),
    gazetteers: gazetteers.map((f) => f.data),
    recognition: loadRecognition(paths.recognition),
  };
}

function selectShipped(files: string[], names: string[] | undefined, suffix = '.json'): string[] {
  if (names === undefined) return files;
  const byName = new Map(files.map((file) => [path.basename(file, suffix), file]));
  for (const name of names) {
    if (!byName.has(name)) {
      const folder = path.dirname(files[0] ?? path.join(lexiconRoot(), 'loaded'));
      const kind = suffix === '.json' ? 'lexicon' : 'gazetteer';
      throw new LexiconError({ file: folder }, `no shipped ${kind} "${name}" (available: ${[...byName.keys()].join(', ')})`);
    }
  }
  return files.filter((file) => names.includes(path.basename(file, suffix)));
}

interface Loaded<T> {
  file: string;
  data: T;
}

/** Later files win: items whose key reappears in a later file are dropped from the earlier one. */
function overrideBy<T, Item>(
  files: Loaded<T>[],
  itemsOf: (data: T) => Item[],
  withItems: (data: T, items: Item[]) => T,
  keyOf: (item: Item) => string,
): Loaded<T>[] {
  return files.map(({ file, data }, i) => {
    const laterKeys = new Set(files.slice(i + 1).flatMap((later) => itemsOf(later.data).map(keyOf)));
    return { file, data: withItems(data, itemsOf(data).filter((item) => !laterKeys.has(keyOf(item)))) };
  });
}

function checkFormsAcrossFiles<T>(
  files: Loaded<T>[],
  itemsOf: (data: T) => { owner: string; index: number; forms: { field: string; phrase: string }[] }[],
): void {
  const owners = new Map<string, string>();
  for (const { file, data } of files) {
    for (const { owner, index, forms } of itemsOf(data)) {
      for (const { field, phrase } of forms) {
        const key = matchKey(phrase);
        const previous = owners.get(key);
        if (previous !== undefined) {
          throw new LexiconError(
            { file, entry: { key: owner, index }, field },
            `"${phrase}" is already used by ${previous}; give this entry the same id/name to override it, or remove the form`,
          );
        }
        owners.set(key, `"${owner}" in ${path.basename(file)}`);
      }
    }
  }
}

/** Optional fields that were absent stay absent, so loaded objects compare equal to their JSON. */
function withoutUndefined<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

