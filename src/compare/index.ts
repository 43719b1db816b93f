export {
  articleFacts,
  framingDiff,
  type FramingDiff,
  type DiffArticle,
  type SpeakerDiff,
  type ReferentDiff,
  type WordingCount,
  type ActorOnly,
} from './framingDiff';
