/**
 * PolNeAR attribution benchmark (`npm run eval:polnear`): the BRAT standoff parser, the gold-mode
 * rule and the scorer. Pure functions only; reading the files is `scripts/eval-polnear.ts`.
 *
 * PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution with a Cue, a Source and
 * a Content span; spans may be discontinuous. Offsets are code points; the train texts hold no
 * astral characters, so they equal the UTF-16 offsets our analyzer uses (the script checks every
 * gold span against the text).
 */

/** `[start, end)` into the article text. */
export interface Fragment {
  start: number;
  end: number;
}

/** A gold span: its fragments in order (`a b;c d`) and the overall `[min start, max end)`. */
export interface GoldSpan extends Fragment {
  fragments: Fragment[];
  /** The covered text as written in the .ann file (fragments joined by a space). */
  text: string;
}

export interface GoldAttribution {
  /** Event id, e.g. `E3`. */
  id: string;
  cue: GoldSpan;
  source: GoldSpan | null;
  content: GoldSpan | null;
}

export type Mode = 'direct' | 'indirect';

export interface GoldWithMode extends GoldAttribution {
  mode: Mode;
}

/** What the scorer needs of a prediction (a `types.ts` Attribution fits). */
export interface PredictedAttribution {
  cue: Fragment;
  source: Fragment | null;
  content: Fragment | null;
  mode: Mode;
}

export class BratError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'BratError';
  }
}

// ---------------------------------------------------------------------------------------------
// BRAT parsing

/** Event types that are attributions; `Attribution-no-source` events simply lack a Source role. */
const ATTRIBUTION_EVENTS = new Set(['attribution', 'attribution-no-source']);
/** Role names, compared case-insensitively after dropping a numeric suffix (`Content2`). */
const ROLES = new Set(['cue', 'source', 'content']);
/** Any BRAT annotation line starts with an id (`T12`, `E3`, `R1`, `A1`, `M1`, `N1`, `#1`, `*`) and a tab. */
const ID_LINE = /^([TERAMN#]\d+|\*)\t/;

interface TextBound {
  type: string;
  span: GoldSpan;
  line: number;
}

/**
 * Parses one PolNeAR `.ann` file into attributions, in event order.
 *
 * - `T` lines: `T1<TAB>Type start end[;start end...]<TAB>text`. Fragments are kept in order; the
 *   overall span is `[min start, max end)`.
 * - `E` lines whose type is `Attribution` or `Attribution-no-source`: roles `Cue`, `Source` and
 *   `Content` (case-insensitive, numbered variants like `Content2` merged into the same role, their
 *   fragments appended). A missing role is `null`, except the cue: an event without a `Cue` role
 *   takes its trigger's span (PolNeAR triggers are placed on the cue words). Other event types are
 *   ignored.
 * - Other annotation lines (`R`, `A`, `M`, `N`, `#` notes, `*`) are ignored, as are blank lines and
 *   the continuation lines BRAT writes when a `T` or `#` text field contains a line break.
 * - Anything else (a stray line not following a `T`/`#` line, a bad offset, an event argument that
 *   names an undefined `T`, an unknown role of an attribution) throws a `BratError` naming file and line.
 */
export function parseBrat(annText: string, file: string): GoldAttribution[] {
  const lines = annText.split(/\r?\n/);
  const bounds = new Map<string, TextBound>();
  const events: { id: string; args: string; line: number }[] = [];
  let continuable = false;
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.trim() === '') return;
    const m = ID_LINE.exec(raw);
    if (!m) {
      if (continuable) return; // text field of the previous T/# line spanning a line break
      throw new BratError(file, lineNo, `not a BRAT annotation line: ${JSON.stringify(raw.slice(0, 60))}`);
    }
    const id = m[1];
    const fields = raw.split('\t');
    const kind = id[0];
    continuable = kind === 'T' || kind === '#';
    if (kind === 'T') {
      if (fields.length < 2)
        throw new BratError(file, lineNo, `text-bound annotation ${id} has no type and offsets`);
      bounds.set(id, {
        ...parseTextBound(fields[1], fields.slice(2).join('\t'), file, lineNo, id),
        line: lineNo,
      });
    } else if (kind === 'E') {
      if (fields.length < 2 || fields[1].trim() === '')
        throw new BratError(file, lineNo, `event ${id} has no arguments`);
      events.push({ id, args: fields[1], line: lineNo });
    }
  });
  const out: GoldAttribution[] = [];
  for (const event of events) {
    const parsed = parseEvent(event.id, event.args, bounds, file, event.line);
    if (parsed) out.push(parsed);
  }
  return out;
}

function parseTextBound(
  typeAndOffsets: string,
  text: string,
  file: string,
  line: number,
  id: string,
): { type: string; span: GoldSpan } {
  const space = typeAndOffsets.indexOf(' ');
  if (space <= 0) throw new BratError(file, line, `text-bound annotation ${id} has no offsets`);
  const type = typeAndOffsets.slice(0, space);
  const fragments = typeAndOffsets
    .slice(space + 1)
    .split(';')
    .map((part) => {
      const fm = /^\s*(\d+)\s+(\d+)\s*$/.exec(part);
      if (!fm) throw new BratError(file, line, `bad offsets ${JSON.stringify(part)} in ${id}`);
      const start = Number(fm[1]);
      const end = Number(fm[2]);
      if (end < start)
        throw new BratError(file, line, `fragment ${start} ${end} of ${id} ends before it starts`);
      return { start, end };
    });
  return { type, span: makeSpan(fragments, text) };
}

function makeSpan(fragments: Fragment[], text: string): GoldSpan {
  return {
    start: Math.min(...fragments.map((f) => f.start)),
    end: Math.max(...fragments.map((f) => f.end)),
    fragments,
    text,
  };
}

function mergeSpans(a: GoldSpan | null, b: GoldSpan): GoldSpan {
  return a ? makeSpan([...a.fragments, ...b.fragments], `${a.text} ${b.text}`) : b;
}

function parseEvent(
  id: string,
  args: string,
  bounds: Map<string, TextBound>,
  file: string,
  line: number,
): GoldAttribution | null {
  const parts = args.trim().split(/\s+/);
  const lookup = (part: string): { name: string; bound: TextBound } => {
    const colon = part.lastIndexOf(':');
    if (colon <= 0) throw new BratError(file, line, `bad event argument ${JSON.stringify(part)} in ${id}`);
    const ref = part.slice(colon + 1);
    const bound = bounds.get(ref);
    if (!bound) throw new BratError(file, line, `event ${id} refers to undefined annotation ${ref}`);
    return { name: part.slice(0, colon), bound };
  };
  const trigger = lookup(parts[0]);
  if (!ATTRIBUTION_EVENTS.has(trigger.name.toLowerCase())) return null;
  let cue: GoldSpan | null = null;
  let source: GoldSpan | null = null;
  let content: GoldSpan | null = null;
  for (const part of parts.slice(1)) {
    const { name, bound } = lookup(part);
    const role = name.toLowerCase().replace(/\d+$/, '');
    if (!ROLES.has(role))
      throw new BratError(file, line, `unknown role ${JSON.stringify(name)} in attribution ${id}`);
    if (role === 'cue') cue = mergeSpans(cue, bound.span);
    else if (role === 'source') source = mergeSpans(source, bound.span);
    else content = mergeSpans(content, bound.span);
  }
  return { id, cue: cue ?? trigger.bound.span, source, content };
}

// ---------------------------------------------------------------------------------------------
// Gold mode

/**
 * Double-quoted regions of a text, `[start, end)` including the marks. Only double quotation marks
 * count: `"`, `“`, `”`, and two apostrophes `''` (the New York Times texts in PolNeAR write every
 * double quote that way; a longer run such as `,'''` is one mark). Single quotes are mostly
 * apostrophes and nest inside double ones, so they are ignored. Scanned paragraph by paragraph (a
 * line break closes an open quote: news style reopens a quote continued in the next paragraph).
 * Inside a paragraph, outside a quote, `“`, `"` or `''` opens; inside a quote, `”`, `"` or `''`
 * closes; a stray `”` outside a quote and a `“` inside one are ignored. A quote still open at the
 * paragraph end runs to it.
 */
export function doubleQuoteRegions(text: string): Fragment[] {
  const regions: Fragment[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let width = 1;
    let opens = ch === '“' || ch === '"';
    let closes = ch === '”' || ch === '"';
    if (ch === "'" && text[i + 1] === "'") {
      while (text[i + width] === "'") width++;
      opens = closes = true;
    }
    if (ch === '\n') {
      if (open >= 0) regions.push({ start: open, end: i });
      open = -1;
    } else if (open < 0 && opens) open = i;
    else if (open >= 0 && closes) {
      regions.push({ start: open, end: i + width });
      open = -1;
    }
    i += width - 1;
  }
  if (open >= 0) regions.push({ start: open, end: text.length });
  return regions;
}

/**
 * The gold mode of an attribution, derived from the text (PolNeAR does not annotate it): `direct`
 * when more than half of the letters and digits of its content (all fragments) stand inside
 * double-quoted regions (see `doubleQuoteRegions`), else `indirect`. So a fully quoted statement is
 * direct, a paraphrase with a quoted phrase or two (`said the plan was "a disaster"`) is indirect,
 * and an attribution without content is indirect. `regions` may be passed in to avoid rescanning.
 */
export function goldMode(
  text: string,
  content: GoldSpan | null,
  regions: Fragment[] = doubleQuoteRegions(text),
): Mode {
  if (!content) return 'indirect';
  const inside = new Uint8Array(text.length);
  let total = 0;
  let quoted = 0;
  for (const r of regions) if (r.end > content.start && r.start < content.end) inside.fill(1, r.start, r.end);
  for (const f of content.fragments) {
    for (let i = f.start; i < Math.min(f.end, text.length); i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
      total++;
      quoted += inside[i];
    }
  }
  return total > 0 && quoted * 2 > total ? 'direct' : 'indirect';
}

export function withGoldModes(text: string, gold: GoldAttribution[]): GoldWithMode[] {
  const regions = doubleQuoteRegions(text);
  return gold.map((g) => ({ ...g, mode: goldMode(text, g.content, regions) }));
}

// ---------------------------------------------------------------------------------------------
// Scoring

const overlap = (a: Fragment, b: Fragment): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Characters of `p` overlapping any fragment of `g` (0: no overlap). Empty predicted spans never overlap. */
export function overlapWithFragments(p: Fragment, g: GoldSpan): number {
  return g.fragments.reduce((sum, f) => sum + overlap(p, f), 0);
}

/** Both null: agree; one null: disagree; else the predicted span must overlap a gold fragment. */
function spanAgrees(p: Fragment | null, g: GoldSpan | null): boolean {
  if (!p || !g) return !p && !g;
  return overlapWithFragments(p, g) > 0;
}

export interface Counts {
  articles: number;
  gold: number;
  predicted: number;
  /** Gold attributions found: some predicted cue overlaps a fragment of the gold cue (recall numerator). */
  found: number;
  /** Predicted attributions whose cue overlaps some gold cue (precision numerator). */
  correct: number;
  /**
   * Predictions whose cue overlaps no gold cue but lies wholly inside a gold content fragment: an
   * attribution reported within another one (`she said he had told voters…`). PolNeAR is univocal —
   * each token belongs to at most one attribution — so the gold cannot annotate these; they are left
   * out of precision (neither correct nor false) and counted here.
   */
  nested: number;
  /** Of the found gold attributions: source, mode and content agreement with the paired prediction. */
  sourceCorrect: number;
  modeCorrect: number;
  contentCorrect: number;
  /** Gold direct quotes (gold mode, see goldMode) and how many of them were found: recall by mode. */
  goldDirect: number;
  foundDirect: number;
  /** Found gold direct quotes whose credited prediction is direct too. */
  modeCorrectDirect: number;
}

export interface Rates {
  /** correct / (predicted − nested). */
  precision: number;
  /** correct / predicted: nested attributions counted as false positives. */
  strictPrecision: number;
  /** F1 of strictPrecision and recall. */
  strictF1: number;
  recall: number;
  f1: number;
  sourceAccuracy: number;
  modeAccuracy: number;
  contentAccuracy: number;
  /** Recall on gold direct quotes and on the other (indirect) gold attributions. */
  recallDirect: number;
  recallIndirect: number;
}

export type Score = Counts & Rates;

export function emptyCounts(): Counts {
  return {
    articles: 0,
    gold: 0,
    predicted: 0,
    found: 0,
    correct: 0,
    nested: 0,
    sourceCorrect: 0,
    modeCorrect: 0,
    contentCorrect: 0,
    goldDirect: 0,
    foundDirect: 0,
    modeCorrectDirect: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as (keyof Counts)[]) out[key] = a[key] + b[key];
  return out;
}

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);
const f1Of = (precision: number, recall: number): number =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

export function rates(c: Counts): Score {
  const precision = ratio(c.correct, c.predicted - c.nested);
  const recall = ratio(c.found, c.gold);
  return {
    ...c,
    precision,
    strictPrecision: ratio(c.correct, c.predicted),
    strictF1: f1Of(ratio(c.correct, c.predicted), recall),
    recall,
    f1: f1Of(precision, recall),
    sourceAccuracy: ratio(c.sourceCorrect, c.found),
    modeAccuracy: ratio(c.modeCorrect, c.found),
    contentAccuracy: ratio(c.contentCorrect, c.found),
    recallDirect: ratio(c.foundDirect, c.goldDirect),
    recallIndirect: ratio(c.found - c.foundDirect, c.gold - c.goldDirect),
  };
}

export interface GoldOutcome<P> {
  gold: GoldWithMode;
  /** The prediction credited with it: of those whose cue overlaps the gold cue, the one overlapping most (ties: earliest cue). */
  predicted: P | null;
  source: boolean;
  mode: boolean;
  content: boolean;
}

export interface DocumentScore<P> {
  counts: Counts;
  gold: GoldOutcome<P>[];
  /** Predictions whose cue overlaps no gold cue nor lies inside a gold content (see Counts.nested). */
  falsePositives: P[];
  /** Predictions whose cue overlaps no gold cue but lies inside a gold content fragment. */
  nested: P[];
}

/**
 * Scores one article. A gold attribution is found when some predicted cue overlaps any fragment of
 * its cue; a prediction is correct when its cue overlaps some gold cue (a prediction overlapping two
 * gold cues counts once for precision, and may find both). Source, mode and content are judged on
 * found gold attributions against the single prediction credited with each (largest cue overlap,
 * ties to the earliest prediction by cue start, then end, then input order). A prediction that
 * overlaps no gold cue but whose cue lies wholly inside a fragment of a gold content is `nested`:
 * the univocal gold cannot hold it, so it does not count against precision.
 */
export function scorePolnear<P extends PredictedAttribution>(
  gold: GoldWithMode[],
  predicted: P[],
): DocumentScore<P> {
  const order = predicted
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.cue.start - b.p.cue.start || a.p.cue.end - b.p.cue.end || a.i - b.i)
    .map((x) => x.p);
  const counts = emptyCounts();
  counts.articles = 1;
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  counts.goldDirect = gold.filter((g) => g.mode === 'direct').length;
  const outcomes: GoldOutcome<P>[] = gold.map((g) => {
    let best: P | null = null;
    let bestOverlap = 0;
    for (const p of order) {
      const o = overlapWithFragments(p.cue, g.cue);
      if (o > bestOverlap) {
        best = p;
        bestOverlap = o;
      }
    }
    if (!best) return { gold: g, predicted: null, source: false, mode: false, content: false };
    const outcome = {
      gold: g,
      predicted: best,
      source: spanAgrees(best.source, g.source),
      mode: best.mode === g.mode,
      content: spanAgrees(best.content, g.content),
    };
    counts.found++;
    if (outcome.source) counts.sourceCorrect++;
    if (outcome.mode) counts.modeCorrect++;
    if (outcome.content) counts.contentCorrect++;
    if (g.mode === 'direct') {
      counts.foundDirect++;
      if (outcome.mode) counts.modeCorrectDirect++;
    }
    return outcome;
  });
  const unmatched = order.filter((p) => !gold.some((g) => overlapWithFragments(p.cue, g.cue) > 0));
  const insideContent = (p: P) =>
    gold.some(
      (g) =>
        g.content !== null && g.content.fragments.some((f) => f.start <= p.cue.start && p.cue.end <= f.end),
    );
  const nested = unmatched.filter(insideContent);
  const falsePositives = unmatched.filter((p) => !insideContent(p));
  counts.correct = predicted.length - unmatched.length;
  counts.nested = nested.length;
  return { counts, gold: outcomes, falsePositives, nested };
}

export interface ArticleScore {
  publisher: string;
  counts: Counts;
}

/** Micro totals over articles: overall and per publisher (publishers sorted by name). */
export function totals(articles: ArticleScore[]): { overall: Score; publishers: Record<string, Score> } {
  let overall = emptyCounts();
  const byPublisher = new Map<string, Counts>();
  for (const a of articles) {
    overall = addCounts(overall, a.counts);
    byPublisher.set(a.publisher, addCounts(byPublisher.get(a.publisher) ?? emptyCounts(), a.counts));
  }
  const publishers: Record<string, Score> = {};
  for (const name of [...byPublisher.keys()].sort()) publishers[name] = rates(byPublisher.get(name)!);
  return { overall: rates(overall), publishers };
}

// ---------------------------------------------------------------------------------------------
// Helpers for the report

/** `{filename (no .txt) → publisher}` from PolNeAR's metadata.tsv (columns found by header name). */
export function parseMetadata(tsv: string, file = 'metadata.tsv'): Map<string, string> {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) throw new BratError(file, 1, 'empty metadata file');
  const header = lines[0].split('\t');
  const fi = header.indexOf('filename');
  const pi = header.indexOf('publisher');
  if (fi < 0 || pi < 0) throw new BratError(file, 1, 'metadata header lacks filename or publisher');
  const out = new Map<string, string>();
  lines.slice(1).forEach((line) => {
    const cols = line.split('\t');
    if (cols[fi]) out.set(cols[fi], cols[pi] ?? '');
  });
  return out;
}

/**
 * Picks one annotation file per article: `name_<annotator>.ann` files grouped by article name, the
 * annotator id first in sorted (code-unit) order wins. Returns `{article → file name}`.
 */
export function chooseAnnotations(annFiles: string[]): Map<string, { file: string; annotators: string[] }> {
  const groups = new Map<string, string[]>();
  for (const f of annFiles) {
    const m = /^(.*)_([^_]+)\.ann$/.exec(f);
    if (!m) continue;
    groups.set(m[1], [...(groups.get(m[1]) ?? []), m[2]]);
  }
  const out = new Map<string, { file: string; annotators: string[] }>();
  for (const [article, annotators] of groups) {
    const sorted = [...annotators].sort();
    out.set(article, { file: `${article}_${sorted[0]}.ann`, annotators: sorted });
  }
  return out;
}

/** The sentence around `[start, end)`: back to the previous `.!?` + space or line break, forward likewise; capped. */
export function sentenceAround(text: string, start: number, end: number, cap = 320): Fragment {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !(/[.!?]/.test(text[s - 2] ?? '') && /\s/.test(text[s - 1]))) s--;
  let e = end;
  while (
    e < text.length &&
    text[e] !== '\n' &&
    !(/[.!?]/.test(text[e - 1] ?? '') && /\s/.test(text[e]) && e > end)
  )
    e++;
  if (e - s > cap) {
    s = Math.max(s, start - cap / 2);
    e = Math.min(e, end + cap / 2);
  }
  return { start: s, end: e };
}
