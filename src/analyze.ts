import { detectLanguage } from './corpus/language';
import { loadCorpus } from './corpus/load';
import type { RawDocument } from './corpus/types';
import { compileActorResources, type ActorResources } from './features/actors/resources';
import { recognizeActors } from './features/actors/recognize';
import { resolvePronouns, resolveRoleReferences } from './features/actors/resolve';
import { buildActors } from './features/actors/roles';
import { compileSourcing, findSourcing, type SourcingResources } from './features/attributions';
import { compileCueLexicon, findCues, type CueMatcher } from './features/hedging';
import { compileLoadedLexicons, findLoadedTerms, type LoadedTermResources } from './features/loadedTerms';
import { compileReferents, findNeutralTerms } from './features/neutralTerms';
import type { PhraseMatcher } from './match/phraseMatcher';
import { summarize } from './features/summary';
import { loadLexicons, type Lexicons, type LoadLexiconsOptions } from './lexicons/load';
import { parseDocument } from './parse/parse';
import { tokenIndexAtOrAfter } from './parse/tokens';
import type { ParsedDocument } from './parse/types';
import type { Attribution, Document, DocumentStats } from './types';

export type FeatureName = 'attributions' | 'loadedTerms' | 'actors' | 'hedging';

export interface AnalyzeOptions {
  /** Extra loaded-term lexicons (JSON files); entries override shipped ones with the same id. */
  lexicons?: string[];
  /** Extra gazetteers (JSON files); actors override shipped ones with the same name. */
  gazetteers?: string[];
  /** Shipped loaded-term lexicons to use, by name (`['generic', 'us-politics']`); default all. */
  shippedLexicons?: string[];
  /** Shipped gazetteers to use, by name (`['international']`); default all. */
  shippedGazetteers?: string[];
  /** Switch features off (all are on by default); a switched-off feature yields empty lists. */
  features?: Partial<Record<FeatureName, boolean>>;
  /**
   * Record why: each attribution gets `explain.pass` (the sourcing pass that found it) and each
   * document `explain.rejectedCues` (cue candidates turned down, with the rule). Off by default.
   */
  explain?: boolean;
}

/** Everything compiled once and shared by every document: lexicons as matchers. */
export interface Analyzer {
  analyze(raw: RawDocument): Document;
}

interface Resources {
  loaded: LoadedTermResources;
  referents: PhraseMatcher<string>;
  hedges: CueMatcher;
  boosters: CueMatcher;
  sourcing: SourcingResources;
  actors: ActorResources;
}

export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  return analyzerFor(lexiconsFor(options), options);
}

/** The lexicons `createAnalyzer(options)` reads (shipped ones selected, the user's files added). */
export function lexiconsFor(options: AnalyzeOptions, pending?: LoadLexiconsOptions['pending']): Lexicons {
  return loadLexicons({
    extraLoaded: options.lexicons,
    extraGazetteers: options.gazetteers,
    shippedLoaded: options.shippedLexicons,
    shippedGazetteers: options.shippedGazetteers,
    pending,
  });
}

/** An analyzer over lexicons already loaded (`checkLexicon` reads drafts this way). */
export function analyzerFor(
  lexicons: Lexicons,
  options: Pick<AnalyzeOptions, 'features' | 'explain'> = {},
): Analyzer {
  const sourcing = compileSourcing(lexicons.cues);
  const resources: Resources = {
    loaded: compileLoadedLexicons(lexicons.loaded),
    referents: compileReferents(lexicons.loaded),
    hedges: compileCueLexicon(lexicons.hedges),
    boosters: compileCueLexicon(lexicons.boosters),
    sourcing,
    actors: compileActorResources(
      lexicons.gazetteers,
      lexicons.recognition,
      sourcing.verbForms,
      lexicons.cues.documentHeads,
    ),
  };
  const enabled = (feature: FeatureName) => options.features?.[feature] !== false;
  return {
    analyze: (raw) =>
      analyzeParsed(raw, parseDocument(raw.text), resources, enabled, options.explain === true),
  };
}

function analyzeParsed(
  raw: RawDocument,
  doc: ParsedDocument,
  res: Resources,
  enabled: (feature: FeatureName) => boolean,
  explain: boolean,
): Document {
  // Names first, then role references (sourcing reads them as speakers), then pronouns (whose
  // referent as a source is the attribution's speaker).
  const mentions = enabled('actors')
    ? resolveRoleReferences(doc, res.actors, recognizeActors(doc, res.actors))
    : [];
  const sourcing = enabled('attributions')
    ? findSourcing(doc, res.sourcing, mentions, { explain })
    : { attributions: [], rejected: [] };
  const { attributions } = sourcing;
  const resolved = enabled('actors') ? resolvePronouns(doc, mentions, attributions) : [];
  const actors = enabled('actors')
    ? buildActors(doc, resolved, attributions, cueTokens(doc, attributions))
    : [];
  const loadedTerms = enabled('loadedTerms')
    ? findLoadedTerms(doc, res.loaded, { mentions, attributions, demonyms: res.actors.demonyms })
    : [];
  const neutralTerms = enabled('loadedTerms')
    ? findNeutralTerms(doc, res.referents, loadedTerms, mentions)
    : [];
  const hedges = enabled('hedging') ? findCues(doc, res.hedges) : [];
  const boosters = enabled('hedging') ? findCues(doc, res.boosters) : [];
  const stats = statsOf(doc);
  const title = typeof raw.meta.title === 'string' ? raw.meta.title : null;
  const summary = summarize({
    doc,
    stats,
    attributions,
    loadedTerms,
    actors,
    hedges,
    boosters,
    sides: res.loaded.sides,
    title,
  });
  // The user's own `language` metadata wins; the detector's warning is kept either way.
  const language = detectLanguage(raw.text);
  const meta = { ...raw.meta, language: raw.meta.language ?? language.language };
  const document: Document = {
    id: raw.id,
    meta,
    text: raw.text,
    stats,
    attributions,
    loadedTerms,
    neutralTerms,
    actors,
    hedges,
    boosters,
    summary,
  };
  if (language.warning !== null) document.warnings = [language.warning];
  if (explain) document.explain = { rejectedCues: sourcing.rejected };
  return document;
}

function statsOf(doc: ParsedDocument): DocumentStats {
  let words = 0;
  for (const token of doc.tokens) if (token.isWord) words++;
  return { tokens: doc.tokens.length, words, sentences: doc.sentences.length };
}

/** Tokens of the cues whose subject speaks; an implicit source's passive (`India was urged to`) keeps its subject a patient. */
function cueTokens(doc: ParsedDocument, attributions: Attribution[]): Set<number> {
  const tokens = new Set<number>();
  for (const attribution of attributions) {
    if (attribution.sourceType === 'implicit') continue;
    const { start, end } = attribution.cue;
    for (let t = tokenIndexAtOrAfter(doc, start); t < doc.tokens.length && doc.tokens[t].end <= end; t++)
      tokens.add(t);
  }
  return tokens;
}

/** Analyses documents already read (see `loadCorpus`), in order. */
export function analyze(raw: RawDocument[], options: AnalyzeOptions = {}): Document[] {
  const analyzer = createAnalyzer(options);
  return raw.map((document) => analyzer.analyze(document));
}

/** Reads files or folders and analyses every document in them. */
export function analyzePaths(paths: string[], options: AnalyzeOptions = {}): Document[] {
  return analyze(loadCorpus(paths), options);
}

/** Analyses one text given as a string (handy in notebooks and tests). */
export function analyzeText(text: string, options: AnalyzeOptions & { id?: string } = {}): Document {
  return createAnalyzer(options).analyze({
    id: options.id ?? 'text',
    meta: {},
    text,
    origin: { file: '(text)', line: null },
  });
}
