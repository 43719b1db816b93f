/** framing-kit's public API. Plain records in, plain records out; tables and charts sit on top. */
export * from './types';
export { analyze, analyzePaths, analyzeText, createAnalyzer } from './analyze';
export type { AnalyzeOptions, Analyzer, FeatureName } from './analyze';
export { loadCorpus, readCorpus } from './corpus/load';
export type { RawDocument } from './corpus/types';
export { InputError } from './corpus/errors';
export { describeError } from './errors';
export { detectLanguage } from './corpus/language';
export type { LanguageCheck, LanguageFlag } from './corpus/language';
export { LexiconError, loadLexicons, defaultLexiconPaths, FILL_IN } from './lexicons/load';
export { parseDocument } from './parse/parse';
export type { ParsedDocument } from './parse/types';
export { suggestActors, suggestTerms, checkLexicon } from './suggest/index';
export type { ActorSuggestion, TermSuggestion, LexiconCheckReport } from './suggest/index';
