import { phrasePieces } from '../parse/pieces';
import type { AliasMap } from './types';

/**
 * Maps a name to its gazetteer canonical form so that `Modi` and `Narendra Modi`, or `OIC` and
 * `Organisation of Islamic Cooperation`, count as one actor. Names the gazetteer does not know are
 * kept as written (trimmed); comparison is then exact.
 */
export function canonicalName(name: string, aliases: AliasMap): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return aliases.get(aliasKey(trimmed)) ?? trimmed;
}

/** The matcher's own equivalences: case, hyphen or space, `&` or `and` (`Anwar-ul-Haq` = `Anwar ul Haq`). */
function aliasKey(name: string): string {
  return phrasePieces(name).join(' ');
}

/** Builds an alias map from (canonical name, aliases) pairs; the canonical name maps to itself. */
export function buildAliasMap(
  actors: readonly { name: string; aliases?: readonly string[] }[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const actor of actors) {
    for (const alias of [actor.name, ...(actor.aliases ?? [])]) map.set(aliasKey(alias), actor.name);
  }
  return map;
}
