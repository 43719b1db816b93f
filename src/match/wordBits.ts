/**
 * Words registered under bits, and lists of words (a document's pieces or tokens) looked up once.
 *
 * Several matchers ask about nearly every piece or token of a document, for an answer that is nearly
 * always no. Each registers its words under its own bit; a document's list is looked up here once,
 * and a matcher is asked only where its bit is set. Bits are shared once more than 31 have been
 * given out, which only lets a few more items through to the matcher's own check, never turns away
 * one that could match.
 */
export class WordBits {
  private readonly bitsOfWord = new Map<string, number>();
  private given = 0;
  private indexedItems: readonly unknown[] | null = null;
  private indexedFor = -1;
  private indexedBits = new Int32Array(0);

  /** A bit for these words (their matcher's own, until bits are shared). */
  register(words: Iterable<string>): number {
    const bit = 1 << (this.given % 31);
    this.given++;
    for (const word of words) this.bitsOfWord.set(word, (this.bitsOfWord.get(word) ?? 0) | bit);
    return bit;
  }

  /**
   * The bits of each item's word, for the last list asked about (features read one document at a
   * time), made again when another list is asked about or a bit was given out since.
   */
  index<T>(items: readonly T[], wordOf: (item: T) => string): Int32Array {
    if (items === this.indexedItems && this.indexedFor === this.given) return this.indexedBits;
    const bits = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) bits[i] = this.bitsOfWord.get(wordOf(items[i])) ?? 0;
    this.indexedItems = items;
    this.indexedFor = this.given;
    this.indexedBits = bits;
    return bits;
  }
}
