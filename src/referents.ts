/**
 * Which referents of the loaded-term lexicons are wordings that can occur in running text
 * (*militants*, *Indian-administered Kashmir*) rather than advice to an editor (*(omit the adjective)*,
 * *militants / the insurgency*): letters, digits, spaces, hyphens, apostrophes, `&` and `.` only.
 * Only these are searched for as neutral wordings and aligned across outlets by default.
 */
const PLAIN_PHRASE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} '\u2019&.-]*$/u;

export function isPlainReferent(referent: string): boolean {
  return PLAIN_PHRASE.test(referent);
}
