import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;
export type WinkDoc = ReturnType<Wink['readDoc']>;

/**
 * A read document's tokens, read straight from the data wink keeps for the document: what
 * `doc.tokens().out(its.value)`, `its.precedingSpaces`, `its.pos` and `its.type` give, without
 * building four arrays (one call per token each) and a string of spaces per token.
 */
export interface WinkTokens {
  length: number;
  value(token: number): string;
  /** Length of `its.precedingSpaces`. */
  precedingSpaces(token: number): number;
  pos(token: number): string;
  type(token: number): string;
}

export interface IsolatedWink {
  nlp: Wink;
  readDoc(text: string): WinkDoc;
  /** The tokens of a document this instance read; needs `pos` in the pipe (wink shows us its data as it tags). */
  tokensOf(doc: WinkDoc): WinkTokens;
}

/**
 * A wink-nlp instance whose documents do not depend on each other.
 *
 * wink adds every word missing from its model to the model's lexeme hash, and its tokenizer asks
 * that same hash whether a string is a known word: a word learned in one document (say `Trump’s`,
 * once it had been added whole) then stays one token in every later document, where a fresh
 * process splits it; and a learned word keeps the features (token type, guessed tag) of the first
 * context it was met in. So a document's tokens, tags and every count built on them depended on
 * what the process had read before — on the order of the corpus and on how documents were spread
 * over worker threads.
 *
 * The tokenizer's lookups read the hash object wink captured when it loaded; the code that adds
 * words reads `features.lexeme.hash` afresh on every call. We point the latter at a proxy over the
 * same object: a word added or met again in this document is written into the captured hash, as
 * wink expects, and removed from it once the document is read. Learned words stay known to the
 * proxy — with their index and features, so memory grows with the vocabulary, not with the corpus
 * — and one is reused only when it is added with the same token type as when it was learned.
 * Each document is therefore read exactly as a fresh process reads it.
 *
 * `pipe` as for `winkNLP(model, pipe)`; left out, wink's default pipe.
 */
export function createIsolatedWink(pipe?: string[]): IsolatedWink {
  let lexeme: LexemeFeature | null = null;
  let isolation: Isolation | null = null;
  // wink's data for the document being read, as its tagger's setter receives it.
  let tagged: WinkDocumentData | null = null;
  const dataOf = new WeakMap<WinkDoc, WinkDocumentData>();
  const instrumented = Object.assign(Object.create(null), model, {
    pos() {
      const pos = (model as unknown as WinkModel).pos();
      return {
        ...pos,
        setter: (rdd: WinkDocumentData, ...rest: unknown[]) => ((tagged = rdd), pos.setter(rdd, ...rest)),
      };
    },
    core() {
      const core = (model as unknown as WinkModel).core();
      lexeme = core.features.lexeme;
      return core;
    },
    // wink hands its cache to the feature functions of each new word; we need it to see the
    // token type every word is added with.
    featureFn(config: unknown) {
      const features = (model as unknown as WinkModel).featureFn(config);
      const seeCache = (cache: WinkCache) => isolation?.watch(cache);
      const wrapped: Record<string, unknown> = Object.create(null);
      for (const [name, fn] of Object.entries(features)) {
        wrapped[name] =
          typeof fn === 'function'
            ? (word: string, category: number, cache: WinkCache) => (
                seeCache(cache),
                fn(word, category, cache)
              )
            : fn;
      }
      return wrapped;
    },
  });
  const nlp = pipe ? winkNLP(instrumented, pipe as Parameters<typeof winkNLP>[1]) : winkNLP(instrumented);
  if (!lexeme)
    throw new Error('wink-nlp did not load its core model through core(); cannot isolate documents');
  isolation = isolateDocuments(lexeme);
  // A word no model knows, so that wink shows us its cache before the first real document.
  const readDoc = (text: string) => {
    tagged = null;
    try {
      const doc = nlp.readDoc(text);
      if (tagged) dataOf.set(doc, tagged);
      return doc;
    } finally {
      tagged = null;
      isolation!.forgetDocument();
    }
  };
  readDoc('qzxframingkitprobe');
  if (!isolation.watching())
    throw new Error('wink-nlp did not pass its cache to the feature functions; cannot isolate documents');
  const tokensOf = (doc: WinkDoc) => {
    const data = dataOf.get(doc);
    if (!data) throw new Error('tokensOf: a document read by this instance with `pos` in its pipe is needed');
    return winkTokens(data);
  };
  return { nlp, readDoc, tokensOf };
}

/** wink's per-document data (`rdd` in its sources): four numbers per token, and the cache that decodes them. */
interface WinkDocumentData {
  tokens: number[];
  numOfTokens: number;
  nonBreakingSpaces: Record<number, string>;
  cache: {
    value(index: number): string;
    valueOf(feature: string, index: number): string;
    property(index: number, name: string): string;
  };
}

// wink's token layout (wink-nlp/src/constants.js), read as its `its` functions read it.
const TOKEN_SIZE = 4;
const SPACES_MASK = 0xffff;
const POS_MASK = 0x3f00000;
const BITS_FOR_LEMMA = 20;

function winkTokens(data: WinkDocumentData): WinkTokens {
  const { tokens, cache, nonBreakingSpaces } = data;
  return {
    length: data.numOfTokens,
    value: (token) => cache.value(tokens[token * TOKEN_SIZE]),
    precedingSpaces: (token) => {
      const count = tokens[token * TOKEN_SIZE + 1] & SPACES_MASK;
      return count < SPACES_MASK ? count : nonBreakingSpaces[token].length;
    },
    pos: (token) => cache.valueOf('pos', (tokens[token * TOKEN_SIZE + 2] & POS_MASK) >>> BITS_FOR_LEMMA),
    type: (token) => cache.property(tokens[token * TOKEN_SIZE], 'tokenType'),
  };
}

interface LexemeFeature {
  hash: Record<string, number>;
  intrinsicSize: number;
}

interface WinkCache {
  add(text: string, category: number): number;
}

interface WinkModel {
  core(): { features: { lexeme: LexemeFeature } };
  pos(): { setter(rdd: WinkDocumentData, ...rest: unknown[]): unknown };
  featureFn(config: unknown): Record<string, unknown>;
}

interface Isolation {
  watch(cache: WinkCache): void;
  watching(): boolean;
  forgetDocument(): void;
}

function isolateDocuments(lexeme: LexemeFeature): Isolation {
  const visible = lexeme.hash; // the object wink's tokenizer looks words up in
  // Learned words by token type, then text: the same text added as another type is a new word.
  // Nested maps rather than one keyed by type + text: the text's hash is already computed (wink
  // has just looked it up), where a joined key would be a new string to build and hash per lookup.
  const learned = new Map<number, Map<string, number>>();
  const learnedAs = (category: number) => {
    let words = learned.get(category);
    if (words === undefined) learned.set(category, (words = new Map()));
    return words;
  };
  const metInThisDocument: string[] = [];
  let addingCategory = -1;
  // The learned words of `addingCategory`, looked up once per word added rather than per lookup.
  let addingWords: Map<string, number> | undefined;
  let watched: WinkCache | null = null;
  const remember = (word: string, index: number) => {
    visible[word] = index;
    metInThisDocument.push(word);
  };
  lexeme.hash = new Proxy(visible, {
    get(target, word) {
      const index = target[word as string];
      if (index !== undefined || typeof word !== 'string') return index;
      const earlier = addingWords?.get(word);
      if (earlier !== undefined) remember(word, earlier);
      return earlier;
    },
    set(_target, word, index) {
      (addingWords ??= learnedAs(addingCategory)).set(word as string, index);
      remember(word as string, index);
      return true;
    },
  });
  return {
    watch(cache) {
      if (watched) return;
      watched = cache;
      const add = cache.add;
      cache.add = (text, category) => {
        addingCategory = category;
        addingWords = learned.get(category);
        try {
          return add(text, category);
        } finally {
          addingCategory = -1;
          addingWords = undefined;
        }
      };
    },
    watching: () => watched !== null,
    forgetDocument() {
      // Set to undefined rather than deleted: wink reads undefined as unknown, and the model's large
      // table keeps its shape (deleting leaves tombstones that slow every lookup until V8 rehashes).
      for (const word of metInThisDocument) visible[word] = undefined as unknown as number;
      metInThisDocument.length = 0;
    },
  };
}
