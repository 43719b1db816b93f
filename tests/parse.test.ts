import { describe, expect, it } from 'vitest';
import { findFurniture } from '../src/parse/furniture';
import { MAX_SENTENCE_TOKENS, MIN_CUT_SENTENCE_TOKENS, parseDocument } from '../src/parse/parse';
import { findQuoteRegions } from '../src/parse/quotes';
import { createIsolatedWink } from '../src/parse/wink';

const furnitureOf = (text: string) =>
  findFurniture(text).map((span) => [span.kind, text.slice(span.start, span.end)]);
const sentencesOf = (text: string) => {
  const parsed = parseDocument(text);
  return parsed.sentences.map((s) => text.slice(s.start, s.end));
};
const quotesOf = (text: string) => findQuoteRegions(text).map((q) => text.slice(q.start, q.end));

describe('furniture mask', () => {
  it('finds wire, Indian and Pakistani datelines but not an ordinary opening', () => {
    expect(furnitureOf('SRINAGAR, India (AP) — Police said on Monday.')).toEqual([
      ['dateline', 'SRINAGAR, India (AP) —'],
    ]);
    expect(furnitureOf('NEW DELHI: The Ministry of External Affairs said.')).toEqual([
      ['dateline', 'NEW DELHI:'],
    ]);
    expect(furnitureOf('ISLAMABAD, Aug 5 (Reuters) - Pakistan said.')).toEqual([
      ['dateline', 'ISLAMABAD, Aug 5 (Reuters) -'],
    ]);
    expect(furnitureOf('Pakistan: a country at a crossroads, analysts say.')).toEqual([]);
  });

  it('masks bylines, author notes, e-mail addresses and footers', () => {
    const text =
      'Headline here\n\nBy Aarti Tikoo Singh\n\nThe army said it was ready.\n\nThe writer is a journalist in Delhi. Write to a.b@example.com\n\nAlso Read\n\nMore in India\n\nUnrelated teaser headline one';
    expect(furnitureOf(text)).toEqual([
      ['byline', 'By Aarti Tikoo Singh'],
      ['author-note', 'The writer is a journalist in Delhi. Write to a.b@example.com'],
      ['link-heading', 'Also Read'],
      ['footer', 'More in India\n\nUnrelated teaser headline one'],
    ]);
  });

  it('keeps the text the same length and every offset valid', () => {
    const text = 'KARACHI: Officials said\nthe talks\nwould resume.\n\nMust Read\n\nOther story';
    const parsed = parseDocument(text);
    expect(parsed.analysisText).toHaveLength(text.length);
    for (const token of parsed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(parsed.tokens.some((token) => token.text === 'KARACHI' || token.text === 'Other')).toBe(false);
  });
});

describe('sentences', () => {
  it('joins hard line breaks inside a sentence and keeps paragraph breaks', () => {
    expect(
      sentencesOf(
        'The Kashmir conflict remains a central issue in\nSouth Asian geopolitics.\nIt began in 1947.',
      ),
    ).toEqual([
      'The Kashmir conflict remains a central issue in\nSouth Asian geopolitics.',
      'It began in 1947.',
    ]);
    expect(sentencesOf('Headline without a full stop\n\nBody starts here.')).toEqual([
      'Headline without a full stop',
      'Body starts here.',
    ]);
  });

  it('does not split at abbreviations and keeps closing quotes in the sentence', () => {
    expect(sentencesOf('U.S. officials met Mr. Jaishankar. “We agree.” He left.')).toEqual([
      'U.S. officials met Mr. Jaishankar.',
      '“We agree.”',
      'He left.',
    ]);
  });
});

describe('sentences: the length bound (a run of words with no sentence end)', () => {
  const tokenCounts = (text: string) => parseDocument(text).sentences.map((s) => s.endToken - s.firstToken);

  it('cuts a run with no punctuation at MAX_SENTENCE_TOKENS tokens', () => {
    const words = Array.from({ length: 2 * MAX_SENTENCE_TOKENS + 20 }, (_, i) =>
      i % 3 === 0 ? 'the' : i % 3 === 1 ? 'farmer' : 'said',
    );
    expect(tokenCounts(words.join(' '))).toEqual([MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 20]);
  });

  it('cuts after the last clause mark at least MIN_CUT_SENTENCE_TOKENS tokens in', () => {
    // "w, w, ..., w" : every second token is a comma.
    const clauses = Array.from({ length: MAX_SENTENCE_TOKENS }, (_, i) => `word${i}`).join(', ');
    const sentences = parseDocument(clauses).sentences;
    const first = sentences[0];
    expect(first.endToken - first.firstToken).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(first.endToken - first.firstToken).toBeGreaterThanOrEqual(MIN_CUT_SENTENCE_TOKENS);
    expect(clauses.slice(first.start, first.end).endsWith(',')).toBe(true);
    // A comma too early to cut at is passed over for the fixed count.
    const early = `alpha, ${Array.from({ length: MAX_SENTENCE_TOKENS + 5 }, () => 'beta').join(' ')}`;
    expect(tokenCounts(early)[0]).toBe(MAX_SENTENCE_TOKENS);
  });

  it('leaves a long sentence of ordinary prose whole', () => {
    const names = Array.from({ length: 90 }, (_, i) => `Member${i} Person${i}`).join(', ');
    const text = `The committee members are ${names} and the chairwoman.`;
    expect(tokenCounts(text)).toHaveLength(1);
    expect(tokenCounts(text)[0]).toBeLessThan(MAX_SENTENCE_TOKENS);
  });
});

describe('quotation regions', () => {
  it('pairs curly and straight quotes', () => {
    expect(quotesOf('“We will respond,” he said, adding "there is no doubt" about it.')).toEqual([
      '“We will respond,”',
      '"there is no doubt"',
    ]);
  });

  it('reads typewriter quotes (two apostrophes, or backticks) as double quotes', () => {
    expect(
      quotesOf("''He is running,'' said Tim Scott, and ``yes'' was the answer; the cats' toys stay."),
    ).toEqual(["''He is running,''", "``yes''"]);
  });

  it('cuts an unclosed quote at the paragraph end instead of running away', () => {
    expect(quotesOf('He said: “This continues\n\nNext paragraph has no quote.')).toEqual([
      'He said: “This continues'.slice(9),
    ]);
  });

  it('reads single quotes as quotes but not apostrophes or plural possessives', () => {
    expect(
      quotesOf(
        'Leaders called the move ‘childish and absurd’ while Kashmiris’ rights and India’s claims remain.',
      ),
    ).toEqual(['‘childish and absurd’']);
  });

  it('survives thousands of marks in linear time', () => {
    const text = '"'.repeat(20000) + '“'.repeat(20000);
    const started = performance.now();
    const regions = findQuoteRegions(text);
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) expect(region.end).toBeLessThanOrEqual(text.length);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('documents read independently', () => {
  const tokensOf = (text: string) => parseDocument(text).tokens.map((t) => `${t.text}/${t.pos}`);

  it('tokenizes a document the same whatever the process read before (wink learns unknown words)', () => {
    const learner = 'Qarzadeh’s rally began on Monday.';
    const before = tokensOf(learner);
    // wink keeps `Qarzadeh’s` whole here and, unchecked, remembers it as a word from then on.
    expect(tokensOf('It was Qarzadeh’s.')).toContain('Qarzadeh’s/PROPN');
    expect(tokensOf(learner)).toEqual(before);
    expect(before.slice(0, 2)).toEqual(['Qarzadeh/PROPN', '’s/PART']);
  });

  const texts = [
    'It was Zardari’s.',
    'Zardari’s party won, said Zardari’s aide in Muzaffarabad.',
    'The IIOJK administration said IIOJK was calm; iiojk is how one user wrote it.',
    'COVID19 cases rose to 2,019 in 2019, officials of the J&K government said.',
    'qzxframingkitprobe is the word the parser reads first; Qzxframingkitprobe too.',
    '“We will go on,” Qureshi told reporters in Islamabad’s F-9 sector.',
  ];
  const read = (wink: ReturnType<typeof createIsolatedWink>, text: string) => {
    const tokens = wink.tokensOf(wink.readDoc(text));
    return Array.from(
      { length: tokens.length },
      (_, i) => `${tokens.value(i)}/${tokens.pos(i)}/${tokens.type(i)}`,
    );
  };

  it('reads each exactly as a fresh instance reads it alone, in any order: tokens, tags and token types', () => {
    const alone = texts.map((text) => read(createIsolatedWink(['pos']), text));
    const shared = createIsolatedWink(['pos']);
    for (const order of [
      texts.map((_, i) => i),
      texts.map((_, i) => texts.length - 1 - i),
      [1, 3, 5, 0, 2, 4, 1, 3],
    ]) {
      for (const i of order) expect(read(shared, texts[i])).toEqual(alone[i]);
    }
  });
});

describe('furniture mask: headings are short', () => {
  it('does not take a paragraph that opens like a footer heading for one', () => {
    const text =
      'Headline here\n\nAlso on Thursday, the mayor said he would no longer fight the release of the video.\n\nThe council met.';
    expect(furnitureOf(text)).toEqual([]);
    expect(furnitureOf('Story.\n\nAlso on HuffPost:\n\nTeaser one')).toEqual([
      ['footer', 'Also on HuffPost:\n\nTeaser one'],
    ]);
  });

  it('does not take a long one-line paragraph ending in a mistyped quote mark for a related link', () => {
    const text =
      'Headline here\n\n“They can look at the data, and they can see I am the candidate most likely to win,” he said. “They see that. “\n\nMore text.';
    expect(furnitureOf(text)).toEqual([]);
  });
});
