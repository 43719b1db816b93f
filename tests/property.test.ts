import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS } from '../src/parse/parse';
import { runOnText } from '../scripts/runOnText';
import { allSpans, analyzeSentence } from './helpers';

/**
 * Pieces that stress the parts of the pipeline that look at characters: quotation regions, sentence
 * ends, datelines and bylines, phrase matching across hyphens, offsets across surrogate pairs and
 * CRLF. Words the features react to are mixed in so spans are actually produced.
 */
const FRAGMENTS = [
  'The',
  'minister',
  'said',
  'told reporters',
  'according to',
  'officials',
  'Prime Minister Imran Khan',
  'Narendra Modi',
  'India',
  'Pakistan',
  'Kashmir',
  'Indian-occupied Kashmir',
  'terrorists',
  'freedom fighters',
  'may',
  'might',
  'clearly',
  'the so-called',
  'Reuters',
  'SRINAGAR, India (AP) —',
  'KARACHI :',
  'By Hilal Ahmad',
  'Must Read',
  'said:',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  "''",
  '``',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ';',
  ',',
  '.',
  '...',
  '…',
  '?!',
  '—',
  '-',
  '&',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u000b',
  '\f',
  '\u200b',
  '\u202e',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇵🇰',
  '\ud83d',
  '\ude00',
  '\r\n',
  '\n',
  '\n\n',
  '\r',
  '\t',
  '\u00a0',
  '\u2009',
  ' ',
  'کشمیر',
  'وزیر اعظم نے کہا',
  'प्रधानमंत्री',
  'Ünïcödé',
  'e\u0301',
  'user@example.com',
  'https://example.com/a?b=c',
  '#Kashmir',
  '@handle',
  '1,000',
  '5.5%',
  '2019-08-05',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }, // any code units, lone surrogates included
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((length) => 'x'.repeat(length)) }, // huge words
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 300 })
      .chain((length) => fc.constantFrom('"', '“', '(', ':').map((mark) => mark.repeat(length))),
  },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\r\n', '\u00a0');

const hostileText = fc
  .array(fc.tuple(fragment, separator), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([piece, space]) => piece + space).join(''));

// Seeded so a failure is reproducible; FC_SEED / FC_RUNS explore further (9,000 runs over seeds 1–3 passed).
describe('analysis of random and adversarial text (fast-check, seeded)', () => {
  it('never throws, and every span of every feature indexes the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const document = analyzeSentence(text);
        expect(document.text).toBe(text);
        for (const { where, span } of allSpans(document)) {
          expect(span.start, where).toBeGreaterThanOrEqual(0);
          expect(span.end, where).toBeLessThanOrEqual(text.length);
          expect(span.end, where).toBeGreaterThan(span.start);
          expect(text.slice(span.start, span.end), where).toBe(span.text);
        }
        for (const value of Object.values(document.summary)) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }
      }),
      { seed: Number(process.env.FC_SEED ?? 20240808), numRuns: Number(process.env.FC_RUNS ?? 1000) },
    );
  }, 30_000);
});

/**
 * Output linear in the input (issue #19): a text of cue-dense words with no sentence end was one
 * sentence, and every attribution's content ran to its end, so output grew with the square of the
 * text (40,000 words gave 398 MB of JSON). With sentences bounded at MAX_SENTENCE_TOKENS, a content
 * span holds at most that many tokens, and this text gives about 32 bytes of JSONL per input byte
 * at any size (the 1 MB vs 4 MB time ratio is in `npm run bench`, not here).
 */
describe('a megabyte of cue-dense words with no sentence breaks', () => {
  const OUTPUT_PER_INPUT_BYTE = 48;

  it(`gives at most ${OUTPUT_PER_INPUT_BYTE} bytes of JSONL per input byte, every span within a bounded sentence`, () => {
    const text = runOnText(1_000_000);
    const document = analyzeSentence(text);
    const output = Buffer.byteLength(JSON.stringify(document));
    expect(document.attributions.length).toBeGreaterThan(10_000);
    expect(output).toBeLessThanOrEqual(OUTPUT_PER_INPUT_BYTE * Buffer.byteLength(text));
    expect(document.stats.sentences).toBeGreaterThanOrEqual(document.stats.tokens / MAX_SENTENCE_TOKENS);
    const longest = Math.max(
      ...document.attributions.map((a) => (a.content ? a.content.end - a.content.start : 0)),
    );
    // No word of this text is longer than 12 characters: a content of MAX_SENTENCE_TOKENS tokens fits in 13 × that.
    expect(longest).toBeLessThanOrEqual(13 * MAX_SENTENCE_TOKENS);
  }, 120_000);
});
