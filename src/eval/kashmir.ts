/**
 * Scoring against the Kashmir development set (`../shared/benchmarks/kashmir-dev`): the same
 * matching as that folder's `score.py`, ported line for line so that both print the same figures
 * (a test runs both on one prediction file and compares), plus the figures per perspective.
 *
 * Matching, as score.py does it: attributions by cue overlap after locating the gold cue from the
 * first 40 characters of its sentence; speakers by name, alias or surname (every coordinated gold
 * speaker must be among `speaker` + `speakers` or their mentions' surface forms); loaded terms,
 * hedges and boosters as multisets of normalised strings; actors by canonical name or any surface
 * form of their mentions against the gold name and aliases.
 */
import type { Document } from '../types';

export interface KashmirGoldAttribution {
  cue: string;
  speakerText?: string | null;
  speaker?: string | null;
  sourceType?: string;
  anonymous?: boolean;
  mode?: string;
  sentence?: string;
}

export interface KashmirGoldActor {
  name: string;
  type?: string;
  aliases?: string[];
  mentions?: number;
}

export interface KashmirGold {
  attributions?: KashmirGoldAttribution[];
  loadedTerms?: { term: string; category?: string; favours?: string | null; inQuote?: boolean }[];
  actors?: KashmirGoldActor[];
  hedges?: { cue: string; inQuote?: boolean }[];
  boosters?: { cue: string; inQuote?: boolean }[];
}

export type KashmirFeature = 'attributions' | 'loaded' | 'actors' | 'hedges' | 'boosters';
export const KASHMIR_FEATURES: readonly KashmirFeature[] = [
  'attributions',
  'loaded',
  'actors',
  'hedges',
  'boosters',
];

/** Raw counts: true positives, false positives, false negatives per feature, and the extras. */
export interface KashmirCounts {
  features: Record<KashmirFeature, [number, number, number]>;
  speakerOk: number;
  anonymousOk: number;
  anonymousFound: number;
  anonymousMissed: number;
  sideOk: number;
  sideN: number;
}

export interface FeatureFigures {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface KashmirFigures {
  documents: number;
  features: Record<KashmirFeature, FeatureFigures>;
  speakerAccuracy: number;
  anonymousAccuracy: number;
  anonymousRecall: number;
  sideAccuracy: number;
}

export const emptyCounts = (): KashmirCounts => ({
  features: {
    attributions: [0, 0, 0],
    loaded: [0, 0, 0],
    actors: [0, 0, 0],
    hedges: [0, 0, 0],
    boosters: [0, 0, 0],
  },
  speakerOk: 0,
  anonymousOk: 0,
  anonymousFound: 0,
  anonymousMissed: 0,
  sideOk: 0,
  sideN: 0,
});

/** score.py's norm(): curly single quotes straight, white space squeezed, trimmed, lower case. */
export const norm = (s: string | null | undefined): string =>
  (s ?? '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** score.py's name_norm(): hyphens as spaces, no dots, no leading article or trailing possessive. */
export function nameNorm(s: string | null | undefined): string {
  const plain = norm(s).replace(/-/g, ' ').replace(/\./g, '').replace(/^the /, '').replace(/'s$/, '');
  return plain.replace(/\s+/g, ' ').trim();
}

function prf(tp: number, fp: number, fn: number): FeatureFigures {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The offsets of a gold cue: its first occurrence at or after the sentence's first 40 characters. */
export function locateCue(text: string, sentence: string, cue: string): [number, number] | null {
  const prefix = sentence.slice(0, 40);
  let start = sentence ? text.indexOf(prefix) : -1;
  if (start < 0 && sentence) {
    // the gold may join hard line breaks with spaces
    const words = prefix.replace(/’/g, "'").split(/\s+/).filter(Boolean);
    const pattern = words.map((w) => escapeRegExp(w).replace(/'/g, "['’]")).join('\\s+');
    const match = new RegExp(pattern, 'i').exec(text);
    start = match ? match.index : -1;
  }
  start = Math.max(start, 0);
  let at = text.indexOf(cue, start);
  if (at < 0) at = text.toLowerCase().indexOf(cue.toLowerCase(), start);
  if (at < 0) at = text.toLowerCase().indexOf(cue.toLowerCase());
  return at >= 0 ? [at, at + cue.length] : null;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Multiset match of strings: equal, or one inside the other covering at least 60 % of the longer. */
export function multisetMatch(gold: string[], predicted: string[]): [number, number, number] {
  const g = gold.map(norm);
  const p = predicted.map(norm);
  const used = p.map(() => false);
  let tp = 0;
  for (const x of g) {
    const j = p.findIndex(
      (y, k) =>
        !used[k] &&
        y !== '' &&
        (y === x ||
          ((y.includes(x) || x.includes(y)) &&
            Math.min(x.length, y.length) >= 0.6 * Math.max(x.length, y.length))),
    );
    if (j >= 0) {
      used[j] = true;
      tp++;
    }
  }
  return [tp, p.length - tp, g.length - tp];
}

const lastWord = (s: string) => s.split(' ').pop() ?? '';

/** Every gold speaker (joined by ` and `) must be among the predicted speakers or their forms. */
export function speakerOk(
  predictedSpeaker: string | null,
  goldSpeaker: string | null | undefined,
  goldActors: KashmirGoldActor[],
  predictedSpeakers: string[],
  forms: Map<string, Set<string>>,
): boolean {
  if (!goldSpeaker) return predictedSpeaker === null || predictedSpeaker === '';
  if (!predictedSpeaker) return false;
  const all = [predictedSpeaker, ...predictedSpeakers].filter(Boolean);
  const predicted = new Set(all.map(nameNorm));
  for (const x of all) for (const form of forms.get(x) ?? []) predicted.add(form);
  const oneOk = (gold: string) => {
    const names = new Set([nameNorm(gold)]);
    for (const actor of goldActors) {
      if (nameNorm(actor.name) === nameNorm(gold))
        for (const alias of actor.aliases ?? []) names.add(nameNorm(alias));
    }
    return [...predicted].some(
      (p) => names.has(p) || [...names].some((n) => n !== '' && (p === lastWord(n) || n === lastWord(p))),
    );
  };
  return goldSpeaker.split(' and ').every(oneOk);
}

/** Adds one document's counts to `into`. */
export function scoreKashmirDocument(gold: KashmirGold, doc: Document, into: KashmirCounts): void {
  const { text } = doc;
  const surface = (m: { start: number; end: number }) => nameNorm(text.slice(m.start, m.end));
  const predicted = doc.attributions.filter((a) => a.cue);
  const forms = new Map(doc.actors.map((actor) => [actor.name, new Set(actor.mentions.map(surface))]));
  const used = new Set<number>();
  const counts = into.features;
  for (const g of gold.attributions ?? []) {
    const at = locateCue(text, g.sentence ?? '', g.cue);
    const hit = at
      ? predicted.findIndex((a, i) => !used.has(i) && overlaps(at, [a.cue.start, a.cue.end]))
      : -1;
    if (hit < 0) {
      counts.attributions[2]++;
      if (g.anonymous) into.anonymousMissed++;
      continue;
    }
    used.add(hit);
    counts.attributions[0]++;
    const a = predicted[hit];
    into.speakerOk += Number(speakerOk(a.speaker, g.speaker, gold.actors ?? [], a.speakers ?? [], forms));
    into.anonymousOk += Number(Boolean(a.anonymous) === Boolean(g.anonymous));
    if (g.anonymous) {
      if (a.anonymous) into.anonymousFound++;
      else into.anonymousMissed++;
    }
  }
  counts.attributions[1] += predicted.length - used.size;

  const add = (key: KashmirFeature, [tp, fp, fn]: [number, number, number]) => {
    counts[key][0] += tp;
    counts[key][1] += fp;
    counts[key][2] += fn;
  };
  add(
    'loaded',
    multisetMatch(
      (gold.loadedTerms ?? []).map((x) => x.term),
      doc.loadedTerms.map((x) => x.text),
    ),
  );
  add(
    'hedges',
    multisetMatch(
      (gold.hedges ?? []).map((x) => x.cue),
      doc.hedges.map((x) => x.text),
    ),
  );
  add(
    'boosters',
    multisetMatch(
      (gold.boosters ?? []).map((x) => x.cue),
      doc.boosters.map((x) => x.text),
    ),
  );

  // favoured side where the strings match (the last gold entry of a string decides, as a dict does)
  const goldSides = new Map((gold.loadedTerms ?? []).map((x) => [norm(x.term), x.favours ?? null]));
  for (const term of doc.loadedTerms) {
    const side = goldSides.get(norm(term.text));
    if (side === undefined || side === null) continue;
    into.sideN++;
    into.sideOk += Number((term.favours ?? 'none').toLowerCase() === (side || 'none').toLowerCase());
  }

  const goldActors = gold.actors ?? [];
  const matched = new Set<number>();
  for (const actor of doc.actors) {
    const names = new Set([nameNorm(actor.name), ...actor.mentions.map(surface)]);
    const hit = goldActors.findIndex(
      (g, i) =>
        !matched.has(i) && [nameNorm(g.name), ...(g.aliases ?? []).map(nameNorm)].some((n) => names.has(n)),
    );
    if (hit < 0) counts.actors[1]++;
    else {
      matched.add(hit);
      counts.actors[0]++;
    }
  }
  counts.actors[2] += goldActors.length - matched.size;
}

export function kashmirFigures(counts: KashmirCounts, documents: number): KashmirFigures {
  const features = Object.fromEntries(KASHMIR_FEATURES.map((f) => [f, prf(...counts.features[f])])) as Record<
    KashmirFeature,
    FeatureFigures
  >;
  const found = counts.features.attributions[0] || 1;
  return {
    documents,
    features,
    speakerAccuracy: counts.speakerOk / found,
    anonymousAccuracy: counts.anonymousOk / found,
    anonymousRecall: counts.anonymousFound / Math.max(1, counts.anonymousFound + counts.anonymousMissed),
    sideAccuracy: counts.sideOk / Math.max(1, counts.sideN),
  };
}

/** score.py's output lines for a set of figures (same wording and rounding). */
export function formatLikeScorePy(f: KashmirFigures): string[] {
  const n = (x: number) => x.toFixed(3);
  return KASHMIR_FEATURES.map((key) => {
    const s = f.features[key];
    let line = `${key} P ${n(s.precision)} R ${n(s.recall)} F1 ${n(s.f1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
    if (key === 'attributions') {
      line += ` speaker-acc ${n(f.speakerAccuracy)} anonymous-acc ${n(f.anonymousAccuracy)} anonymous-recall ${n(f.anonymousRecall)}`;
    }
    if (key === 'loaded') line += ` side-acc ${n(f.sideAccuracy)}`;
    return line;
  });
}
