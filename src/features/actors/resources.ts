import { compilePhrases, type PhraseMatcher } from '../../match/phraseMatcher';
import type { GazetteerActor, GazetteerFile, RecognitionFile } from '../../lexicons/types';

export interface ActorResources {
  aliases: PhraseMatcher<GazetteerActor>;
  demonyms: PhraseMatcher<GazetteerActor>;
  metonyms: PhraseMatcher<GazetteerActor>;
  titles: PhraseMatcher<string>;
  locations: PhraseMatcher<true>;
  byName: Map<string, GazetteerActor>;
  governmentNouns: Set<string>;
  organizationHeads: Set<string>;
  groupHeads: Set<string>;
  nonActorWords: Set<string>;
  /** Verb forms that report speech: a unknown name right before one is a person. */
  speechVerbs: Set<string>;
}

/** Compiles gazetteers (later files override actors of the same name) and recognition data. */
export function compileActorResources(gazetteers: GazetteerFile[], recognition: RecognitionFile, speechVerbs: Iterable<string>): ActorResources {
  const byName = new Map<string, GazetteerActor>();
  for (const file of gazetteers) for (const actor of file.actors) byName.set(actor.name, actor);
  const actors = [...byName.values()];
  const lower = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));
  return {
    aliases: compilePhrases(
      actors.flatMap((actor) => [
        ...[actor.name, ...actor.aliases].map((phrase) => ({ phrase, value: actor })),
        ...(actor.caseSensitiveAliases ?? []).map((phrase) => ({ phrase, caseSensitive: true, value: actor })),
      ]),
    ),
    demonyms: compilePhrases(actors.flatMap((actor) => (actor.demonyms ?? []).map((phrase) => ({ phrase, value: actor })))),
    metonyms: compilePhrases(actors.flatMap((actor) => (actor.metonyms ?? []).map((phrase) => ({ phrase, value: actor })))),
    titles: compilePhrases(recognition.personTitles.map((title) => ({ phrase: title, value: title }))),
    locations: compilePhrases(recognition.locations.map((phrase) => ({ phrase, value: true as const }))),
    byName,
    governmentNouns: lower(recognition.governmentNouns),
    organizationHeads: lower(recognition.organizationHeads),
    groupHeads: lower(recognition.groupHeads),
    nonActorWords: lower(recognition.nonActorWords),
    speechVerbs: lower([...speechVerbs]),
  };
}
