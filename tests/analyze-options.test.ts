import { describe, expect, it } from 'vitest';
import { analyzeText, LexiconError } from '../src/index';

describe('choosing the shipped loaded-term lexicons', () => {
  const text = 'The senator condemned terrorism and the death tax.';

  it('uses every shipped lexicon by default', () => {
    const terms = analyzeText(text).loadedTerms.map((t) => t.entry.split('/')[0]);
    expect(terms).toEqual(expect.arrayContaining(['kashmir', 'us-politics']));
  });

  it('reads a US corpus without the Kashmir lexicon when told so, and drops its side columns', () => {
    const doc = analyzeText(text, { shippedLexicons: ['generic', 'us-politics'] });
    expect(doc.loadedTerms.map((t) => t.entry.split('/')[0])).not.toContain('kashmir');
    expect(doc.loadedTerms.map((t) => t.text)).toContain('death tax');
    expect(
      Object.keys(doc.summary).filter((key) => key.includes('Pakistan') || key.includes('kashmir')),
    ).toEqual([]);
  });

  it('names the available lexicons when asked for one that does not exist', () => {
    expect(() => analyzeText(text, { shippedLexicons: ['kashmr'] })).toThrow(LexiconError);
    expect(() => analyzeText(text, { shippedLexicons: ['kashmr'] })).toThrow(
      /no shipped lexicon "kashmr" \(available: generic, kashmir, us-politics\)/,
    );
  });
});
