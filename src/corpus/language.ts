import { round4 } from '../numbers';

/**
 * Is a text English? framing-kit's lexicons, cues and parser are English-only, so a non-English
 * document gets near-empty results that look like "no framing"; flagging it lets the user filter it.
 *
 * The rule (cheap: one pass, no model; deterministic: counts and fixed thresholds only):
 * 1. letters are counted by script; a text with no letters at all, or where fewer than half of the
 *    letters are Latin script (Urdu, Hindi, Chinese…), is `non-en`;
 * 2. otherwise, with at least `MIN_WORDS_FOR_FUNCTION_TEST` words, the share of words that are
 *    common English function words (the, of, and, said…) must reach `MIN_FUNCTION_WORD_SHARE`:
 *    English news prose scores about 0.28–0.32 (the sample corpus, wire copy alike; all-caps
 *    headline strings about 0.13); French, Spanish, German, Indonesian or romanised Urdu score
 *    about 0, since the list leaves out words those languages share with English (a, in, an, was,
 *    will, also, on, die, no);
 * 3. shorter Latin-script texts are given the benefit of the doubt: too few words to judge.
 */

export type LanguageFlag = 'en' | 'non-en';

export interface LanguageCheck {
  language: LanguageFlag;
  /** Share of letters in Latin script (0–1, 4 decimals); 0 when there are no letters. */
  latinShare: number;
  /** Share of words that are English function words (0–1, 4 decimals). */
  functionWordShare: number;
  words: number;
  /** Why the text was flagged `non-en`, as one sentence; null for `en`. */
  warning: string | null;
}

export const MIN_LATIN_SHARE = 0.5;
export const MIN_FUNCTION_WORD_SHARE = 0.08;
export const MIN_WORDS_FOR_FUNCTION_TEST = 20;

/** Frequent English function words that are not also everyday words of other Latin-script languages. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the of and to is are was were be been being has have had that this these those for with by from at ' +
    'it its he she his her him they them their we our you your i not but or which who whom whose what when ' +
    'where would could should can may must shall than then there their about after before into over under ' +
    'between against during while said says told according if because since just only very more most such'
  ).split(' '),
);

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;

/**
 * `ENGLISH_FUNCTION_WORDS` as a trie over the letters a–z, walked as a word's characters are read,
 * so that an ASCII word (nearly every word) is checked without slicing and lower-casing a string of
 * its own. Node 0 is the root; `FUNCTION_WORD_TRIE.next[node * 26 + letter]` is the child (0: none).
 */
const FUNCTION_WORD_TRIE = buildLetterTrie(ENGLISH_FUNCTION_WORDS);

function buildLetterTrie(words: Iterable<string>): { next: Int32Array; isWord: Uint8Array } {
  const next: number[] = [];
  const isWord: number[] = [0];
  next.length = 26;
  next.fill(0);
  for (const word of words) {
    // Words with anything but a–z (an apostrophe, say) would need the slow check for every word.
    if (!/^[a-z]+$/.test(word)) throw new Error(`function word "${word}" is not plain a–z`);
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const slot = node * 26 + word.charCodeAt(k) - 0x61;
      if (next[slot] === 0) {
        next[slot] = isWord.length;
        isWord.push(0);
        for (let letter = 0; letter < 26; letter++) next.push(0);
      }
      node = next[slot];
    }
    isWord[node] = 1;
  }
  return { next: Int32Array.from(next), isWord: Uint8Array.from(isWord) };
}

/** Whether a word (any characters) is a function word: the direct check, for words with non-ASCII characters. */
function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ENGLISH_FUNCTION_WORDS.has(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
}

export function detectLanguage(text: string): LanguageCheck {
  // One hand-written pass counting what `LETTER`, `LATIN` and the word pattern `\p{L}[\p{L}\p{M}'’]*`
  // would: ASCII is settled by its code (A–Z and a–z are its only letters, all Latin); only other
  // characters go through the Unicode property tests. This runs over every character of every document.
  let letters = 0;
  let latin = 0;
  let words = 0;
  let functionWords = 0;
  let wordStart = -1;
  // The current word's node in the function-word trie while it has only ASCII letters; -1 once it
  // cannot be a function word (an apostrophe, or a prefix no function word starts with: lower-casing
  // what follows cannot change that), -2 once it has another non-ASCII character, which
  // `isFunctionWord` settles at the word's end.
  let trieNode = 0;
  const { next, isWord } = FUNCTION_WORD_TRIE;
  const endWord = (end: number) => {
    words++;
    // The longest function word has 9 letters, and lower-casing never shortens a word.
    if (end - wordStart > 9) return;
    if (trieNode >= 0 ? isWord[trieNode] === 1 : trieNode === -2 && isFunctionWord(text.slice(wordStart, end))) functionWords++;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    // An ASCII letter (most characters): Latin, and it starts or continues a word. `| 0x20` lower-cases it.
    const lower = code | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      letters++;
      latin++;
      if (wordStart < 0) {
        wordStart = i;
        trieNode = 0;
      }
      if (trieNode >= 0) trieNode = next[trieNode * 26 + lower - 0x61] || -1;
      i++;
      continue;
    }
    let width = 1;
    let isLetter: boolean;
    let continuesWord: boolean;
    if (code < 0x80) {
      isLetter = false;
      continuesWord = code === 0x27; // '
    } else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      const char = String.fromCodePoint(point);
      isLetter = LETTER.test(char);
      if (isLetter && LATIN.test(char)) latin++;
      continuesWord = isLetter || code === 0x2019 /* ’ */ || MARK.test(char);
    }
    if (isLetter) letters++;
    if (wordStart >= 0 && !continuesWord) {
      endWord(i);
      wordStart = -1;
    }
    if (wordStart < 0 && isLetter) {
      wordStart = i;
      trieNode = 0;
    }
    // An apostrophe (' or ’) leaves the trie, as no function word has one; another non-ASCII
    // character leaves the word to the direct check.
    if (wordStart >= 0 && trieNode >= 0) trieNode = code < 0x80 || code === 0x2019 ? -1 : -2;
    i += width;
  }
  if (wordStart >= 0) endWord(text.length);
  const latinShare = letters === 0 ? 0 : round4(latin / letters);
  const functionWordShare = words === 0 ? 0 : round4(functionWords / words);
  const result = (language: LanguageFlag, warning: string | null): LanguageCheck => ({ language, latinShare, functionWordShare, words, warning });

  if (letters === 0) return result('non-en', 'text contains no letters, so it is not English prose: nothing can be analysed');
  if (latinShare < MIN_LATIN_SHARE) {
    return result(
      'non-en',
      `text does not look like English: only ${percent(latinShare)} of its letters are Latin script (at least ${percent(MIN_LATIN_SHARE)} expected); the English-only features will find little or nothing`,
    );
  }
  if (words >= MIN_WORDS_FOR_FUNCTION_TEST && functionWordShare < MIN_FUNCTION_WORD_SHARE) {
    return result(
      'non-en',
      `text does not look like English: only ${percent(functionWordShare)} of its ${words} words are common English function words such as "the", "of", "said" (English news has about 30%, at least ${percent(MIN_FUNCTION_WORD_SHARE)} expected); the English-only features will find little or nothing`,
    );
  }
  return result('en', null);
}


function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
