/**
 * The framing diff of two articles (usually on one event from two sides): who each lets speak,
 * what each calls the same referent, whom only one of them mentions, how sure each sounds in its
 * own voice, and which side its loaded wording favours. A plain record: every count in it can be
 * traced to spans of the two Documents (attributions, neutral and loaded terms, actor mentions,
 * hedges and boosters).
 */
import { referentRows } from '../table/referentRows';
import { compareText, round4 } from '../table/order';
import type { Document } from '../types';

export interface DiffArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  perspective: string | null;
  date: string | null;
  words: number;
  attributions: number;
  /** Attributions to unnamed sources. */
  anonymous: number;
  /** Attributions that quote directly. */
  direct: number;
  /** Hedges and boosters per 1,000 words outside quotation marks (the outlet's own voice). */
  hedgesPer1kOutlet: number;
  boostersPer1kOutlet: number;
  loadedTerms: number;
  loadedPer1k: number;
  /** Loaded terms per favoured side (`none` for generic language), sides in name order. */
  loadedBySide: Record<string, number>;
  /** The side most loaded terms favour (ties and no sided terms: null). */
  loadedLeans: string | null;
  /** The article's most prominent actor (the first of `Document.actors`), with its mention count. */
  topActor: { name: string; side: string | null; mentions: number } | null;
}

export interface SpeakerDiff {
  speaker: string;
  /** The speaker's side from the gazetteer, as the articles' actor lists give it. */
  side: string | null;
  /** Attributions to this speaker in each article (a coordinated source counts for each speaker). */
  a: number;
  b: number;
}

export interface WordingCount {
  wording: string;
  favours: string;
  loaded: boolean;
  count: number;
}

export interface ReferentDiff {
  referent: string;
  a: WordingCount[];
  b: WordingCount[];
}

export interface ActorOnly {
  name: string;
  side: string | null;
  mentions: number;
}

export interface FramingDiff {
  a: DiffArticle;
  b: DiffArticle;
  /** Every named speaker of either article, most attributions first. */
  speakers: SpeakerDiff[];
  /** Named speakers quoted by only one of the two articles. */
  speakersOnlyA: string[];
  speakersOnlyB: string[];
  /**
   * Referents that at least one article names with a loaded wording, with each article's wordings
   * (loaded and plain); those both articles name first, then most occurrences first.
   */
  referents: ReferentDiff[];
  /** Actors only one article mentions, most mentions first. */
  actorsOnlyA: ActorOnly[];
  actorsOnlyB: ActorOnly[];
}

export function framingDiff(a: Document, b: Document): FramingDiff {
  const speakers = speakerDiff(a, b);
  return {
    a: articleFacts(a),
    b: articleFacts(b),
    speakers,
    speakersOnlyA: speakers
      .filter((s) => s.b === 0)
      .map((s) => s.speaker)
      .sort(compareText),
    speakersOnlyB: speakers
      .filter((s) => s.a === 0)
      .map((s) => s.speaker)
      .sort(compareText),
    referents: referentDiff(a, b),
    actorsOnlyA: actorsOnly(a, b),
    actorsOnlyB: actorsOnly(b, a),
  };
}

const text = (value: unknown): string | null =>
  value === undefined || value === null || value === '' ? null : String(value);
const numberOf = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** One article's side of the diff (also useful for a third article set beside the two). */
export function articleFacts(doc: Document): DiffArticle {
  const loadedBySide: Record<string, number> = {};
  for (const side of [...new Set(doc.loadedTerms.map((t) => t.favours))].sort(compareText)) {
    loadedBySide[side] = doc.loadedTerms.filter((t) => t.favours === side).length;
  }
  const top = doc.actors[0];
  return {
    id: doc.id,
    title: text(doc.meta.title),
    outlet: text(doc.meta.outlet),
    perspective: text(doc.meta.perspective),
    date: text(doc.meta.date),
    words: doc.stats.words,
    attributions: doc.attributions.length,
    anonymous: doc.attributions.filter((x) => x.anonymous).length,
    direct: doc.attributions.filter((x) => x.mode === 'direct').length,
    hedgesPer1kOutlet: numberOf(doc.summary.hedgesPer1kOutlet),
    boostersPer1kOutlet: numberOf(doc.summary.boostersPer1kOutlet),
    loadedTerms: doc.loadedTerms.length,
    loadedPer1k: doc.stats.words > 0 ? round4((doc.loadedTerms.length * 1000) / doc.stats.words) : 0,
    loadedBySide,
    loadedLeans: leaning(loadedBySide),
    topActor: top ? { name: top.name, side: top.side, mentions: top.mentions.length } : null,
  };
}

/** The side with strictly the most loaded terms, leaving generic language (`none`) aside. */
function leaning(bySide: Record<string, number>): string | null {
  const sided = Object.entries(bySide)
    .filter(([side, n]) => side !== 'none' && n > 0)
    .sort((x, y) => y[1] - x[1]);
  if (sided.length === 0 || (sided.length > 1 && sided[0][1] === sided[1][1])) return null;
  return sided[0][0];
}

function speakerCounts(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const attribution of doc.attributions) {
    for (const speaker of new Set(attribution.speakers)) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  }
  return counts;
}

function speakerDiff(a: Document, b: Document): SpeakerDiff[] {
  const countsA = speakerCounts(a);
  const countsB = speakerCounts(b);
  const sides = new Map<string, string | null>();
  for (const actor of [...b.actors, ...a.actors]) sides.set(actor.name, actor.side);
  return [...new Set([...countsA.keys(), ...countsB.keys()])]
    .map((speaker) => ({
      speaker,
      side: sides.get(speaker) ?? null,
      a: countsA.get(speaker) ?? 0,
      b: countsB.get(speaker) ?? 0,
    }))
    .sort((x, y) => y.a + y.b - (x.a + x.b) || compareText(x.speaker, y.speaker));
}

function referentDiff(a: Document, b: Document): ReferentDiff[] {
  // Group by id; two documents with the same id are told apart by their position.
  const rows = referentRows([a, b], { by: (doc) => (doc === a ? 'a' : 'b') });
  const byReferent = new Map<string, ReferentDiff>();
  for (const row of rows) {
    const diff = byReferent.get(row.referent) ?? { referent: row.referent, a: [], b: [] };
    diff[row.group as 'a' | 'b'].push({
      wording: row.wording,
      favours: row.favours,
      loaded: row.loaded,
      count: row.count,
    });
    byReferent.set(row.referent, diff);
  }
  const total = (d: ReferentDiff): number => [...d.a, ...d.b].reduce((n, w) => n + w.count, 0);
  const both = (d: ReferentDiff): number => (d.a.length > 0 && d.b.length > 0 ? 0 : 1);
  for (const diff of byReferent.values())
    for (const side of [diff.a, diff.b])
      side.sort((x, y) => y.count - x.count || compareText(x.wording, y.wording));
  return [...byReferent.values()]
    .filter((d) => [...d.a, ...d.b].some((w) => w.loaded))
    .sort((x, y) => both(x) - both(y) || total(y) - total(x) || compareText(x.referent, y.referent));
}

function actorsOnly(doc: Document, other: Document): ActorOnly[] {
  const names = new Set(other.actors.map((actor) => actor.name));
  return doc.actors
    .filter((actor) => !names.has(actor.name))
    .map((actor) => ({ name: actor.name, side: actor.side, mentions: actor.mentions.length }))
    .sort((x, y) => y.mentions - x.mentions || compareText(x.name, y.name));
}
