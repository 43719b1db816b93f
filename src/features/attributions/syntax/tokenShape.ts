import type { ParsedDocument, Token } from '../../../parse/types';
import { DATE_WORD, INDEFINITE_ARTICLES } from '../../../lexicons/english';

/**
 * Tiny accessors on tokens, in the spirit of wink-nlp's `its`: what a token looks like (its shape)
 * and its neighbours within the sentence. They read the parse and nothing else.
 */

/** The token before `t` in the same sentence, or undefined at the sentence start. */
export function prev(doc: ParsedDocument, t: number): Token | undefined {
  const token = doc.tokens[t - 1];
  return token !== undefined && token.sentence === doc.tokens[t].sentence ? token : undefined;
}

/** The token after `t` in the same sentence, or undefined at the sentence end. */
export function next(doc: ParsedDocument, t: number): Token | undefined {
  const token = doc.tokens[t + 1];
  return token !== undefined && token.sentence === doc.tokens[t].sentence ? token : undefined;
}

/** Ends in `-ing`: a gerund or a present participle (`saying`, `polling`). */
export function isGerund(token: Token | undefined): boolean {
  return token !== undefined && /ing$/u.test(token.lower);
}

/** A past form, regular (`-ed`) or one of the common irregular reporting ones (`said`, `told`). */
export function isPastForm(token: Token | undefined): boolean {
  return token !== undefined && PAST_FORM.test(token.lower);
}

const PAST_FORM = /(ed|^said|^told|^wrote|^thought|^knew|^found|^saw|^felt)$/u;

/** `issued`, `taken`, `shown`: a verb form that can head a participle phrase after a noun. */
export function isPastParticiple(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && /(ed|en|wn)$/u.test(token.lower);
}

/** A capitalised word that can sit inside a name (`Contact Group on Kashmir`), not a date (`India on Tuesday`). */
export function isNamePart(token: Token | undefined): boolean {
  return isCapitalized(token) && !DATE_WORD.test(token!.text);
}

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && /^\p{Lu}/u.test(token.text);
}

/** A hyphen between two letters with no space, or the word right after one (`op-ed`, `Indian-administered`). */
export function isInsideHyphenatedWord(doc: ParsedDocument, t: number): boolean {
  const token = doc.tokens[t];
  const hyphen = token.text === '-' ? token : doc.tokens[t - 1]?.text === '-' ? doc.tokens[t - 1] : null;
  if (!hyphen) return false;
  const before = doc.tokens[hyphen.index - 1];
  const after = doc.tokens[hyphen.index + 1];
  return (
    before !== undefined && after !== undefined && before.end === hyphen.start && hyphen.end === after.start
  );
}

/** A hyphen with a space on either side is a dash. */
export function isSpacedHyphen(doc: ParsedDocument, t: number): boolean {
  const token = doc.tokens[t];
  return (
    token.text === '-' && (doc.tokens[t - 1]?.end !== token.start || doc.tokens[t + 1]?.start !== token.end)
  );
}

/** `Clinton Slams Trump`: a capital followed by a lower-case letter. */
export function isTitleCase(token: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(token.text);
}

/** `a`, `an`. */
export function isIndefinite(token: Token): boolean {
  return INDEFINITE_ARTICLES.has(token.lower);
}
