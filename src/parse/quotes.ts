/** A passage in quotation marks: `[start, end)` includes the marks. */
export interface QuoteRegion {
  start: number;
  end: number;
  /** `"` or `“` for double quotes, `‘` for single. */
  mark: string;
  /** Whether the region is closed by a matching mark (false: cut at the paragraph end). */
  closed: boolean;
}

const OPEN_CONTEXT = /[\s([{—–\-/:]/u;
const MAX_SINGLE_QUOTE = 400;

/**
 * Finds quotation regions in one linear pass. Curly quotes pair by direction; straight quotes pair
 * by position (an opening mark follows a space or punctuation). A region left open at a paragraph
 * end (a line break in the analysis text) is cut there: news style reopens a quote continued in the next paragraph, and an unbalanced
 * mark must not swallow the rest of the article. Single quotes inside a double-quoted region are
 * nested quotes and add no region.
 */
export function findQuoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open: { start: number; mark: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    // Nothing happens at any character but a line break, `"`, `'`, `` ` `` and the curly quotes
    // (U+2018–U+201D): skip the rest by their code, without making a one-character string of each
    // (a new string for every character outside Latin-1).
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x22 && code !== 0x27 && code !== 0x60 && (code < 0x2018 || code > 0x201d))
      continue;
    const ch = text[i];
    if (ch === '\n') {
      // Only paragraph breaks survive in the analysis text: a quote never spans one.
      if (open) {
        regions.push({ start: open.start, end: trimEndIndex(text, i), mark: open.mark, closed: false });
        open = null;
      }
      continue;
    }
    // Typewriter style (`''…''`, ``` ``…'' ```), as in some wire and NYT archives, is a double quote.
    const doubled = (ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`');
    if (open) {
      if (closes(open.mark, doubled ? '"' : ch, text, i)) {
        const end = doubled ? i + 2 : i + 1;
        regions.push({ start: open.start, end, mark: open.mark, closed: true });
        open = null;
        if (doubled) i++;
      }
      continue;
    }
    if (doubled && opensStraight(text, i)) {
      open = { start: i, mark: '"' };
      i++;
    } else if (ch === '“' || (ch === '"' && opensStraight(text, i)))
      open = { start: i, mark: ch === '“' ? '“' : '"' };
    else if (ch === '‘' && /\p{L}|\p{N}/u.test(text[i + 1] ?? '')) {
      const end = findSingleQuoteEnd(text, i);
      if (end > 0) {
        regions.push({ start: i, end: end + 1, mark: '‘', closed: true });
        i = end;
      }
    }
  }
  if (open)
    regions.push({ start: open.start, end: trimEndIndex(text, text.length), mark: open.mark, closed: false });
  return regions;
}

function closes(mark: string, ch: string, text: string, i: number): boolean {
  // `“Apparently not,“ he said.`: an opening mark where no word follows is a mistyped closing one
  // (an opening mark always stands before its first word).
  if (mark === '“')
    return (
      ch === '”' ||
      (ch === '"' && !opensStraight(text, i)) ||
      (ch === '“' && !/\p{L}|\p{N}|[‘'"…([]/u.test(text[i + 1] ?? ''))
    );
  return ch === '"' || ch === '”';
}

function opensStraight(text: string, i: number): boolean {
  return i === 0 || OPEN_CONTEXT.test(text[i - 1]);
}

/** A single quote closes at `’` not followed by a letter (`Kashmiris’ struggle` is still inside). */
function findSingleQuoteEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_SINGLE_QUOTE);
  for (let j = start + 1; j < limit; j++) {
    const ch = text[j];
    if (ch === '\n' || ch === '“' || ch === '‘') return -1;
    if (ch === '’' && !/\p{L}/u.test(text[j + 1] ?? '')) {
      // `Kashmiris’ struggle`: a plural possessive, unless nothing else can close the quote.
      if (/s$/u.test(text.slice(start, j)) && text[j + 1] === ' ' && /\p{Ll}/u.test(text[j + 2] ?? '')) {
        const later = text.indexOf('’', j + 1);
        if (later > 0 && later < limit) continue;
      }
      return j;
    }
  }
  return -1;
}

function trimEndIndex(text: string, end: number): number {
  let j = end;
  while (j > 0 && /\s/u.test(text[j - 1])) j--;
  return j;
}

/** Index of the region containing `offset`, or -1. Regions are sorted and disjoint. */
export function regionAt(regions: QuoteRegion[], offset: number): number {
  let low = 0;
  let high = regions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offset < regions[mid].start) high = mid - 1;
    else if (offset >= regions[mid].end) low = mid + 1;
    else return mid;
  }
  return -1;
}
