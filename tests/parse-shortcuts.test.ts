import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, ENGLISH_FUNCTION_WORDS } from '../src/corpus/language';
import { loadCorpus } from '../src/corpus/load';
import { compilePhrases, findPhrases, longestAt } from '../src/match/phraseMatcher';
import { inClass, wordClass, type WordClass } from '../src/match/wordClasses';
import { buildAnalysisText, OVERLONG_RUN } from '../src/parse/analysisText';
import { phrasePieces } from '../src/parse/pieces';
import { findFurniture } from '../src/parse/furniture';
import { parseDocument } from '../src/parse/parse';
import { createIsolatedWink } from '../src/parse/wink';
import { findQuoteRegions } from '../src/parse/quotes';
import { CORPUS } from './helpers';

/*
 * The parse and the phrase matcher take shortcuts for speed (issue #7): lemmas read on demand, word
 * pieces sharing their token's lower-cased string, one phrase-start index for every trie, plain
 * scans that skip regular expressions which cannot match. Each must give what the direct way gives.
 */

const texts = loadCorpus([CORPUS]).map((document) => document.text);
// A second wink, read eagerly; like parseDocument's, it reads each document as a fresh process does.
const wink = createIsolatedWink(['pos']);
const nlp = wink.nlp;
const MIXED =
  'The U.S. envoy’s “IIOJ&K” remarks — Pakistan-occupied Kashmir, PoK, Ümit’s Müller — were said to be “false”.\nIt was 2019.';

describe('tokens', () => {
  it('read lemmas on demand exactly as wink gives them for the whole document', () => {
    for (const text of [...texts, MIXED]) {
      const parsed = parseDocument(text);
      const doc = wink.readDoc(parsed.analysisText);
      const eager = (doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[]).map(
        (lemma) => lemma.toLowerCase(),
      );
      const values = doc.tokens().out(nlp.its.value) as string[];
      const pos = doc.tokens().out(nlp.its.pos) as string[];
      const expected = eager.filter((_, i) => pos[i] !== 'SPACE' && values[i].trim() !== '');
      expect(parsed.tokens.map((token) => token.lemma)).toEqual(expected);
    }
  });

  it("are read from wink's document data exactly as its `its` functions read them", () => {
    const nbsp = 'Line one.\u00a0\u00a0Two\n\n\tthree  four\u2009five';
    for (const text of [...texts, MIXED, nbsp]) {
      const doc = wink.readDoc(text);
      const tokens = wink.tokensOf(doc);
      const all = <T>(read: (token: number) => T) =>
        Array.from({ length: tokens.length }, (_, token) => read(token));
      expect(all(tokens.value)).toEqual(doc.tokens().out(nlp.its.value));
      expect(all(tokens.precedingSpaces)).toEqual(
        (doc.tokens().out(nlp.its.precedingSpaces) as string[]).map((spaces) => spaces.length),
      );
      expect(all(tokens.pos)).toEqual(doc.tokens().out(nlp.its.pos));
      expect(all(tokens.type)).toEqual(doc.tokens().out(nlp.its.type));
    }
    expect(() => createIsolatedWink([]).tokensOf(nlp.readDoc('No tags.'))).toThrow(/pos/);
  });

  it('serialise as the plain token, lemma included, and nothing else', () => {
    const token = parseDocument('They were told.').tokens[1];
    expect(JSON.parse(JSON.stringify(token))).toEqual({
      index: 1,
      start: 5,
      end: 9,
      text: 'were',
      lower: 'were',
      lemma: 'be',
      pos: 'AUX',
      isWord: true,
      sentence: 0,
    });
    expect(token.lemma).toBe('be');
  });
});

describe('pieces', () => {
  it('are the lower-cased text of their span, `&` read as `and`', () => {
    for (const text of [...texts, MIXED]) {
      const parsed = parseDocument(text);
      for (const piece of parsed.pieces) {
        const written = parsed.analysisText.slice(piece.start, piece.end);
        expect(piece.norm).toBe(written === '&' ? 'and' : written.toLowerCase());
      }
    }
  });
});

describe('word classes', () => {
  it('answer as a set look-up of the lower-cased token would, for classes made before and after a document was asked about, and past 31 bits', () => {
    const parsed = parseDocument('Reportedly, the claims WERE denied; Zubrowkans reportedly said so.');
    const lower = parsed.tokens.map((token) => token.lower);
    const classes = [wordClass(['reportedly']), wordClass(['were', 'was'])];
    const members = (words: WordClass) => lower.map((_, t) => inClass(parsed, t, words));
    expect(members(classes[0])).toEqual(lower.map((word) => word === 'reportedly'));
    // Made after the document was indexed, and enough of them that bits are shared.
    for (let k = 0; k < 40; k++) classes.push(wordClass([`w${k}`, k % 2 ? 'claims' : 'so', 'zubrowkans']));
    for (const words of classes) expect(members(words)).toEqual(lower.map((word) => words.words.has(word)));
  });
});

describe('phrase-start index', () => {
  it('finds phrases of a matcher compiled after a document was already matched', () => {
    const parsed = parseDocument('Armed forces of the Republic of Zubrowka met in Freedonia.');
    const first = compilePhrases([{ phrase: 'armed forces', value: 'a' }]);
    expect(findPhrases(first, parsed).map((match) => match.text)).toEqual(['Armed forces']);
    const later = compilePhrases([
      { phrase: 'Republic of Zubrowka', value: 'z' },
      { phrase: 'Freedonia', value: 'f' },
    ]);
    expect(findPhrases(later, parsed).map((match) => match.text)).toEqual([
      'Republic of Zubrowka',
      'Freedonia',
    ]);
    expect(longestAt(first, parsed, 0)?.text).toBe('Armed forces');
  });

  it('stays exact when more matchers exist than bits (bits are then shared)', () => {
    const parsed = parseDocument('Alpha beta gamma delta epsilon zeta eta theta.');
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
    const matchers = Array.from({ length: 70 }, (_, i) =>
      compilePhrases([{ phrase: words[i % words.length], value: i }]),
    );
    matchers.forEach((matcher, i) => {
      const found = findPhrases(matcher, parsed).map((match) => match.text.toLowerCase());
      expect(found).toEqual([words[i % words.length]]);
    });
  });
});

describe('scans that skip a regular expression', () => {
  it('mask an overlong run of non-space characters, and only that', () => {
    const run = 'x'.repeat(OVERLONG_RUN);
    const text = `Before ${run} after ${'y'.repeat(OVERLONG_RUN - 1)} end`;
    const masked = buildAnalysisText(text, []);
    expect(masked).toBe(`Before ${' '.repeat(OVERLONG_RUN)} after ${'y'.repeat(OVERLONG_RUN - 1)} end`);
    // A no-break space is `\s` too: the run is cut there and nothing is masked.
    const split = `${'x'.repeat(600)}\u00a0${'x'.repeat(600)}`;
    expect(buildAnalysisText(split, [])).toBe(split);
  });

  it('tell headings and link titles from paragraphs by their word count, whatever the white space', () => {
    // Eight words or fewer without a full stop: a footer heading (masking all after it); ten: only a link title.
    const kinds = (line: string) =>
      findFurniture(`Headline\n\nBody text ends here.\n\n${line}\n\nMore body text.`).map(
        (span) => span.kind,
      );
    expect(kinds('More from the\u00a0desk\u2009 of \t our newsroom today')).toEqual(['footer']);
    expect(kinds('More from the desk of our newsroom today at noon')).toEqual(['related-link']);
    // A standalone line of 3 to 25 words without final punctuation links to another story.
    expect(kinds(Array.from({ length: 25 }, (_, i) => `w${i}`).join(' \u3000'))).toEqual(['related-link']);
    expect(kinds(Array.from({ length: 26 }, (_, i) => `w${i}`).join(' '))).toEqual([]);
    expect(kinds('Two words')).toEqual([]);
    // Author notes open a line whatever its case; a non-ASCII start is lower-cased in full.
    const note = (line: string) => findFurniture(`Headline\n\nBody.\n\n${line}`).map((span) => span.kind);
    expect(note('THE WRITER is a journalist.')).toEqual(['author-note']);
    expect(note('İThe writer is a journalist.')).toEqual([]);
  });

  it('find e-mail addresses with and without an @', () => {
    const spans = (text: string) =>
      findFurniture(text)
        .filter((span) => span.kind === 'email')
        .map((span) => text.slice(span.start, span.end));
    expect(spans('Write to a.b@example.com today.')).toEqual(['a.b@example.com']);
    expect(spans('Write to [email protected] today.')).toEqual(['[email protected]']);
    expect(spans('No address here.')).toEqual([]);
  });

  it('count words and English function words as the word pattern and a lower-cased lookup would', () => {
    const reference = (text: string) => {
      const words = text.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
      const functionWords = words.filter((word) =>
        ENGLISH_FUNCTION_WORDS.has(word.toLowerCase().replace(/’/g, "'")),
      ).length;
      return {
        words: words.length,
        functionWordShare:
          words.length === 0 ? 0 : Math.round((functionWords / words.length) * 10000) / 10000,
      };
    };
    // Case, apostrophes, marks, astral letters, and letters whose lower case is ASCII (the Kelvin sign is `k`).
    const crafted = [
      "THE Of aNd ÄND the’s The\u212Aa İt i I it’s it's whose WHOSE bétween between’ x",
      'کشمیر کا مسئلہ the of',
      '𐐀the 𝐭he t\u0301he THE\u0301 the',
      'ТНЕ the',
    ];
    for (const text of [MIXED, ...crafted, ...texts]) {
      const { words, functionWordShare } = detectLanguage(text);
      expect({ words, functionWordShare }).toEqual(reference(text));
    }
  });

  it('find quotes among other non-Latin-1 characters', () => {
    const text = '“Peace — not war,” said Ümit; ‘absurd’ was the reply, and ‚low‛ marks are no quotes.';
    expect(findQuoteRegions(text).map((region) => text.slice(region.start, region.end))).toEqual([
      '“Peace — not war,”',
      '‘absurd’',
    ]);
  });
});

describe('the PolNeAR sample, when it is there', () => {
  const directory = path.join(__dirname, '..', '..', 'shared', 'benchmarks', 'polnear', 'train', 'text');
  it.runIf(fs.existsSync(directory))('gives every token its own text and the same lemmas as wink', () => {
    const names = fs
      .readdirSync(directory)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .slice(0, 40);
    for (const name of names) {
      const text = fs.readFileSync(path.join(directory, name), 'utf8');
      const parsed = parseDocument(text);
      for (const token of parsed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
      const doc = wink.readDoc(parsed.analysisText);
      const eager = (doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[]).map(
        (lemma) => lemma.toLowerCase(),
      );
      const values = doc.tokens().out(nlp.its.value) as string[];
      const pos = doc.tokens().out(nlp.its.pos) as string[];
      expect(parsed.tokens.map((token) => token.lemma)).toEqual(
        eager.filter((_, i) => pos[i] !== 'SPACE' && values[i].trim() !== ''),
      );
    }
  });
});

describe('phrase pieces', () => {
  it('are the matches of the piece pattern, normalised', () => {
    const reference = (phrase: string) =>
      Array.from(phrase.matchAll(/[\p{L}\p{M}\p{N}]+|&/gu), (match) =>
        match[0] === '&' ? 'and' : match[0].toLowerCase(),
      );
    const phrases = [
      MIXED,
      'IIOJ&K',
      'Pakistan-occupied Kashmir',
      '  spaced  out ',
      '\u0301accent first',
      'emoji 😀 between',
      'lone \ud800 surrogate',
      'ÆON Ölfus 2019',
      '',
      '&&',
    ];
    for (const phrase of [...phrases, ...texts.map((text) => text.slice(0, 2000))])
      expect(phrasePieces(phrase)).toEqual(reference(phrase));
  });
});
