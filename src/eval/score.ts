/**
 * Compares predicted `Document`s with the hand-annotated gold. Pure: no I/O; the alias map that
 * normalises actor names is passed in (built from the gazetteers by the caller).
 */
import { createHash } from 'node:crypto';
import type { Actor, Attribution, Cue, Document, LoadedTerm, Span } from '../types';
import { accuracy, accuracyOf, addAccuracy, addPrf, prf } from './metrics';
import { canonicalName } from './names';
import { matchOneToOne, overlaps, sameSpan, type Range } from './spans';
import type {
  Accuracy,
  ActorScore,
  AliasMap,
  AttributionScore,
  CorpusScore,
  DocumentScore,
  FeatureScores,
  FurnitureScore,
  GoldActor,
  GoldAttribution,
  GoldCue,
  GoldDocument,
  GoldLoadedTerm,
  LoadedTermScore,
  PredictedRoleOccurrence,
  Prf,
  Role,
  RoleScore,
  SpanFeatureScore,
} from './types';

/**
 * What the scorer reads from a prediction. `furniture` (the loader's mask) and per-mention actor
 * `roles` are optional extras the output contract does not carry; without them those scores are null.
 */
export type PredictedActor = Actor & { roles?: PredictedRoleOccurrence[] };
export type PredictedDocument = Omit<Document, 'actors'> & { actors: PredictedActor[]; furniture?: Range[] };

const ROLES: readonly Role[] = ['agent', 'patient', 'source'];
const identity = <T extends Range>(x: T): Range => x;

// ---------------------------------------------------------------------------------------------
// Attributions

export function scoreAttributions(
  gold: readonly GoldAttribution[],
  predicted: readonly Attribution[],
  aliases: AliasMap,
): AttributionScore {
  const m = matchOneToOne(
    gold,
    predicted,
    (g) => g.cue,
    (p) => p.cue,
    (g, p) => overlaps(g.cue, p.cue),
  );
  const pairs = m.pairs;
  return {
    detection: prf(pairs.length, m.unmatchedPredicted.length, m.unmatchedGold.length),
    source: accuracyOf(pairs, ({ gold: g, predicted: p }) => sourcesAgree(g.source, p.source)),
    speaker: accuracyOf(pairs, ({ gold: g, predicted: p }) => speakerAgrees(g, p.speaker, aliases)),
    speakers: accuracyOf(pairs, ({ gold: g, predicted: p }) =>
      speakersAgree(g, p.speakers ?? (p.speaker === null ? [] : [p.speaker]), aliases),
    ),
    sourceType: accuracyOf(pairs, ({ gold: g, predicted: p }) => g.sourceType === p.sourceType),
    anonymous: accuracyOf(pairs, ({ gold: g, predicted: p }) => g.anonymous === p.anonymous),
    mode: accuracyOf(pairs, ({ gold: g, predicted: p }) => g.mode === p.mode),
  };
}

/** Sources agree when both are absent or their spans overlap. */
function sourcesAgree(gold: Span | null, predicted: Span | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return overlaps(gold, predicted);
}

/** A coordinated gold source ("X and Y said") accepts any of its speakers. */
function speakerAgrees(gold: GoldAttribution, predicted: string | null, aliases: AliasMap): boolean {
  const goldSpeakers = gold.speakers.length > 0 ? gold.speakers : gold.speaker === null ? [] : [gold.speaker];
  if (predicted === null) return goldSpeakers.length === 0;
  const p = canonicalName(predicted, aliases);
  return goldSpeakers.some((s) => canonicalName(s, aliases) === p);
}

/** The same set of speakers: all of a coordinated source's, and none besides. */
function speakersAgree(gold: GoldAttribution, predicted: string[], aliases: AliasMap): boolean {
  const goldSpeakers = gold.speakers.length > 0 ? gold.speakers : gold.speaker === null ? [] : [gold.speaker];
  const want = new Set(goldSpeakers.map((name) => canonicalName(name, aliases)));
  const got = new Set(predicted.map((name) => canonicalName(name, aliases)));
  return want.size === got.size && [...want].every((name) => got.has(name));
}

// ---------------------------------------------------------------------------------------------
// Span features: loaded terms, hedges, boosters

function exactAndLenient<G extends Range, P extends Range>(gold: readonly G[], predicted: readonly P[]) {
  const exact = matchOneToOne(gold, predicted, identity, identity, sameSpan);
  const lenient = matchOneToOne(gold, predicted, identity, identity, overlaps);
  return {
    exact: prf(exact.pairs.length, exact.unmatchedPredicted.length, exact.unmatchedGold.length),
    lenient: prf(lenient.pairs.length, lenient.unmatchedPredicted.length, lenient.unmatchedGold.length),
    lenientPairs: lenient.pairs,
  };
}

export function scoreCues(gold: readonly GoldCue[], predicted: readonly Cue[]): SpanFeatureScore {
  const { exact, lenient, lenientPairs } = exactAndLenient(gold, predicted);
  return {
    exact,
    lenient,
    inQuote: accuracyOf(lenientPairs, ({ gold: g, predicted: p }) => g.inQuote === p.inQuote),
  };
}

export function scoreLoadedTerms(
  gold: readonly GoldLoadedTerm[],
  predicted: readonly LoadedTerm[],
): LoadedTermScore {
  const { exact, lenient, lenientPairs } = exactAndLenient(gold, predicted);
  return {
    exact,
    lenient,
    inQuote: accuracyOf(lenientPairs, ({ gold: g, predicted: p }) => g.inQuote === p.inQuote),
    category: accuracyOf(lenientPairs, ({ gold: g, predicted: p }) => g.category === p.category),
    favours: accuracyOf(
      lenientPairs,
      ({ gold: g, predicted: p }) => g.favours.toLowerCase() === p.favours.toLowerCase(),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Actors

interface LinkedSpan extends Range {
  actor: string;
}

/**
 * The gold lists named references only (tests/gold/README.md "Actors"); resolved role nouns and
 * pronouns (`via` role/pronoun) count through roles, not as mentions.
 */
const linkedMentions = (
  actors: readonly { name: string; mentions: readonly (Range & { via?: string })[] }[],
  aliases: AliasMap,
): LinkedSpan[] =>
  actors.flatMap((a) =>
    a.mentions
      .filter((m) => m.via !== 'role' && m.via !== 'pronoun')
      .map((m) => ({ start: m.start, end: m.end, actor: canonicalName(a.name, aliases) })),
  );

function setPrf(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): Prf {
  const tp = [...gold].filter((n) => predicted.has(n)).length;
  return prf(tp, predicted.size - tp, gold.size - tp);
}

type RoleCounts = Map<string, Record<Role, number>>;

/** Role counts per canonical actor; actors that normalise to the same name are merged. */
function roleCounts(
  actors: readonly { name: string; asAgent: number; asPatient: number; asSource: number }[],
  aliases: AliasMap,
): RoleCounts {
  const counts: RoleCounts = new Map();
  for (const a of actors) {
    const name = canonicalName(a.name, aliases);
    const c = counts.get(name) ?? { agent: 0, patient: 0, source: 0 };
    c.agent += a.asAgent;
    c.patient += a.asPatient;
    c.source += a.asSource;
    counts.set(name, c);
  }
  return counts;
}

/**
 * The contract reports roles as counts per actor, not per mention, so the fair comparison is per
 * (document, actor, role): min(gold, predicted) occurrences are credited. Recall is the share of
 * gold role occurrences credited; precision the share of predicted ones.
 */
export function scoreRoleCounts(
  gold: readonly GoldActor[],
  predicted: readonly PredictedActor[],
  aliases: AliasMap,
): Prf {
  const g = roleCounts(gold, aliases);
  const p = roleCounts(predicted, aliases);
  let matched = 0;
  let goldTotal = 0;
  let predTotal = 0;
  for (const [name, gc] of g) {
    const pc = p.get(name);
    for (const role of ROLES) {
      goldTotal += gc[role];
      if (pc) matched += Math.min(gc[role], pc[role]);
    }
  }
  for (const pc of p.values()) for (const role of ROLES) predTotal += pc[role];
  return prf(matched, predTotal - matched, goldTotal - matched);
}

/** Per gold role occurrence: a predicted occurrence of the same actor and role overlapping its span. */
export function scoreRolesByMention(
  gold: readonly GoldActor[],
  predicted: readonly PredictedActor[],
  aliases: AliasMap,
): Accuracy | null {
  if (!predicted.some((a) => Array.isArray(a.roles))) return null;
  const flatten = (actors: readonly { name: string; roles?: readonly { mention: Range; role: Role }[] }[]) =>
    actors.flatMap((a) =>
      (a.roles ?? []).map((r) => ({
        start: r.mention.start,
        end: r.mention.end,
        role: r.role,
        actor: canonicalName(a.name, aliases),
      })),
    );
  const goldOcc = flatten(gold);
  const m = matchOneToOne(
    goldOcc,
    flatten(predicted),
    identity,
    identity,
    (x, y) => x.actor === y.actor && x.role === y.role && overlaps(x, y),
  );
  return accuracy(m.pairs.length, goldOcc.length);
}

export function scoreActors(
  gold: readonly GoldActor[],
  predicted: readonly PredictedActor[],
  aliases: AliasMap,
): ActorScore {
  const goldNames = new Set(gold.map((a) => canonicalName(a.name, aliases)));
  const predNames = new Set(predicted.map((a) => canonicalName(a.name, aliases)));
  const gm = linkedMentions(gold, aliases);
  const pm = linkedMentions(predicted, aliases);
  const anyActor = matchOneToOne(gm, pm, identity, identity, overlaps);
  const sameActor = matchOneToOne(
    gm,
    pm,
    identity,
    identity,
    (x, y) => x.actor === y.actor && overlaps(x, y),
  );
  const roles: RoleScore = {
    counts: scoreRoleCounts(gold, predicted, aliases),
    byMention: scoreRolesByMention(gold, predicted, aliases),
  };
  return {
    names: setPrf(goldNames, predNames),
    mentions: prf(anyActor.pairs.length, anyActor.unmatchedPredicted.length, anyActor.unmatchedGold.length),
    linkedMentions: prf(
      sameActor.pairs.length,
      sameActor.unmatchedPredicted.length,
      sameActor.unmatchedGold.length,
    ),
    roles,
  };
}

// ---------------------------------------------------------------------------------------------
// Furniture

/** Offsets of non-whitespace characters covered by the spans: where a mask stops at a blank line is no error. */
function maskedCharacters(text: string, spans: readonly Range[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans)
    for (let i = s.start; i < s.end && i < text.length; i++) if (!/\s/.test(text[i])) out.add(i);
  return out;
}

export function scoreFurniture(
  text: string,
  gold: readonly Range[],
  predicted: readonly Range[] | undefined,
): FurnitureScore {
  if (predicted === undefined) return { characters: null };
  const g = maskedCharacters(text, gold);
  const p = maskedCharacters(text, predicted);
  const tp = [...p].filter((i) => g.has(i)).length;
  return { characters: prf(tp, p.size - tp, g.size - tp) };
}

// ---------------------------------------------------------------------------------------------
// Documents and corpus

function textWarnings(gold: GoldDocument, text: string): string[] {
  if (text.length !== gold.textLength)
    return [
      `${gold.id}: text length ${text.length} differs from the annotated ${gold.textLength}; offsets are meaningless`,
    ];
  if (gold.textSha256 && createHash('sha256').update(text, 'utf8').digest('hex') !== gold.textSha256) {
    return [`${gold.id}: text differs from the annotated text (sha256); offsets are meaningless`];
  }
  return [];
}

export function scoreDocument(
  predicted: PredictedDocument,
  gold: GoldDocument,
  aliases: AliasMap = new Map(),
): DocumentScore {
  return {
    id: gold.id,
    warnings: textWarnings(gold, predicted.text),
    attributions: scoreAttributions(gold.attributions, predicted.attributions, aliases),
    loadedTerms: scoreLoadedTerms(gold.loadedTerms, predicted.loadedTerms),
    hedges: scoreCues(gold.hedges, predicted.hedges),
    boosters: scoreCues(gold.boosters, predicted.boosters),
    actors: scoreActors(gold.actors, predicted.actors, aliases),
    furniture: scoreFurniture(predicted.text, gold.furniture, predicted.furniture),
  };
}

const addNullable = <T>(a: T | null, b: T | null, add: (x: T, y: T) => T): T | null =>
  a === null ? b : b === null ? a : add(a, b);

const addSpanFeature = (a: SpanFeatureScore, b: SpanFeatureScore): SpanFeatureScore => ({
  exact: addPrf(a.exact, b.exact),
  lenient: addPrf(a.lenient, b.lenient),
  inQuote: addAccuracy(a.inQuote, b.inQuote),
});

/** Sums the counts of two score sets; ratios are recomputed from the sums (micro average). */
export function addScores(a: FeatureScores, b: FeatureScores): FeatureScores {
  return {
    attributions: {
      detection: addPrf(a.attributions.detection, b.attributions.detection),
      source: addAccuracy(a.attributions.source, b.attributions.source),
      speaker: addAccuracy(a.attributions.speaker, b.attributions.speaker),
      speakers: addAccuracy(a.attributions.speakers, b.attributions.speakers),
      sourceType: addAccuracy(a.attributions.sourceType, b.attributions.sourceType),
      anonymous: addAccuracy(a.attributions.anonymous, b.attributions.anonymous),
      mode: addAccuracy(a.attributions.mode, b.attributions.mode),
    },
    loadedTerms: {
      ...addSpanFeature(a.loadedTerms, b.loadedTerms),
      category: addAccuracy(a.loadedTerms.category, b.loadedTerms.category),
      favours: addAccuracy(a.loadedTerms.favours, b.loadedTerms.favours),
    },
    hedges: addSpanFeature(a.hedges, b.hedges),
    boosters: addSpanFeature(a.boosters, b.boosters),
    actors: {
      names: addPrf(a.actors.names, b.actors.names),
      mentions: addPrf(a.actors.mentions, b.actors.mentions),
      linkedMentions: addPrf(a.actors.linkedMentions, b.actors.linkedMentions),
      roles: {
        counts: addPrf(a.actors.roles.counts, b.actors.roles.counts),
        byMention: addNullable(a.actors.roles.byMention, b.actors.roles.byMention, addAccuracy),
      },
    },
    furniture: { characters: addNullable(a.furniture.characters, b.furniture.characters, addPrf) },
  };
}

function emptyScores(): FeatureScores {
  const zeroPrf = prf(0, 0, 0);
  const zeroAcc = accuracy(0, 0);
  const span = { exact: zeroPrf, lenient: zeroPrf, inQuote: zeroAcc };
  return {
    attributions: {
      detection: zeroPrf,
      source: zeroAcc,
      speaker: zeroAcc,
      speakers: zeroAcc,
      sourceType: zeroAcc,
      anonymous: zeroAcc,
      mode: zeroAcc,
    },
    loadedTerms: { ...span, category: zeroAcc, favours: zeroAcc },
    hedges: span,
    boosters: span,
    actors: {
      names: zeroPrf,
      mentions: zeroPrf,
      linkedMentions: zeroPrf,
      roles: { counts: zeroPrf, byMention: null },
    },
    furniture: { characters: null },
  };
}

/**
 * Scores every gold document against the prediction with the same id. A gold document without a
 * prediction is listed in `missing` and left out of the totals (the command treats it as an error);
 * predictions without gold are listed in `unexpected`.
 */
export function scoreCorpus(
  predicted: readonly PredictedDocument[],
  gold: readonly GoldDocument[],
  aliases: AliasMap = new Map(),
): CorpusScore {
  const byId = new Map(predicted.map((d) => [d.id, d]));
  const goldIds = new Set(gold.map((g) => g.id));
  const documents: DocumentScore[] = [];
  const missing: string[] = [];
  for (const g of gold) {
    const p = byId.get(g.id);
    if (p) documents.push(scoreDocument(p, g, aliases));
    else missing.push(g.id);
  }
  return {
    documents,
    micro: documents.reduce<FeatureScores>((acc, d) => addScores(acc, d), emptyScores()),
    missing,
    unexpected: predicted.map((d) => d.id).filter((id) => !goldIds.has(id)),
  };
}
