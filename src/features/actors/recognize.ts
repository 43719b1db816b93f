import {
  findPhrases,
  longestAt,
  phraseStartBits,
  type PhraseMatch,
  type PhraseMatcher,
} from '../../match/phraseMatcher';
import type { GazetteerActor } from '../../lexicons/types';
import type { ParsedDocument, Token } from '../../parse/types';
import type { ActorType } from '../../types';
import { isPersonName } from './names';
import type { ActorResources } from './resources';

export type MentionVia =
  | 'alias'
  | 'title'
  | 'surname'
  | 'role'
  | 'pronoun'
  | 'demonym'
  | 'metonym'
  | 'organization'
  | 'acronym'
  | 'speaker'
  | 'government';

/** One mention of one actor. A span can carry two (`the Modi government`: Narendra Modi and India). */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  firstToken: number;
  endToken: number;
  actor: string;
  type: ActorType;
  side: string | null;
  via: MentionVia;
  /** The titles a person was named with here (`Foreign Secretary`), for role references later on. */
  titles?: readonly string[];
}

/** What the document has told us about its actors so far: used to resolve later short references. */
interface KnownActor {
  name: string;
  type: ActorType;
  side: string | null;
  titles: Set<string>;
  /** Lower-cased words of a person's names; never changed once made. */
  nameWords: ReadonlySet<string>;
}

/** A gazetteer actor's lower-cased roles and (for a person) name words, made once per compiled entry. */
interface GazetteerWords {
  titles: string[];
  nameWords: ReadonlySet<string>;
}

// Every document that mentions a gazetteer actor asked for these again; the entries are compiled once and never change.
const wordsOfEntry = new WeakMap<GazetteerActor, GazetteerWords>();

function gazetteerWords(entry: GazetteerActor): GazetteerWords {
  let words = wordsOfEntry.get(entry);
  if (!words) {
    words = {
      titles: (entry.roles ?? []).map((role) => role.toLowerCase()),
      nameWords: new Set(
        entry.type === 'person'
          ? [entry.name, ...entry.aliases].flatMap((alias) => alias.toLowerCase().split(/\s+/))
          : [],
      ),
    };
    wordsOfEntry.set(entry, words);
  }
  return words;
}

const NAME_PARTICLES = new Set([
  'ul',
  'ud',
  'un',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'e',
  'le',
  'la',
]);
const PORTFOLIO_CONNECTORS = new Set(['of', 'for', 'and', '&']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'the']);
const LOCATIVE = new Set([
  'in',
  'at',
  'from',
  'near',
  'to',
  'into',
  'outside',
  'inside',
  'across',
  'around',
  'towards',
  'toward',
  'via',
  'through',
  'visit',
  'visited',
  'reached',
  'arrived',
]);
const RELATIONAL = new Set(['on', 'upon', 'against', 'with', 'by']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Nouns that make `<person or party> <noun>` the state's government (`the Modi government`). */
const RULING_NOUNS = new Set(['government', 'govt', 'administration', 'regime', 'dispensation', 'cabinet']);
/** Possessive determiners: `its Permanent Mission` is a description, not a name. */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Recognises actor mentions, in text order. */
export function recognizeActors(doc: ParsedDocument, resources: ActorResources): ActorMention[] {
  const state = new Recognizer(doc, resources);
  return state.run();
}

class Recognizer {
  private readonly mentions: ActorMention[] = [];
  private readonly known = new Map<string, KnownActor>();
  private readonly acronyms = new Map<string, KnownActor>();
  /** Persons named in this text by their loose key (`personKey`). */
  private readonly personByKey = new Map<string, KnownActor>();
  /**
   * Every name word of the persons in `known` (perhaps a few more): a capitalised word outside it
   * names no known person, which settles most of `knownByNameWord`'s calls without a scan.
   */
  private readonly personWords = new Set<string>();
  /** `personKey` of each name written so far: names recur, and the key takes three regular expressions. */
  private readonly keyOfName = new Map<string, string>();
  private readonly pieceAtToken: Int32Array;
  /** 1 for a token inside a location name (`in Srinagar`), which is no actor. */
  private readonly locationTokens: Uint8Array;
  /** The phrase-start bits of each piece, and the bits of the four tries tried at every word. */
  private readonly startBits: Int32Array;
  private readonly patternBits: number;
  private readonly headlineSentences: Set<number>;
  /** Runs stop here: set while the portfolio before a name is recognised, so it stays out of the name. */
  private runLimit = Infinity;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly res: ActorResources,
  ) {
    // The piece each token starts with, or -1 (a token without pieces, or one starting with a mark).
    this.pieceAtToken = new Int32Array(doc.tokens.length).fill(-1);
    const { pieces, tokens } = doc;
    for (let index = pieces.length - 1; index >= 0; index--) {
      const token = pieces[index].token;
      if (pieces[index].start === tokens[token].start) this.pieceAtToken[token] = index;
    }
    this.locationTokens = tokensCovered(doc, findPhrases(res.locations, doc));
    this.startBits = phraseStartBits(doc);
    this.patternBits =
      res.titles.startBit | res.aliases.startBit | res.demonyms.startBit | res.metonyms.startBit;
    this.headlineSentences = findHeadlineSentences(doc);
  }

  run(): ActorMention[] {
    const { tokens } = this.doc;
    let t = 0;
    while (t < tokens.length) t = this.recognizeAt(t);
    this.listMembers();
    return this.mentions.sort((a, b) => a.start - b.start || a.actor.localeCompare(b.actor));
  }

  /**
   * `The injured included Adil Mir, Kashif, Sana Bibi and Irfan`: in a comma list of capitalised
   * names of one to three words where at least two items are persons, every other item is a person too.
   */
  private listMembers(): void {
    const { tokens } = this.doc;
    const personAt = new Map<number, number>();
    // A list is read only in a sentence where two persons' mentions start: most sentences have none.
    const personsIn = new Int32Array(this.doc.sentences.length);
    for (const mention of this.mentions) {
      if (mention.type !== 'person') continue;
      personAt.set(mention.firstToken, mention.endToken);
      personsIn[tokens[mention.firstToken].sentence]++;
    }
    if (personAt.size < 2) return;
    const anyAt = new Set(this.mentions.map((mention) => mention.firstToken));
    for (let s = 0; s < this.doc.sentences.length; s++) {
      if (personsIn[s] < 2) continue;
      const sentence = this.doc.sentences[s];
      let items: [number, number][] = [];
      const flush = () => {
        const persons = items.filter(([start, end]) => personAt.get(start) === end).length;
        if (items.length >= 3 && persons >= 2) {
          for (const [start, end] of items)
            if (!anyAt.has(start))
              this.push(
                start,
                end,
                this.rememberLocal(this.doc.text.slice(tokens[start].start, tokens[end - 1].end), 'person'),
                'title',
              );
        }
        items = [];
      };
      let t = sentence.firstToken;
      while (t < sentence.endToken) {
        let end = t;
        while (
          end < sentence.endToken &&
          end - t < 3 &&
          isCapitalized(tokens[end]) &&
          !this.res.nonActorWords.has(tokens[end].lower) &&
          this.locationTokens[end] !== 1
        )
          end++;
        const separator = tokens[end];
        const separates = separator !== undefined && (separator.text === ',' || separator.lower === 'and');
        if (end > t && (separates || end === sentence.endToken || tokens[end].pos === 'PUNCT')) {
          items.push([t, end]);
          t = end;
          while (t < sentence.endToken && (tokens[t].text === ',' || tokens[t].lower === 'and')) t++;
          if (!separates) flush();
          continue;
        }
        flush();
        t = Math.max(end, t + 1);
      }
      flush();
    }
  }

  /** Tries each pattern at token `t`; returns the index of the next token to look at. */
  private recognizeAt(t: number): number {
    const token = this.doc.tokens[t];
    if (!token.isWord) return t + 1;
    // Most words start no title, alias, demonym or metonym: each of those patterns begins with a
    // phrase match at `t` and gives up without one, so one look at the start bits settles all four.
    const piece = this.pieceAtToken[t];
    if (piece < 0 || (this.startBits[piece] & this.patternBits) === 0) {
      return (this.locationTokens[t] === 1 ? t + 1 : null) ?? this.properNounRun(t) ?? t + 1;
    }
    return (
      this.titledPerson(t) ??
      this.gazetteerAlias(t) ??
      this.demonymGovernment(t) ??
      this.metonym(t) ??
      (this.locationTokens[t] === 1 ? t + 1 : null) ??
      this.properNounRun(t) ??
      t + 1
    );
  }

  private matchAt<T>(matcher: PhraseMatcher<T>, t: number): PhraseMatch<T> | null {
    const piece = t < this.pieceAtToken.length ? this.pieceAtToken[t] : -1;
    return piece < 0 ? null : longestAt(matcher, this.doc, piece);
  }

  private endTokenOf(match: PhraseMatch<unknown>): number {
    return this.doc.pieces[match.endPiece - 1].token + 1;
  }

  /** `President Barrister Sultan Mahmood Chaudhry`, `Prime Minister Haq`, `the Foreign Minister`. */
  private titledPerson(t: number): number | null {
    const titles: string[] = [];
    let cursor = t;
    const { tokens } = this.doc;
    for (
      let match = this.matchAt(this.res.titles, cursor);
      match && isCapitalized(tokens[cursor]);
      match = this.matchAt(this.res.titles, cursor)
    ) {
      titles.push(match.value);
      cursor = this.endTokenOf(match);
      // `Deputy Inspector General of Police (DIG) Rashid Naeem Khan`: the title's own abbreviation.
      if (
        tokens[cursor]?.text === '(' &&
        tokens[cursor + 2]?.text === ')' &&
        /^\p{Lu}{2,}$/u.test(tokens[cursor + 1].text)
      ) {
        titles.push(tokens[cursor + 1].text);
        cursor += 3;
      }
      // `Director General ISPR Major General Babar Iftikhar`: the office's organisation between titles.
      const between = this.matchAt(this.res.aliases, cursor);
      if (between && between.value.type !== 'person') {
        const after = this.endTokenOf(between);
        if (this.matchAt(this.res.titles, after) && isCapitalized(tokens[after])) {
          this.push(cursor, after, this.remember(between.value), 'alias');
          cursor = after;
        }
      }
    }
    if (titles.length === 0) return null;
    const nameEnd = this.nameRunEnd(cursor);
    // `General Assembly`: a lone organisation head after a title is no name.
    const loneHead = nameEnd - cursor === 1 && this.organizationHead(cursor, nameEnd) !== undefined;
    if (nameEnd > cursor && !loneHead) {
      this.addPerson(cursor, nameEnd, titles);
      return nameEnd;
    }
    const next = tokens[cursor];
    if (next?.lower === 'to' || next?.lower === 'for' || next?.lower === 'of') {
      const portfolio = this.portfolioThenName(cursor, titles);
      if (portfolio !== null) return portfolio;
    }
    if (next?.lower === 'of') return this.titleOfApposition(t, cursor, titles);
    const previous = this.doc.tokens[t - 1];
    if (previous && previous.lower === 'the') this.addRoleReference(t, cursor, titles);
    return cursor;
  }

  /**
   * A title with its portfolio or posting, then the name, without a comma: `High Commissioner to
   * India Sohail Mahmood`, `Minister for Information and Broadcasting Attaullah Tarar`, `First
   * Secretary of the External Affairs Ministry Vidisha Maitra`. The name is the last two or three
   * capitalised words of the run, starting at a given name when there is one; a run of only two
   * capitalised words is the portfolio alone (`Minister for Foreign Affairs`).
   */
  private portfolioThenName(prep: number, titles: string[]): number | null {
    const { tokens } = this.doc;
    let end = prep + 1;
    if (tokens[end]?.lower === 'the') end++;
    const runStart = end;
    while (end < tokens.length && tokens[end].sentence === tokens[prep].sentence && end - prep < 14) {
      const token = tokens[end];
      const word = isCapitalized(token) && !this.res.nonActorWords.has(token.lower);
      if (word || (PORTFOLIO_CONNECTORS.has(token.lower) && isCapitalized(tokens[end + 1]))) end++;
      else break;
    }
    if (end - runStart < 3) return null;
    let nameStart = -1;
    for (let k = runStart + 1; k < end - 1; k++) {
      if (this.res.givenNames.has(tokens[k].lower) && isCapitalized(tokens[k])) {
        nameStart = k;
        break;
      }
    }
    const next = tokens[end];
    const speaks =
      next !== undefined &&
      next.sentence === tokens[prep].sentence &&
      (this.res.speechVerbs.has(next.lower) || next.text === ',' || next.lower === 'on');
    const plainName = (k: number) =>
      this.locationTokens[k] !== 1 &&
      !this.res.nonActorWords.has(tokens[k].lower) &&
      this.organizationHead(k, k + 1) === undefined;
    if (nameStart < 0 && speaks && plainName(end - 2) && plainName(end - 1)) nameStart = end - 2;
    if (nameStart < 0 || ORG_CONNECTORS.has(tokens[nameStart - 1].lower) || end - nameStart > 3) return null;
    // The portfolio's own actors (`to India`, `of the External Affairs Ministry`) are recognised on their own.
    let scan = runStart;
    this.runLimit = nameStart;
    while (scan < nameStart) scan = Math.min(this.recognizeAt(scan), nameStart);
    this.runLimit = Infinity;
    this.addPerson(nameStart, end, titles);
    return end;
  }

  /** `The President of Azad Jammu and Kashmir (AJK), Barrister Sultan Mahmood Chaudhry`. */
  private titleOfApposition(t: number, ofToken: number, titles: string[]): number | null {
    const { tokens } = this.doc;
    let cursor = ofToken + 1;
    const limit = Math.min(tokens.length, ofToken + 14);
    while (cursor < limit && tokens[cursor].sentence === tokens[t].sentence && tokens[cursor].text !== ',')
      cursor++;
    if (tokens[cursor]?.text !== ',') return null;
    let nameStart = cursor + 1;
    const moreTitles = [...titles];
    for (
      let match = this.matchAt(this.res.titles, nameStart);
      match;
      match = this.matchAt(this.res.titles, nameStart)
    ) {
      moreTitles.push(match.value);
      nameStart = this.endTokenOf(match);
    }
    const nameEnd = this.nameRunEnd(nameStart);
    if (nameEnd - nameStart < 2) return null;
    // The organisation inside (`of the OIC`) is recognised on its own pass.
    const afterOf = ofToken + 1;
    let scan = afterOf;
    while (scan < cursor) scan = this.recognizeAt(scan);
    this.addPerson(nameStart, nameEnd, moreTitles);
    return nameEnd;
  }

  private addRoleReference(t: number, end: number, titles: string[]): void {
    // The most recent person known by one of these titles (`known` is kept in order of last mention).
    let referent: KnownActor | null = null;
    for (const actor of this.known.values()) {
      if (actor.type === 'person' && titles.some((title) => actor.titles.has(title.toLowerCase())))
        referent = actor;
    }
    if (referent) this.push(t, end, referent, 'role');
  }

  private gazetteerAlias(t: number): number | null {
    const match = this.matchAt(this.res.aliases, t);
    if (!match || !sameInitialCase(match.text, match.value)) return null;
    const end = this.endTokenOf(match);
    // `Indian military planes`: `military` before a noun is an adjective, and the phrase names no body.
    const following = this.doc.tokens[end];
    // (`a Pakistani military statement` still names the military as the statement's issuer.)
    const modifies =
      following?.pos === 'NOUN' &&
      following.sentence === this.doc.tokens[t].sentence &&
      !this.res.documentNouns.has(following.lower);
    if (this.doc.tokens[end - 1].lower === 'military' && modifies) return end;
    // `Colonel Sofiya Qureshi … Qureshi said`: a one-word alias is a surname; a person of that
    // surname already named in this text is meant, not the gazetteer's.
    const local =
      match.value.type === 'person' && end - t === 1 ? this.knownByNameWord(this.doc.tokens[t].lower) : null;
    if (local && local.name !== match.value.name) {
      this.push(t, end, local, 'surname');
      return end;
    }
    const actor = this.remember(match.value);
    this.push(t, end, actor, 'alias');
    this.governmentOf(actor, end);
    const force = this.possessedBody(match.value, end);
    if (force !== null) return force;
    this.acronymAfter(end, actor);
    return end;
  }

  /** `Indian authorities`, `Indian security forces`, `Armenian Armed Forces` → the state. */
  private demonymGovernment(t: number): number | null {
    const match = this.matchAt(this.res.demonyms, t);
    if (!match) return null;
    const nounEnd = this.governmentNounEnd(this.endTokenOf(match));
    if (nounEnd === null) return null;
    this.push(t, nounEnd, this.remember(match.value), 'demonym');
    return nounEnd;
  }

  /** End of a government noun starting at token `t` (`army`, `security forces`, `air force`), or null. */
  private governmentNounEnd(t: number): number | null {
    const { tokens } = this.doc;
    const first = tokens[t];
    if (!first) return null;
    const second = tokens[t + 1];
    if (
      second &&
      second.sentence === first.sentence &&
      this.res.governmentNouns.has(`${first.lower} ${second.lower}`)
    )
      return t + 2;
    return this.res.governmentNouns.has(first.lower) ? t + 1 : null;
  }

  /** `New Delhi`/`Islamabad` standing for the government: acting, or acted upon — not a location. */
  private metonym(t: number): number | null {
    const match = this.matchAt(this.res.metonyms, t);
    if (!match) return null;
    const end = this.endTokenOf(match);
    const { tokens } = this.doc;
    const previous = tokens[t - 1];
    const next = tokens[end];
    const sameSentence = (token: Token | undefined) =>
      token !== undefined && token.sentence === tokens[t].sentence;
    const acts =
      sameSentence(next) &&
      (next.pos === 'VERB' || next.pos === 'AUX' || next.lower === 'which' || POSSESSIVE.has(next.text));
    const actedUpon = sameSentence(previous) && RELATIONAL.has(previous.lower);
    const located = sameSentence(previous) && LOCATIVE.has(previous.lower);
    if ((acts || actedUpon) && !located) this.push(t, end, this.remember(match.value), 'metonym');
    return end;
  }

  /** Capitalised runs: organisations by their head word, persons before a speech verb, known short names. */
  private properNounRun(t: number): number | null {
    const token = this.doc.tokens[t];
    if (!isCapitalized(token) || this.res.nonActorWords.has(token.lower)) return null;
    const acronym = this.acronyms.get(token.text);
    if (acronym) {
      this.push(t, t + 1, acronym, 'acronym');
      return t + 1;
    }
    const end = this.organizationRunEnd(t);
    const head = this.organizationHead(t, end);
    if (head && end - t >= 2 && !this.headlineSentences.has(token.sentence)) {
      const previous = this.doc.tokens[t - 1];
      if (previous && previous.sentence === token.sentence && POSSESSIVE_DETERMINERS.has(previous.lower))
        return end;
      const isGroup = this.res.groupHeads.has(head.lower) && !this.res.organizationHeads.has(head.lower);
      const written = this.doc.text.slice(token.start, this.doc.tokens[end - 1].end);
      const owner = this.statePossessor(t);
      // `Indian External Affairs Ministry`: a demonym before a listed body's name is that body.
      const listed = this.demonymBeforeAlias(t, end);
      if (listed) {
        this.push(t, end, this.remember(listed), 'alias');
        return end;
      }
      const actor = this.rememberLocal(
        owner ? `${owner.name} ${written}` : written,
        isGroup ? 'group' : 'organization',
        owner?.side ?? null,
      );
      this.push(t, end, actor, 'organization');
      this.acronymAfter(end, actor);
      return end;
    }
    const nameEnd = this.nameRunEnd(t);
    if (nameEnd === t) return null;
    // `Khan` or `Naeem Khan` after `Rashid Naeem Khan`; `Ilyas Khan` is someone else.
    const surname = this.knownByNameWord(this.doc.tokens[nameEnd - 1].lower);
    if (surname && (nameEnd - t === 1 || (nameEnd - t === 2 && surname.nameWords.has(token.lower)))) {
      this.push(t, nameEnd, surname, 'surname');
      return nameEnd;
    }
    if (
      nameEnd - t >= 2 &&
      !this.headlineSentences.has(token.sentence) &&
      isPersonName(this.doc, this.res, t, nameEnd)
    ) {
      this.addPerson(t, nameEnd, []);
      return nameEnd;
    }
    return nameEnd;
  }

  /** The gazetteer body named by `[t + 1, end)` when token `t` is a demonym of the body's state. */
  private demonymBeforeAlias(t: number, end: number): GazetteerActor | null {
    const demonym = this.matchAt(this.res.demonyms, t);
    if (!demonym || this.endTokenOf(demonym) !== t + 1) return null;
    const rest = this.doc.text
      .slice(this.doc.tokens[t + 1].start, this.doc.tokens[end - 1].end)
      .toLowerCase()
      .replace(/[\s-]+/g, ' ');
    const body = this.res.byAlias.get(rest);
    return body && body.type !== 'state' && body.side === demonym.value.name ? body : null;
  }

  /** The first token of `[t, end)` that is an organisation's or a group's head word. */
  private organizationHead(t: number, end: number): Token | undefined {
    for (let k = t; k < end; k++) {
      const word = this.doc.tokens[k];
      if (this.res.organizationHeads.has(word.lower) || this.res.groupHeads.has(word.lower)) return word;
    }
    return undefined;
  }

  /**
   * The state named right before an organisation in the possessive (`Azerbaijan’s Ministry of Foreign
   * Affairs`): the ministry is that state's, and is named after it so that two states' ministries of
   * the same name stay two actors.
   */
  private statePossessor(t: number): KnownActor | null {
    const { tokens } = this.doc;
    if (!POSSESSIVE.has(tokens[t - 1]?.text ?? '')) return null;
    const owner = this.mentions[this.mentions.length - 1];
    if (!owner || owner.endToken !== t - 1 || owner.type !== 'state') return null;
    return this.known.get(owner.actor) ?? null;
  }

  /** End of a run of capitalised words joined by `of/for/and/the/on` (`Ministry of Foreign Affairs`). */
  private organizationRunEnd(t: number): number {
    const { tokens } = this.doc;
    let end = t;
    // `Ministry of Science and Technology` joins with `and`; `the OIC and the IPHRC` does not.
    // Whether `of` or `for` occurs in tokens[t, end): kept up to date as the run grows.
    let sawOf = false;
    while (end < tokens.length && end < this.runLimit && tokens[end].sentence === tokens[t].sentence) {
      const token = tokens[end];
      if (end > t && isCapitalized(token) && this.startsTitleBeforeName(end)) break;
      if (isCapitalized(token) && this.locationTokens[end] !== 1) end++;
      else if (
        ORG_CONNECTORS.has(token.lower) &&
        end > t &&
        isCapitalized(tokens[end + 1]) &&
        token.lower !== 'the' &&
        ((token.lower !== 'and' && token.lower !== '&') || sawOf)
      )
        end++;
      else if (
        token.lower === 'the' &&
        end > t &&
        tokens[end - 1].lower === 'of' &&
        isCapitalized(tokens[end + 1])
      )
        end++;
      else break;
      if (token.lower === 'of' || token.lower === 'for') sawOf = true;
    }
    while (end > t && ORG_CONNECTORS.has(tokens[end - 1].lower)) end--;
    return end;
  }

  /** End of a personal name: capitalised words with particles (`Chaudhry Anwar ul Haq`). */
  private nameRunEnd(t: number): number {
    const { tokens } = this.doc;
    let end = t;
    while (
      end < tokens.length &&
      end < this.runLimit &&
      tokens[t] &&
      tokens[end].sentence === tokens[t].sentence
    ) {
      const token = tokens[end];
      const isName =
        isCapitalized(token) &&
        token.pos !== 'VERB' &&
        !this.res.nonActorWords.has(token.lower) &&
        this.locationTokens[end] !== 1 &&
        !(end > t && (this.startsNonPersonAlias(end) || this.startsTitleBeforeName(end)));
      const hyphenAfter = tokens[end + 1]?.text === '-' && tokens[end + 1].start === token.end;
      const isParticle =
        end > t &&
        NAME_PARTICLES.has(token.lower) &&
        (isCapitalized(tokens[end + 1]) || (hyphenAfter && isCapitalized(tokens[end + 2])));
      // `Anwar-ul-Haq`: a hyphen inside a name, with no space on either side, joins its parts.
      const next = tokens[end + 1];
      const joins =
        end > t &&
        (token.text === '-' || token.text === '‐') &&
        next !== undefined &&
        token.start === tokens[end - 1].end &&
        next.start === token.end &&
        (isCapitalized(next) || NAME_PARTICLES.has(next.lower));
      // `ul Islam`: the word after a particle is a name part, whatever else it is.
      const afterParticle =
        end > t + 1 &&
        isCapitalized(token) &&
        (NAME_PARTICLES.has(tokens[end - 1].lower) ||
          (tokens[end - 1].text === '-' && NAME_PARTICLES.has(tokens[end - 2].lower)));
      if (!isName && !isParticle && !joins && !afterParticle) break;
      end++;
    }
    while (end > t && (tokens[end - 1].text === '-' || tokens[end - 1].text === '‐')) end--;
    return end;
  }

  /**
   * A full name the gazetteer does not list whose last word is a person's one-word alias (`President
   * Iham Aliyev` with a typo, `Mr Narendra Damodardas Modi`) is that person. One-word aliases are
   * listed only for unambiguous surnames (lexicons/README.md), so `Rahul Gandhi` stays his own actor.
   */
  private gazetteerSurname(t: number): GazetteerActor | null {
    const match = this.matchAt(this.res.aliases, t);
    if (!match || match.value.type !== 'person' || this.endTokenOf(match) !== t + 1) return null;
    return match.value;
  }

  /** A title followed by a capitalised word (`… Public Relations Major-General Asif Ghafoor`) starts a new name. */
  private startsTitleBeforeName(t: number): boolean {
    const match = this.matchAt(this.res.titles, t);
    return match !== null && isCapitalized(this.doc.tokens[this.endTokenOf(match)]);
  }

  /**
   * The gazetteer person whose one-word alias ends this name, when the name's first word is one of
   * that person's names or a one-letter slip of one (`Iham Aliyev`): `Sofiya Qureshi` is someone else.
   */
  private sameGazetteerPerson(start: number, end: number): GazetteerActor | null {
    const entry = this.gazetteerSurname(end - 1);
    if (!entry) return null;
    const first = this.doc.tokens[start].lower;
    const names = gazetteerWords(entry).nameWords;
    for (const word of names) if (word === first || withinOneEdit(word, first)) return entry;
    return null;
  }

  /** `President Ilham Aliyev Azerbaijan has…`: a state's name ends the personal name before it. */
  private startsNonPersonAlias(t: number): boolean {
    const match = this.matchAt(this.res.aliases, t);
    return match !== null && match.value.type !== 'person';
  }

  private addPerson(start: number, end: number, titles: string[]): void {
    const text = this.doc.text.slice(this.doc.tokens[start].start, this.doc.tokens[end - 1].end);
    const aliasMatch = this.matchAt(this.res.aliases, start);
    let actor: KnownActor;
    const surname = end - start >= 2 ? this.sameGazetteerPerson(start, end) : null;
    const leading = this.res.personPrefixes.get(text.toLowerCase().replace(/\s+/g, ' '));
    if (aliasMatch && this.endTokenOf(aliasMatch) === end) actor = this.remember(aliasMatch.value);
    else if (leading) actor = this.remember(leading);
    else if (end - start === 1)
      actor =
        this.knownByNameWord(this.doc.tokens[start].lower, titles) ?? this.rememberLocal(text, 'person');
    else if (surname) actor = this.remember(surname);
    else actor = this.rememberLocal(text, 'person');
    for (const title of titles) actor.titles.add(title.toLowerCase());
    this.push(start, end, actor, 'title');
    if (titles.length > 0) this.mentions[this.mentions.length - 1].titles = titles;
    this.governmentOf(actor, end);
  }

  /**
   * `the Modi government`, `the Modi-led government`, `the BJP government` mention the state of the
   * person or party too (ANNOTATION.md §3: the government of a state is the state). Only rulers'
   * nouns count here (`government`, `administration`, `regime`): `the BJP leadership` is the party's.
   */
  private governmentOf(actor: KnownActor, end: number): void {
    if ((actor.type !== 'person' && actor.type !== 'organization') || !actor.side) return;
    const { tokens } = this.doc;
    let nounStart = end;
    if (tokens[nounStart]?.text === '-' && tokens[nounStart + 1]?.lower === 'led') nounStart += 2;
    else if (tokens[nounStart]?.lower === 'led' || tokens[nounStart]?.lower === '-led') nounStart += 1;
    const noun = tokens[nounStart];
    if (!noun || noun.sentence !== tokens[end - 1].sentence || !RULING_NOUNS.has(noun.lower)) return;
    const state = this.res.byName.get(actor.side);
    if (state?.type !== 'state') return;
    const first = this.mentions[this.mentions.length - 1].firstToken;
    this.push(first, nounStart + 1, this.remember(state), 'government');
  }

  /**
   * `Pakistan’s military`, `India's army`: a body of a state named in the possessive is the
   * gazetteer's organisation of that name (`Pakistan military`, `Indian Army`), not the state again.
   */
  private possessedBody(state: GazetteerActor, end: number): number | null {
    const { tokens } = this.doc;
    if (state.type !== 'state' || !POSSESSIVE.has(tokens[end]?.text ?? '')) return null;
    const nounEnd = this.governmentNounEnd(end + 1);
    if (nounEnd === null) return null;
    const noun = tokens
      .slice(end + 1, nounEnd)
      .map((token) => token.lower)
      .join(' ');
    for (const owner of [state.name, ...(state.demonyms ?? [])]) {
      const body = this.res.byAlias.get(`${owner.toLowerCase()} ${noun}`);
      if (body && body.type !== 'state') {
        // The whole phrase names the body (`Pakistan’s military`); `Pakistan` inside it stays the state's.
        this.push(this.mentions[this.mentions.length - 1].firstToken, nounEnd, this.remember(body), 'alias');
        return nounEnd;
      }
    }
    return null;
  }

  /** `Organization of Islamic Cooperation (OIC)`: the acronym names the same actor later on. */
  private acronymAfter(end: number, actor: KnownActor): void {
    const { tokens } = this.doc;
    if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return;
    const acronym = tokens[end + 1].text;
    if (/^\p{Lu}[\p{Lu}&]+$/u.test(acronym)) this.acronyms.set(acronym, actor);
  }

  private knownByNameWord(word: string, titles: string[] = []): KnownActor | null {
    // The most recent person with this name word, preferring one known by one of the titles; one
    // pass without copying `known`, which this runs for every capitalised name.
    let latest: KnownActor | null = null;
    let latestTitled: KnownActor | null = null;
    const spelled = this.res.nameSpelling.get(word) ?? word;
    if (!this.personWords.has(word) && !this.personWords.has(spelled)) return null;
    for (const actor of this.known.values()) {
      if (actor.type !== 'person' || !(actor.nameWords.has(word) || actor.nameWords.has(spelled))) continue;
      latest = actor;
      if (titles.some((title) => actor.titles.has(title.toLowerCase()))) latestTitled = actor;
    }
    return latestTitled ?? latest;
  }

  private remember(entry: GazetteerActor): KnownActor {
    let actor = this.known.get(entry.name);
    if (!actor) {
      actor = {
        name: entry.name,
        type: entry.type,
        side: entry.side ?? null,
        titles: new Set(gazetteerWords(entry).titles),
        nameWords: gazetteerWords(entry).nameWords,
      };
      this.known.set(entry.name, actor);
      this.notePersonWords(actor);
    }
    return actor;
  }

  private rememberLocal(name: string, type: ActorType, side: string | null = null): KnownActor {
    let canonical = name.replace(/\s+/g, ' ');
    // `Mohammed Anwar-ul-Haq` after `Muhammad Anwar ul Haq`, `R.R. Das` after `RR Das`: one person, first written form.
    const key = type === 'person' ? this.personKey(canonical) : '';
    const same = key ? this.personByKey.get(key) : undefined;
    if (same) canonical = same.name;
    let actor = this.known.get(canonical);
    if (!actor) {
      const nameWords =
        type === 'person'
          ? canonical
              .toLowerCase()
              .split(' ')
              .filter((word) => !NAME_PARTICLES.has(word))
          : [];
      const spelled = nameWords.map((word) => this.res.nameSpelling.get(word) ?? word);
      actor = {
        name: canonical,
        type,
        side,
        titles: new Set(),
        nameWords: new Set([...nameWords, ...spelled]),
      };
      this.known.set(canonical, actor);
      this.notePersonWords(actor);
      if (key) this.personByKey.set(key, actor);
    }
    // A later mention moves the actor to the end, so "most recent" lookups find it.
    this.known.delete(canonical);
    this.known.set(canonical, actor);
    return actor;
  }

  /** A person's name compared loosely: case, hyphens, spacing, the dots of initials and listed spellings aside. */
  private personKey(name: string): string {
    let key = this.keyOfName.get(name);
    if (key === undefined) this.keyOfName.set(name, (key = this.looseKey(name)));
    return key;
  }

  private looseKey(name: string): string {
    const words = name.toLowerCase().replace(/[-‐.]/g, ' ').trim().split(/\s+/);
    const joined = words.map((word) => this.res.nameSpelling.get(word) ?? word).join(' ');
    // `r r das` and `rr das`: runs of single letters are one block of initials.
    return joined.replace(/\b(\p{L}) (?=\p{L}\b)/gu, '$1');
  }

  private notePersonWords(actor: KnownActor): void {
    if (actor.type === 'person') for (const word of actor.nameWords) this.personWords.add(word);
  }

  private push(firstToken: number, endToken: number, actor: KnownActor, via: MentionVia): void {
    const start = this.doc.tokens[firstToken].start;
    const end = this.doc.tokens[endToken - 1].end;
    if (this.known.get(actor.name) !== actor) this.notePersonWords(actor);
    this.known.delete(actor.name);
    this.known.set(actor.name, actor);
    this.mentions.push({
      start,
      end,
      text: this.doc.text.slice(start, end),
      firstToken,
      endToken,
      actor: actor.name,
      type: actor.type,
      side: actor.side,
      via,
    });
  }
}

/** Whether two words differ by at most one inserted, deleted or changed letter. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a.length < 3 || b.length < 3) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string) => x.slice(i + 1) === y.slice(i + (x.length === y.length ? 1 : 0));
  return a.length >= b.length ? tail(a, b) : tail(b, a);
}

export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && startsUppercase(token.text);
}

/** `/^\p{Lu}/u.test(text)`, with ASCII (most first letters) settled by its code: this runs for most tokens, often. */
function startsUppercase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /^\p{Lu}/u.test(text);
}

/** `/^\p{L}/u.test(text)`, with ASCII settled by its code. */
function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /^\p{L}/u.test(text);
}

/** A lower-case alias (`the Kashmiri people`) may match anywhere; a capitalised one only capitalised. */
function sameInitialCase(text: string, actor: GazetteerActor): boolean {
  return (
    /^\p{Lu}/u.test(text) ||
    actor.aliases.some((alias) => /^\p{Ll}/u.test(alias) && alias.toLowerCase() === text.toLowerCase())
  );
}

function tokensCovered(doc: ParsedDocument, matches: PhraseMatch<unknown>[]): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const match of matches) {
    for (let p = match.firstPiece; p < match.endPiece; p++) covered[doc.pieces[p].token] = 1;
  }
  return covered;
}

/** Sentences in headline case (most words capitalised), where capitals say nothing about names. */
function findHeadlineSentences(doc: ParsedDocument): Set<number> {
  const headlines = new Set<number>();
  for (const sentence of doc.sentences) {
    // A sentence closed by a full stop is prose, however many names it lists: most are, and need no count.
    if (doc.tokens[sentence.endToken - 1]?.text === '.') continue;
    let words = 0;
    let capitalized = 0;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = doc.tokens[t];
      if (!token.isWord || !startsWithLetter(token.text)) continue;
      words++;
      if (startsUppercase(token.text)) capitalized++;
    }
    if (words >= 4 && capitalized / words >= 0.6) headlines.add(sentence.index);
  }
  return headlines;
}
