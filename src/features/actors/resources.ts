import { compilePhrases, type PhraseMatcher } from '../../match/phraseMatcher';
import type { GazetteerActor, GazetteerFile, RecognitionFile } from '../../lexicons/types';
import { wordClass, type WordClass } from '../../match/wordClasses';

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
  /** Lower-cased nouns of texts that speak for their issuer (`statement`): `a military statement` names the military. */
  documentNouns: Set<string>;
  /** Lower-cased given names: evidence that a capitalised run is a person's name. */
  givenNames: Set<string>;
  /** Lower-cased nouns naming a person by role (`spokesman`, `official`). */
  personNouns: Set<string>;
  /** Lower-cased abbreviation → lower-cased full title (`pm` → `prime minister`). */
  titleAbbreviations: Map<string, string>;
  /**
   * The words a role reference can end in (`personNouns` and the keys of `titleAbbreviations`), and
   * the first words of `governmentNouns`: reference resolution asks these at every token.
   */
  roleHeads: WordClass;
  governmentNounStarts: WordClass;
  /**
   * A person's leading names (`shah mehmood` of `Shah Mehmood Qureshi`) → that person, for names of
   * three or more words; a prefix two people share is left out.
   */
  personPrefixes: Map<string, GazetteerActor>;
  /** Lower-cased spelling → the first spelling of its group (`mohammed` → `muhammad`). */
  nameSpelling: Map<string, string>;
  /** Every alias, lower-cased and single-spaced → its actor (`indian army` → Indian Army). */
  byAlias: Map<string, GazetteerActor>;
}

/** Compiles gazetteers (later files override actors of the same name) and recognition data. */
export function compileActorResources(
  gazetteers: GazetteerFile[],
  recognition: RecognitionFile,
  speechVerbs: Iterable<string>,
  documentNouns: Iterable<string> = [],
): ActorResources {
  const byName = new Map<string, GazetteerActor>();
  for (const file of gazetteers) for (const actor of file.actors) byName.set(actor.name, actor);
  const actors = [...byName.values()];
  const lower = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));
  const personNouns = lower(recognition.personNouns);
  const titleAbbreviations = new Map(
    Object.entries(recognition.titleAbbreviations).map(([short, full]) => [
      short.toLowerCase(),
      full.toLowerCase(),
    ]),
  );
  const governmentNouns = lower(recognition.governmentNouns);
  return {
    aliases: compilePhrases(
      actors.flatMap((actor) => [
        ...[actor.name, ...actor.aliases].map((phrase) => ({ phrase, value: actor })),
        ...(actor.caseSensitiveAliases ?? []).map((phrase) => ({
          phrase,
          caseSensitive: true,
          value: actor,
        })),
      ]),
    ),
    demonyms: compilePhrases(
      actors.flatMap((actor) => (actor.demonyms ?? []).map((phrase) => ({ phrase, value: actor }))),
    ),
    metonyms: compilePhrases(
      actors.flatMap((actor) => (actor.metonyms ?? []).map((phrase) => ({ phrase, value: actor }))),
    ),
    titles: compilePhrases(recognition.personTitles.map((title) => ({ phrase: title, value: title }))),
    locations: compilePhrases(recognition.locations.map((phrase) => ({ phrase, value: true as const }))),
    byName,
    governmentNouns,
    organizationHeads: lower(recognition.organizationHeads),
    groupHeads: lower(recognition.groupHeads),
    nonActorWords: lower(recognition.nonActorWords),
    speechVerbs: lower([...speechVerbs]),
    documentNouns: lower([...documentNouns]),
    givenNames: lower(recognition.givenNames),
    personNouns,
    personPrefixes: leadingNames(actors),
    nameSpelling: new Map(
      recognition.nameVariants.flatMap((group) =>
        group.map((word) => [word.toLowerCase(), group[0].toLowerCase()] as const),
      ),
    ),
    byAlias: new Map(
      actors.flatMap((actor) =>
        [actor.name, ...actor.aliases].map(
          (alias) => [alias.toLowerCase().replace(/[\s-]+/g, ' '), actor] as const,
        ),
      ),
    ),
    titleAbbreviations,
    roleHeads: wordClass([...personNouns, ...titleAbbreviations.keys()]),
    governmentNounStarts: wordClass([...governmentNouns].map((noun) => noun.split(' ')[0])),
  };
}

function leadingNames(actors: GazetteerActor[]): Map<string, GazetteerActor> {
  const prefixes = new Map<string, GazetteerActor | null>();
  for (const actor of actors) {
    if (actor.type !== 'person') continue;
    for (const alias of [actor.name, ...actor.aliases]) {
      const words = alias.toLowerCase().split(/\s+/);
      for (let n = 2; n < words.length; n++) {
        const key = words.slice(0, n).join(' ');
        const known = prefixes.get(key);
        prefixes.set(key, known === undefined || known === actor ? actor : null);
      }
    }
  }
  const unique = new Map<string, GazetteerActor>();
  for (const [key, actor] of prefixes) if (actor) unique.set(key, actor);
  return unique;
}
