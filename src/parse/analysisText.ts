import type { FurnitureSpan } from './furniture';

const SENTENCE_END = /[.!?…:;"”’)\]]$/u;

/**
 * The text the NLP sees: the verbatim text with furniture blanked out and hard line breaks inside a
 * sentence turned into spaces. It has exactly the same length as the verbatim text, so every offset
 * found in it indexes the verbatim text too — cleaning is a mask, never a rewrite.
 */
export function buildAnalysisText(text: string, furniture: FurnitureSpan[]): string {
  const chars = text.split('');
  for (const span of furniture) {
    for (let i = span.start; i < span.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  joinSoftLineBreaks(chars);
  return maskOverlongRuns(chars.join(''));
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
  return analysisText.replace(OVERLONG, (run) => ' '.repeat(run.length));
}

/**
 * A single line break is soft (a wrapped line) when the line before it does not end a sentence and
 * neither neighbouring line is blank; paragraph breaks (blank lines, or a line ending in
 * punctuation) stay.
 */
function joinSoftLineBreaks(chars: string[]): void {
  let lineStart = 0;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '\n') continue;
    const line = chars.slice(lineStart, i).join('').trimEnd();
    const nextLineEnd = chars.indexOf('\n', i + 1);
    const nextLine = chars.slice(i + 1, nextLineEnd < 0 ? chars.length : nextLineEnd).join('').trim();
    if (line.trim() !== '' && nextLine !== '' && !SENTENCE_END.test(line)) chars[i] = ' ';
    lineStart = i + 1;
  }
}
