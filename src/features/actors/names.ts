import type { ParsedDocument, Token } from '../../parse/types';
import type { ActorResources } from './resources';

/*
 * Evidence that a capitalised run of two or more words `[start, end)` is a person's name, without a
 * NER model (issue #17). Each clue is a position where news prose puts names, or a given name:
 *
 *  given name     the run starts with a listed given name (`Mohammad Bashir`, `Sanjay Sharma`);
 *  speech         a reporting verb right after or right before it (`Vijay Kumar said`, `said Vijay Kumar`);
 *  apposition     a role in apposition after it (`Asha Rao, a spokeswoman for …`, `Imtiaz Gul, the
 *                 analyst,`), or a person noun with a comma before it (`a 40-year-old man, Ilyas Khan,`);
 *  role before    a person noun right before it (`police official Jamil Mir`, `defence minister Ravi Kant`);
 *  source-first   `according to` or a passive's `by` before it (`according to Nadia Rehman`);
 *  list           it stands in a comma list whose other items are persons (handled by the caller).
 *
 * Organisations are told apart before this is asked (their head words: `Ministry`, `Council`), and
 * months, weekdays, titles alone and listed places never start a run.
 */

const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_APPOSITION = 7;

export function isPersonName(doc: ParsedDocument, res: ActorResources, start: number, end: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[start].sentence;
  const at = (t: number): Token | undefined =>
    tokens[t] && tokens[t].sentence === sentence ? tokens[t] : undefined;
  if (res.givenNames.has(tokens[start].lower)) return true;
  const next = at(end);
  const previous = at(start - 1);
  if ((next && res.speechVerbs.has(next.lower)) || (previous && res.speechVerbs.has(previous.lower)))
    return true;
  if (next?.text === ',' && appositiveRole(res, at, end + 1)) return true;
  if (previous?.text === ',' && res.personNouns.has(at(start - 2)?.lower ?? '')) return true;
  if (previous && !isCapitalizedWord(previous) && res.personNouns.has(previous.lower)) return true;
  if (previous?.lower === 'to' && at(start - 2)?.lower === 'according') return true;
  return false;
}

/** `, a spokesman for …`, `, the senior police officer,`: an article, then a person noun within a few words. */
function appositiveRole(res: ActorResources, at: (t: number) => Token | undefined, t: number): boolean {
  if (!ARTICLES.has(at(t)?.lower ?? '')) return false;
  for (let k = t + 1; k < t + MAX_APPOSITION; k++) {
    const token = at(k);
    if (!token || token.text === ',' || token.lower === 'of' || token.lower === 'for' || token.lower === 'in')
      return false;
    if (res.personNouns.has(token.lower)) return true;
  }
  return false;
}

function isCapitalizedWord(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}
