export {
  suggestActors,
  type ActorSuggestion,
  type ActorSuggestions,
  type SuggestActorsOptions,
  type UnseenActor,
} from './actors';
export { suggestTerms, type SuggestTermsOptions, type TermSuggestion, type TermSuggestions } from './terms';
export {
  checkLexicon,
  type CheckOptions,
  type EntryHits,
  type EntryOverlap,
  type LexiconCheckReport,
} from './check';
export { snippet, snippetLine, writeJsonFile, type Snippet } from './context';
