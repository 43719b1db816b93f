import { loadFurniture } from '../lexicons/load';
import * as path from 'node:path';

export type FurnitureKind =
  'byline' | 'dateline' | 'footer' | 'related-link' | 'author-note' | 'email' | 'link-heading';

export interface FurnitureSpan {
  start: number;
  end: number;
  kind: FurnitureKind;
}

interface FurnitureRules {
  footerHeadings: RegExp[];
  lineHeadings: RegExp[];
  authorNoteOpenings: string[];
  longestAuthorNoteOpening: number;
}

export const DEFAULT_FURNITURE_FILE = path.join(
  __dirname,
  '..',
  '..',
  'lexicons',
  'cleaning',
  'furniture.json',
);

let defaultRules: FurnitureRules | null = null;

/** The furniture data, read and validated through src/lexicons, compiled to patterns. */
export function loadFurnitureRules(file = DEFAULT_FURNITURE_FILE): FurnitureRules {
  const data = loadFurniture(file);
  const authorNoteOpenings = data.authorNoteOpenings.map((opening) => opening.toLowerCase());
  return {
    footerHeadings: data.footerHeadings.map(headingPattern),
    lineHeadings: data.lineHeadings.map(headingPattern),
    authorNoteOpenings,
    longestAuthorNoteOpening: Math.max(0, ...authorNoteOpenings.map((opening) => opening.length)),
  };
}

function headingPattern(heading: string): RegExp {
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, (ch) => (ch === '*' ? '.+' : `\\${ch}`));
  return new RegExp(`^${escaped}\\s*:?$`, 'i');
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** Index of the blank-line-separated block the line belongs to. */
  block: number;
}

const BYLINE =
  /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|ul|bin|al|de|van|von))*(?:\s*,\s*\p{Lu}[\p{L} ]+)?$/u;
const BULLET = /^[•·▪►»◦]/u;
// `“` too: some outlets close quotes with an opening mark (`…, he said. “They see that. “`).
const FINAL_PUNCTUATION = /[.!?…:;"“”’')\]]$/u;
const SENTENCE_END = /[.!?…]$/u;
/** Headings and link titles are short: a longer line is text, whatever its first words. */
const MAX_HEADING_WORDS = 8;
const MAX_LINK_WORDS = 25;
// The lookbehind lets an address start only where a run of address characters starts: the match is
// the same, but a long run without `@` is scanned once instead of once per position (quadratic).
const EMAIL = /\[email(?:&#160;|\s)protected\]|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;
/**
 * `KARACHI  :`, `date 2024-12-16 Islamabad:`, `SRINAGAR, India (AP) —`, `NEW DELHI, Aug 5 (Reuters) -`.
 * A title-case place counts only with a date or an agency, so a sentence such as `Pakistan: a view`
 * is not mistaken for a dateline. Spaces include no-break spaces, common in pasted web text.
 */
const DATELINE =
  /^\s*(date\s+\d{4}-\d{2}-\d{2}\s+)?((?:\p{Lu}[\p{L}.'-]*)(?:[\t\p{Zs}]+\p{Lu}[\p{L}.'-]*){0,3})((?:,[\t\p{Zs}]*\p{Lu}[\p{L}.]*(?:[\t\p{Zs}]+\d{1,2})?){0,2})([\t\p{Zs}]*\([\p{L} .]+\))?[\t\p{Zs}]*(?::|—|–|--?)[\t\p{Zs}]/u;

/** Finds page furniture. Spans never overlap and come sorted by start. */
export function findFurniture(
  text: string,
  rules: FurnitureRules = (defaultRules ??= loadFurnitureRules()),
): FurnitureSpan[] {
  const lines = splitLines(text);
  const spans: FurnitureSpan[] = [];
  const firstBlock = lines.find((line) => line.text.trim() !== '')?.block ?? 0;
  const blockSizes = countLinesPerBlock(lines);
  let footerFrom: number | null = null;

  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    const kind = classifyLine(trimmed, line, rules, firstBlock, blockSizes);
    if (kind === 'footer') {
      footerFrom = line.start + line.text.indexOf(trimmed);
      break;
    }
    if (kind)
      spans.push({
        start: line.start + line.text.indexOf(trimmed),
        end: line.start + line.text.indexOf(trimmed) + trimmed.length,
        kind,
      });
    if (kind === 'author-note') extendOverWrappedLines(spans[spans.length - 1], lines, line);
  }
  const dateline = findDateline(text, lines);
  if (dateline) spans.push(dateline);
  // Both kinds of address need an `@` or `[email`: most texts have neither, and skip the scan.
  if (text.includes('@') || text.includes('[email')) {
    for (const match of text.matchAll(EMAIL))
      spans.push({ start: match.index!, end: match.index! + match[0].length, kind: 'email' });
  }
  if (footerFrom !== null) spans.push({ start: footerFrom, end: text.trimEnd().length, kind: 'footer' });
  return mergeSpans(spans);
}

function classifyLine(
  trimmed: string,
  line: Line,
  rules: FurnitureRules,
  firstBlock: number,
  blockSizes: Map<number, number>,
): FurnitureKind | null {
  const words = countWords(trimmed, MAX_LINK_WORDS + 1);
  // A footer masks everything after it, so only a real heading may start one: `Also on HuffPost:`,
  // never a paragraph that happens to open with the same words (`Also on Thursday, the mayor said …`).
  if (
    words <= MAX_HEADING_WORDS &&
    !SENTENCE_END.test(trimmed) &&
    rules.footerHeadings.some((pattern) => pattern.test(trimmed))
  )
    return 'footer';
  if (words <= MAX_HEADING_WORDS && rules.lineHeadings.some((pattern) => pattern.test(trimmed)))
    return 'link-heading';
  if (BYLINE.test(trimmed) && words <= 8) return 'byline';
  if (BULLET.test(trimmed)) return 'related-link';
  const opening = lowerCasePrefix(trimmed, rules.longestAuthorNoteOpening);
  if (rules.authorNoteOpenings.some((note) => opening.startsWith(note))) return 'author-note';
  // A one-line block with no closing punctuation after the headline is a link to another story.
  const standalone = blockSizes.get(line.block) === 1;
  if (
    standalone &&
    line.block !== firstBlock &&
    !FINAL_PUNCTUATION.test(trimmed) &&
    words >= 3 &&
    words <= MAX_LINK_WORDS
  ) {
    return 'related-link';
  }
  return null;
}

/**
 * `trimmed.split(/\s+/).length` for a trimmed line, counted up to `limit`: every line is a
 * paragraph, and the word counts only decide whether it is short, so no array of its words is built.
 */
function countWords(trimmed: string, limit: number): number {
  let words = 1;
  for (let i = 0; i < trimmed.length && words < limit; i++) {
    if (isWhiteSpace(trimmed.charCodeAt(i)) && !isWhiteSpace(trimmed.charCodeAt(i + 1))) words++;
  }
  return words;
}

/** What `\s` matches (and `trim` removes), by code unit. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The lower-cased line, or only its first `length` characters when they are ASCII (where case
 * mapping keeps the length, so they are the first characters of the lower-cased line): author-note
 * openings are looked for at the start of every paragraph.
 */
function lowerCasePrefix(text: string, length: number): string {
  if (text.length <= length) return text.toLowerCase();
  for (let k = 0; k < length; k++) if (text.charCodeAt(k) >= 0x80) return text.toLowerCase();
  return text.slice(0, length).toLowerCase();
}

/** An author note wrapped over several lines runs until a line that ends a sentence. */
function extendOverWrappedLines(span: FurnitureSpan, lines: Line[], first: Line): void {
  for (let i = lines.indexOf(first); i < lines.length; i++) {
    const trimmed = lines[i].text.trim();
    if (trimmed === '') return;
    span.end = lines[i].start + lines[i].text.trimEnd().length;
    if (/[.!?]$/u.test(trimmed)) return;
  }
}

function findDateline(text: string, lines: Line[]): FurnitureSpan | null {
  const blockStarts = lines.filter(
    (line, i) =>
      line.text.trim() !== '' &&
      (i === 0 || lines[i - 1].block !== line.block || lines[i - 1].text.trim() === ''),
  );
  for (const line of blockStarts.slice(0, 2)) {
    const match = DATELINE.exec(text.slice(line.start, line.end + 1));
    if (!match) continue;
    const [whole, datePrefix, place, , agency] = match;
    const isCaps = place === place.toUpperCase() && /\p{Lu}{3}/u.test(place);
    if (!isCaps && !datePrefix && !agency) continue;
    const leading = whole.length - whole.trimStart().length;
    return { start: line.start + leading, end: line.start + whole.trimEnd().length, kind: 'dateline' };
  }
  return null;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let start = 0;
  let previousBlank = false;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const lineText = text.slice(start, end);
    const blank = lineText.trim() === '';
    if (blank && !previousBlank) block++;
    lines.push({ start, end, text: lineText, block });
    previousBlank = blank;
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

function countLinesPerBlock(lines: Line[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const line of lines)
    if (line.text.trim() !== '') sizes.set(line.block, (sizes.get(line.block) ?? 0) + 1);
  return sizes;
}

function mergeSpans(spans: FurnitureSpan[]): FurnitureSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: FurnitureSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
