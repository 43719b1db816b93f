/**
 * Terminology alignment, the neutral side: where the text names a referent of the loaded-term
 * lexicons in its plain wording (*militants*, *Indian-administered Kashmir*), so that an outlet's
 * *terrorists* can be set against another's *militants* for the same referent. Only referents that
 * are plain phrases are searched (`(omit the adjective)` or `militants / the insurgency` are
 * advice to an editor, not wordings); a loaded term always wins where the two overlap.
 */
import { compilePhrases, type PhraseMatcher } from '../match/phraseMatcher';
import type { LoadedLexiconFile } from '../lexicons/types';
import type { ParsedDocument } from '../parse/types';
import type { LoadedTerm, NeutralTerm } from '../types';
import { candidatesAt, longestFirst, referentOf } from './loadedTerms';
import type { ActorMention } from './actors/recognize';
import { isInQuote } from './quoteContext';
import { spanCover, spanOverlap } from './spanCover';
import { isPlainReferent } from '../referents';

/** The plain-phrase referents of the lexicons in use (later files override entries by id, as for terms). */
export function compileReferents(lexicons: LoadedLexiconFile[]): PhraseMatcher<string> {
  const byId = new Map<string, string>();
  for (const lexicon of lexicons) for (const entry of lexicon.entries) byId.set(entry.id, referentOf(entry));
  const referents = [...new Set(byId.values())].filter(isPlainReferent).sort();
  return compilePhrases(referents.map((referent) => ({ phrase: referent, value: referent })));
}

/**
 * Plain wordings of referents in the analysed text (furniture excluded), longest first where they
 * overlap, and none inside or across a loaded term (*Pakistan* in *Pakistan-occupied Kashmir* is part
 * of the loaded wording) or inside the name of an organisation or group (*Resistance* in *The
 * Resistance Front*, *Pakistan* in *Pakistan Army* name the organisation, not the referent).
 * Nor is the bare name of a person or state a wording (*Pakistan* for *terror-sponsoring state*,
 * *Narendra Modi* for an epithet): a name is the only way to name its bearer, so counting every
 * mention would drown the one loaded epithet; names are counted as actors instead.
 */
export function findNeutralTerms(
  doc: ParsedDocument,
  referents: PhraseMatcher<string>,
  loaded: readonly LoadedTerm[],
  mentions: readonly ActorMention[],
): NeutralTerm[] {
  if (referents.size === 0) return [];
  const candidates = candidatesAt(doc, referents);
  // Most documents name no referent plainly: the spans of terms and names are then never asked about.
  if (candidates.length === 0) return [];
  const inLoaded = spanOverlap(loaded);
  const names = mentions.filter((m) => m.type === 'organization' || m.type === 'group');
  const inName = spanCover(names);
  const isName = new Set(names.map((m) => `${m.start}:${m.end}`));
  const bearers = spanCover(mentions.filter((m) => m.type === 'person' || m.type === 'state'));
  return longestFirst(candidates)
    .filter((match) => !inLoaded(match.start, match.end))
    .filter((match) => !inName(match.start, match.end) || isName.has(`${match.start}:${match.end}`))
    .filter((match) => !bearers(match.start, match.end))
    .map((match) => ({
      start: match.start,
      end: match.end,
      text: match.text,
      referent: match.value,
      inQuote: isInQuote(doc, match.start),
    }));
}
