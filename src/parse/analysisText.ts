import type { FurnitureSpan } from './furniture';

const SENTENCE_END = /[.!?…:;"”’)\]]$/u;

/**
 * The text the NLP sees: the verbatim text with furniture blanked out and hard line breaks inside a
 * sentence turned into spaces. It has exactly the same length as the verbatim text, so every offset
 * found in it indexes the verbatim text too — cleaning is a mask, never a rewrite.
 */
export function buildAnalysisText(text: string, furniture: FurnitureSpan[]): string {
  return maskOverlongRuns(joinSoftLineBreaks(maskFurniture(text, furniture)));
}

/** Furniture characters become spaces; line breaks inside furniture stay, so paragraphs do too. */
function maskFurniture(text: string, furniture: FurnitureSpan[]): string {
  if (furniture.length === 0) return text;
  // One pass over a per-character flag, so overlapping or unsorted spans mask exactly their union.
  const masked = new Uint8Array(text.length);
  for (const span of furniture) masked.fill(1, Math.max(0, span.start), Math.min(text.length, span.end));
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length;) {
    if (masked[i] === 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && masked[end] === 1) end++;
    parts.push(text.slice(from, i), text.slice(i, end).replace(/[^\n]/g, ' '));
    from = i = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * A run of this many characters without whitespace is data (base64, a minified script, a pasted
 * hash), not language. It is masked like furniture: wink-nlp's model tests every token with a
 * backtracking pattern whose cost grows with the square of the token's length, so a single
 * 100,000-character run would otherwise take about ten seconds and a megabyte hours.
 */
export const OVERLONG_RUN = 1000;
// Only from the start of a run, so a shorter run is scanned once, not once per character.
const OVERLONG = new RegExp(`(?<!\\S)\\S{${OVERLONG_RUN},}`, 'g');

function maskOverlongRuns(analysisText: string): string {
  return hasLongRun(analysisText)
    ? analysisText.replace(OVERLONG, (run) => ' '.repeat(run.length))
    : analysisText;
}

/**
 * Whether the text has `OVERLONG_RUN` characters in a row none of which is an ASCII space, tab or
 * line break: a necessary condition for `OVERLONG` to match (those are all `\s`), checked in one
 * plain pass, so the regular expression runs only on the rare text that may need it.
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) run = 0;
    else if (++run >= OVERLONG_RUN) return true;
  }
  return false;
}

/**
 * A single line break is soft (a wrapped line) when the line before it does not end a sentence and
 * neither neighbouring line is blank; paragraph breaks (blank lines, or a line ending in
 * punctuation) stay.
 */
function joinSoftLineBreaks(text: string): string {
  // Each decision reads only the original text around one break (the line before it starts after
  // the previous break), so the breaks to join can be found first and replaced in one go.
  const parts: string[] = [];
  let from = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(lineStart, i).trimEnd();
    const nextLineEnd = text.indexOf('\n', i + 1);
    const nextLine = text.slice(i + 1, nextLineEnd < 0 ? text.length : nextLineEnd).trim();
    if (line !== '' && nextLine !== '' && !SENTENCE_END.test(line)) {
      parts.push(text.slice(from, i), ' ');
      from = i + 1;
    }
    lineStart = i + 1;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
