import { phrasePieces } from '../parse/pieces';
import type { ParsedDocument, Piece } from '../parse/types';
import { WordBits } from './wordBits';

export interface PhraseSpec<T> {
  phrase: string;
  caseSensitive?: boolean;
  value: T;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  /** Piece range `[firstPiece, endPiece)`. */
  firstPiece: number;
  endPiece: number;
  value: T;
}

interface TrieEntry<T> {
  value: T;
  /** For case-sensitive phrases: the pieces as written. */
  exact: string[] | null;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: TrieEntry<T>[];
}

/** A compiled set of phrases, matched token-aware and longest-first over a document's pieces. */
export interface PhraseMatcher<T> {
  root: TrieNode<T>;
  size: number;
  /** This matcher's bit in the phrase-start index (see `phraseStartBits`). */
  startBit: number;
}

/*
 * The phrase-start index. A document is matched against about a dozen tries (actors' aliases,
 * titles, demonyms, metonyms and locations, loaded terms and their exclusions, hedges, boosters,
 * reporting cues, anonymity markers), and almost every piece starts no phrase in any of them. Instead
 * of asking each trie's root about each piece, every compiled matcher enters the first pieces of its
 * phrases here under its own bit, and a document's pieces are looked up here once: a trie is then
 * asked only where its bit is set. Bits are shared once more than 31 matchers exist in the process,
 * which only lets a few more pieces through to the trie; a piece is never turned away that could
 * start one of the matcher's phrases.
 */
const firstPieces = new WordBits();

function registerFirstPieces(root: TrieNode<unknown>): number {
  return firstPieces.register(root.next.keys());
}

const normOf = (piece: Piece) => piece.norm;

/**
 * For each piece of the document, the bits of the matchers that have a phrase starting with it
 * (`matcher.startBit`): where `bits[piece] & matcher.startBit` is 0, no phrase of the matcher starts.
 */
export function phraseStartBits(doc: ParsedDocument): Int32Array {
  return firstPieces.index(doc.pieces, normOf);
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), entries: [] });

/** Compiles phrases into a trie. A later spec for the same phrase replaces an earlier one. */
export function compilePhrases<T>(specs: Iterable<PhraseSpec<T>>): PhraseMatcher<T> {
  const root = newNode<T>();
  let size = 0;
  for (const spec of specs) {
    const pieces = phrasePieces(spec.phrase);
    if (pieces.length === 0) continue;
    let node = root;
    for (const piece of pieces) {
      let child = node.next.get(piece);
      if (!child) node.next.set(piece, (child = newNode<T>()));
      node = child;
    }
    const exact = spec.caseSensitive ? originalPieces(spec.phrase) : null;
    const same = node.entries.findIndex((entry) => sameCase(entry.exact, exact));
    if (same >= 0) node.entries[same] = { value: spec.value, exact };
    else node.entries.push({ value: spec.value, exact });
    size++;
  }
  return { root, size, startBit: registerFirstPieces(root) };
}

function originalPieces(phrase: string): string[] {
  return Array.from(phrase.matchAll(/[\p{L}\p{M}\p{N}]+|&/gu), (match) =>
    match[0] === '&' ? 'and' : match[0],
  );
}

function sameCase(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.join(' ') === b.join(' ');
}

/** All non-overlapping matches, scanning left to right and taking the longest at each position. */
export function findPhrases<T>(matcher: PhraseMatcher<T>, doc: ParsedDocument): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  const bits = phraseStartBits(doc);
  let i = 0;
  while (i < doc.pieces.length) {
    if ((bits[i] & matcher.startBit) === 0) {
      i++;
      continue;
    }
    const match = longestAt(matcher, doc, i);
    if (match) {
      matches.push(match);
      i = match.endPiece;
    } else i++;
  }
  return matches;
}

/** The longest phrase starting at piece `i`, or null. */
export function longestAt<T>(
  matcher: PhraseMatcher<T>,
  doc: ParsedDocument,
  i: number,
): PhraseMatch<T> | null {
  const { pieces } = doc;
  // Most calls end at the first piece (no phrase starts with it): settle that before anything else.
  if (i >= pieces.length || (phraseStartBits(doc)[i] & matcher.startBit) === 0) return null;
  let node = matcher.root.next.get(pieces[i].norm);
  if (!node) return null;
  // Only the longest match is built; shorter ones on the way are remembered by their end and entry.
  let bestEntry: TrieEntry<T> | null = null;
  let bestEnd = -1;
  for (let j = i; ;) {
    for (const entry of node.entries) {
      if (entry.exact && !exactCaseMatches(doc, pieces, i, entry.exact)) continue;
      bestEntry = entry;
      bestEnd = j;
      break;
    }
    j++;
    if (j >= pieces.length || !joinable(doc, pieces[j - 1], pieces[j])) break;
    const child: TrieNode<T> | undefined = node.next.get(pieces[j].norm);
    if (!child) break;
    node = child;
  }
  if (bestEntry === null) return null;
  const start = pieces[i].start;
  const end = pieces[bestEnd].end;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    firstPiece: i,
    endPiece: bestEnd + 1,
    value: bestEntry.value,
  };
}

function exactCaseMatches(doc: ParsedDocument, pieces: Piece[], i: number, exact: string[]): boolean {
  return exact.every((written, k) => {
    const piece = pieces[i + k];
    const original = doc.text.slice(piece.start, piece.end);
    return written === 'and' ? piece.norm === 'and' : original === written;
  });
}

/**
 * Two pieces can belong to one phrase when only spaces, hyphens or apostrophes separate them, or
 * the full stop of an abbreviation (`U.N. Security Council`) — never a line break, comma or quote.
 */
function joinable(doc: ParsedDocument, left: Piece, right: Piece): boolean {
  if (right.start - left.end > 3) return false;
  // Read in place: `/^[ \t\-‐‑–'’.]*$/u` over the gap, without slicing it out.
  let fullStop = false;
  for (let i = left.end; i < right.start; i++) {
    const code = doc.analysisText.charCodeAt(i);
    if (code === 0x2e) fullStop = true;
    else if (!isJoining(code)) return false;
  }
  return !fullStop || left.end - left.start <= 2;
}

/** Space, tab, hyphen-minus, hyphen, non-breaking hyphen, en dash, apostrophe, right single quote (`.` is handled apart). */
function isJoining(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x2d ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2013 ||
    code === 0x27 ||
    code === 0x2019
  );
}
