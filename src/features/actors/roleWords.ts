import { loadRoleWords } from '../../lexicons/load';
import type { RoleWordsFile } from '../../lexicons/types';

/** The word classes of the role heuristics (lexicons/actors/role-words.json), as sets. */
export type RoleWords = {
  readonly [Key in Exclude<keyof RoleWordsFile, 'description'>]: ReadonlySet<string>;
};

let words: RoleWords | null = null;

/**
 * The shipped role words, read and validated once per process on first use. They are part of the
 * rules, not of the user's lexicons: the same for every analyzer.
 */
export function roleWords(): RoleWords {
  if (words !== null) return words;
  const { description: _description, ...lists } = loadRoleWords();
  words = Object.fromEntries(
    Object.entries(lists).map(([key, list]) => [key, new Set(list)]),
  ) as unknown as RoleWords;
  return words;
}
