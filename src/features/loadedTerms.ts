import {
  compilePhrases,
  findPhrases,
  longestAt,
  phraseStartBits,
  type PhraseMatch,
  type PhraseMatcher,
} from '../match/phraseMatcher';
import type { GazetteerActor, LoadedEntry, LoadedLexiconFile } from '../lexicons/types';
import type { ParsedDocument } from '../parse/types';
import type { Attribution, LoadedTerm } from '../types';
import type { ActorMention } from './actors/recognize';
import {
  indexHeldWords,
  indexMentions,
  judgeTarget,
  type HeldWords,
  type MentionIndex,
  type SideMap,
  type TargetJudgement,
} from './loadedTargets';
import { regionAt } from '../parse/quotes';
import { isInQuote } from './quoteContext';

interface CompiledEntry {
  /** `<lexicon name>/<entry id>`. */
  id: string;
  entry: LoadedEntry;
  /** The sides of the entry's lexicon (empty for a generic lexicon). */
  lexiconSides: string[];
}

export interface LoadedTermResources {
  terms: PhraseMatcher<CompiledEntry>;
  /** Proper names that contain a term without using it (`Alley of Martyrs`). */
  exclusions: PhraseMatcher<true>;
  /** Lexicon sides in order, e.g. `[['kashmir', ['Pakistan', 'India']], …]`, for summaries. */
  sides: { lexicon: string; sides: string[] }[];
  /** Opponents and alignments for judging a side from a target. */
  sideMap: SideMap;
  /** Lemmas that reject a quoted wording (`reject`, `dismiss`), from all lexicons. */
  rejectionCues: Set<string>;
}

/** What the other features found in the document, for judging targets (see loadedTargets.ts). */
export interface TargetContext {
  mentions: ActorMention[];
  attributions: Attribution[];
  /** The gazetteers' demonyms, read as modifiers (*Indian unprovoked firing*) where no mention covers them. */
  demonyms?: PhraseMatcher<GazetteerActor>;
}

/** Compiles lexicons; later files override entries of earlier ones that have the same id. */
export function compileLoadedLexicons(lexicons: LoadedLexiconFile[]): LoadedTermResources {
  const byId = new Map<string, CompiledEntry>();
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries)
      byId.set(entry.id, { id: `${lexicon.name}/${entry.id}`, entry, lexiconSides: lexicon.sides });
  }
  const compiled = [...byId.values()];
  return {
    terms: compilePhrases(
      compiled.flatMap((item) =>
        [item.entry.term, ...(item.entry.variants ?? [])].map((phrase) => ({
          phrase,
          caseSensitive: item.entry.caseSensitive,
          value: item,
        })),
      ),
    ),
    exclusions: compilePhrases(
      compiled.flatMap((item) =>
        (item.entry.notWithin ?? []).map((phrase) => ({ phrase, value: true as const })),
      ),
    ),
    sides: lexicons
      .filter((lexicon) => lexicon.sides.length > 0)
      .map((lexicon) => ({ lexicon: lexicon.name, sides: lexicon.sides })),
    sideMap: sideMapOf(lexicons),
    rejectionCues: new Set(
      lexicons.flatMap((lexicon) => lexicon.rejectionCues ?? []).map((cue) => cue.toLowerCase()),
    ),
  };
}

/** What an entry stands for: its explicit `referent`, else its `neutral` wording. */
export function referentOf(entry: LoadedEntry): string {
  return entry.referent ?? entry.neutral;
}

/** Each side of a two-sided lexicon is the other's opponent; the first lexicon to name a side wins. */
function sideMapOf(lexicons: LoadedLexiconFile[]): SideMap {
  const map: SideMap = { aligned: new Map(), opponent: new Map(), criticCues: new Set() };
  for (const lexicon of lexicons) {
    for (const verb of lexicon.criticCues ?? []) map.criticCues.add(verb.toLowerCase());
    if (lexicon.sides.length !== 2) continue;
    const [a, b] = lexicon.sides;
    if (!map.opponent.has(a)) map.opponent.set(a, b);
    if (!map.opponent.has(b)) map.opponent.set(b, a);
    for (const [actorSide, side] of Object.entries(lexicon.alignments ?? {})) {
      if (!map.aligned.has(actorSide)) map.aligned.set(actorSide, side);
    }
  }
  return map;
}

/**
 * Loaded terms in the analysed text (furniture excluded); where matches overlap, the longest wins.
 * An entry judged `byTarget` takes its side from the party the occurrence is said of (see
 * loadedTargets.ts); an occurrence with no target of its own takes the side of another occurrence
 * of the same entry in the document that has one (a headline's *genocide* and the same word in a
 * minister's words below it), else the entry's `favours`.
 */
export function findLoadedTerms(
  doc: ParsedDocument,
  resources: LoadedTermResources,
  context: TargetContext = { mentions: [], attributions: [] },
): LoadedTerm[] {
  const excluded = findPhrases(resources.exclusions, doc);
  // The mentions and reported words are indexed only for a document with a term judged by its target.
  let targets: { mentions: MentionIndex; held: HeldWords } | null = null;
  const matches = longestFirst(candidatesAt(doc, resources.terms)).filter(
    (match) =>
      !excluded.some((name) => name.start <= match.start && match.end <= name.end) &&
      !quotedToReject(doc, match, resources.rejectionCues),
  );
  const judgements = matches.map((match) => {
    const polarity = match.value.entry.byTarget;
    if (polarity === undefined) return null;
    const first = doc.pieces[match.firstPiece].token;
    const end = doc.pieces[match.endPiece - 1].token + 1;
    const input = {
      doc,
      first,
      end,
      start: match.start,
      polarity,
      lexiconSides: match.value.lexiconSides,
      defaultSide: match.value.entry.favours,
    };
    targets ??= {
      mentions: indexMentions(context.mentions, demonymModifiers(doc, context)),
      held: indexHeldWords(context.attributions),
    };
    return judgeTarget(input, targets.mentions, targets.held, resources.sideMap);
  });
  const byEntry = new Map<string, TargetJudgement>();
  judgements.forEach((judgement, i) => {
    if (judgement && !byEntry.has(matches[i].value.id)) byEntry.set(matches[i].value.id, judgement);
  });
  return matches.map((match, i) => {
    const entry = match.value.entry;
    const judgement = judgements[i] ?? (entry.byTarget ? byEntry.get(match.value.id) : undefined);
    return {
      start: match.start,
      end: match.end,
      text: match.text,
      entry: match.value.id,
      category: entry.category,
      favours: judgement?.favours ?? entry.favours,
      target: judgement?.target ?? null,
      targetRole: judgement?.role ?? null,
      neutral: entry.neutral,
      referent: referentOf(entry),
      inQuote: isInQuote(doc, match.start),
    };
  });
}

/** How many words before the opening quotation mark a rejection cue may stand (`rejected the so-called “…”`). */
const REJECTION_WINDOW = 4;

/**
 * A term mentioned only to be rejected (ANNOTATION.md §2): it stands alone in quotation marks
 * (nothing but the term and punctuation inside them) a few words after a rejection cue, as in
 * *New Delhi dismissed the “jugular vein” remark*. A quoted sentence that uses the term is a use.
 */
function quotedToReject(doc: ParsedDocument, match: PhraseMatch<CompiledEntry>, cues: Set<string>): boolean {
  const region = doc.quotes[regionAt(doc.quotes, match.start)];
  if (region === undefined || cues.size === 0) return false;
  const inside = doc.text.slice(region.start, region.end);
  const rest = inside.replace(match.text, '');
  if (/[\p{L}\p{N}]/u.test(rest)) return false;
  const first = doc.pieces[match.firstPiece].token;
  const sentence = doc.tokens[first].sentence;
  let quoteToken = first;
  while (quoteToken > 0 && doc.tokens[quoteToken - 1].start >= region.start) quoteToken--;
  for (
    let j = quoteToken - 1, words = 0;
    j >= 0 && words < REJECTION_WINDOW && doc.tokens[j].sentence === sentence;
    j--
  ) {
    if (!doc.tokens[j].isWord) continue;
    if (cues.has(doc.tokens[j].lemma)) return true;
    words++;
  }
  return false;
}

/** Demonyms no actor mention covers, as mentions of their state (for modifiers only, see indexMentions). */
function demonymModifiers(doc: ParsedDocument, context: TargetContext): ActorMention[] {
  if (!context.demonyms) return [];
  const covered = new Set<number>();
  for (const mention of context.mentions)
    for (let t = mention.firstToken; t < mention.endToken; t++) covered.add(t);
  return findPhrases(context.demonyms, doc).flatMap((match) => {
    const firstToken = doc.pieces[match.firstPiece].token;
    const endToken = doc.pieces[match.endPiece - 1].token + 1;
    if (covered.has(firstToken)) return [];
    const actor = match.value;
    return [
      {
        start: match.start,
        end: match.end,
        text: match.text,
        firstToken,
        endToken,
        actor: actor.name,
        type: actor.type,
        side: actor.side ?? null,
        via: 'demonym' as const,
      },
    ];
  });
}

/** The longest match starting at every piece (overlapping each other). */
export function candidatesAt<T>(doc: ParsedDocument, matcher: PhraseMatcher<T>): PhraseMatch<T>[] {
  const candidates: PhraseMatch<T>[] = [];
  const bits = phraseStartBits(doc);
  for (let piece = 0; piece < doc.pieces.length; piece++) {
    if ((bits[piece] & matcher.startBit) === 0) continue; // no term starts here (see phraseStartBits)
    const match = longestAt(matcher, doc, piece);
    if (match) candidates.push(match);
  }
  return candidates;
}

/**
 * Non-overlapping matches, longest first (in pieces, then characters; ties to the earlier one), in
 * text order. Scanning left to right instead would let a shorter phrase that starts earlier hide a
 * longer one that overlaps it: *symbol of resilience against foreign aggression* must give the
 * four-word entry, not *symbol of resilience*.
 */
export function longestFirst<T>(candidates: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.endPiece - b.firstPiece - (a.endPiece - a.firstPiece) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const chosen: PhraseMatch<T>[] = [];
  for (const match of ranked) {
    if (chosen.every((other) => match.endPiece <= other.firstPiece || other.endPiece <= match.firstPiece))
      chosen.push(match);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
