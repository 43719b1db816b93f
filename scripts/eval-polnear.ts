/**
 * `npm run eval:polnear`: scores the attribution feature against PolNeAR's train split (840 US
 * political news articles, 2016, seven publishers; see ../shared/benchmarks/polnear/README.md).
 *
 *   eval:polnear [--data DIR] [--json] [--limit N] [--publisher X] [--errors K]
 *
 * --data DIR     the PolNeAR folder (holding metadata.tsv and train/); default
 *                ../shared/benchmarks/polnear resolved from the package root. Read at run time,
 *                never copied into the project.
 * --limit N      only the first N articles in sorted file-name order (after --publisher)
 * --publisher X  only articles of publisher X (metadata.tsv codes: breitbart, huff-post, nyt, ...)
 * --errors K     also print K false positives and K false negatives with their sentence (spread
 *                evenly over the sorted list of all of them, so deterministic) and the most
 *                frequent cue words among each
 * --json         machine-readable output instead of the table
 *
 * Articles annotated by several annotators (16 in train) are scored against one file: the
 * annotator id first in sorted order. Definitions of found / correct / source / mode / content:
 * src/eval/polnear.ts. Only the attribution feature is scored; loaded terms and hedging are
 * switched off for speed (they do not feed attributions), actors stay on (they do).
 *
 * Exit codes: 0 ok (no thresholds here: it measures), 2 the data folder is missing, a file is
 * malformed or the arguments are bad.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer } from '../src';
import type { Attribution } from '../src';
import {
  BratError,
  chooseAnnotations,
  parseBrat,
  parseMetadata,
  scorePolnear,
  sentenceAround,
  totals,
  withGoldModes,
  type ArticleScore,
  type GoldWithMode,
  type Score,
} from '../src/eval/polnear';

export class UsageError extends Error {}

export interface Options {
  dataDir: string;
  json: boolean;
  limit: number | null;
  publisher: string | null;
  errors: number;
}

export interface PolnearArticle {
  id: string;
  publisher: string;
  text: string;
  annotationFile: string;
  annotators: string[];
  gold: GoldWithMode[];
}

/** The package root: scripts/ sits directly below it (scripts run from source with tsx). */
const PACKAGE_ROOT = path.join(__dirname, '..');

export const defaultDataDir = (): string =>
  path.resolve(PACKAGE_ROOT, '..', 'shared', 'benchmarks', 'polnear');

function parseArgs(argv: string[]): Options {
  const opts: Options = { dataDir: defaultDataDir(), json: false, limit: null, publisher: null, errors: 0 };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const count = (v: string, flag: string): number => {
    if (!/^\d+$/.test(v))
      throw new UsageError(`${flag} takes a non-negative whole number, not ${JSON.stringify(v)}`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') opts.json = true;
    else if (arg === '--data') opts.dataDir = path.resolve(value(i++, arg));
    else if (arg === '--limit') opts.limit = count(value(i++, arg), arg);
    else if (arg === '--publisher') opts.publisher = value(i++, arg);
    else if (arg === '--errors') opts.errors = count(value(i++, arg), arg);
    else
      throw new UsageError(
        `unknown argument ${arg} (usage: eval:polnear [--data DIR] [--json] [--limit N] [--publisher X] [--errors K])`,
      );
  }
  return opts;
}

/**
 * Reads the train split: articles in sorted file-name order, each with its publisher and gold
 * attributions (one annotator's file, see chooseAnnotations). Throws UsageError when the folder or
 * a part of it is missing, BratError on a malformed annotation line.
 */
export function loadPolnear(
  dataDir: string,
  filter: { limit?: number | null; publisher?: string | null } = {},
): PolnearArticle[] {
  const textDir = path.join(dataDir, 'train', 'text');
  const annDir = path.join(dataDir, 'train', 'attributions');
  const metaFile = path.join(dataDir, 'metadata.tsv');
  for (const needed of [dataDir, textDir, annDir, metaFile]) {
    if (!fs.existsSync(needed))
      throw new UsageError(`PolNeAR data not found: ${needed} is missing (pass --data DIR)`);
  }
  const meta = parseMetadata(fs.readFileSync(metaFile, 'utf8'), metaFile);
  const annotations = chooseAnnotations(fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')));
  let ids = fs
    .readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  if (filter.publisher) {
    const known = new Set(ids.map((id) => meta.get(id)));
    if (!known.has(filter.publisher))
      throw new UsageError(
        `no articles of publisher ${JSON.stringify(filter.publisher)} (known: ${[...known].sort().join(', ')})`,
      );
    ids = ids.filter((id) => meta.get(id) === filter.publisher);
  }
  if (filter.limit != null) ids = ids.slice(0, filter.limit);
  return ids.map((id) => {
    const ann = annotations.get(id);
    if (!ann) throw new UsageError(`no annotation file for ${id} in ${annDir}`);
    const publisher = meta.get(id);
    if (!publisher) throw new UsageError(`${id} is not in ${metaFile}`);
    const text = fs.readFileSync(path.join(textDir, `${id}.txt`), 'utf8');
    const annPath = path.join(annDir, ann.file);
    const gold = withGoldModes(text, parseBrat(fs.readFileSync(annPath, 'utf8'), annPath));
    for (const g of gold) {
      for (const span of [g.cue, g.source, g.content]) {
        if (span && span.end > text.length)
          throw new BratError(
            annPath,
            0,
            `span ${span.start}-${span.end} of ${g.id} runs past the text (${text.length} chars)`,
          );
      }
    }
    return { id, publisher, text, annotationFile: ann.file, annotators: ann.annotators, gold };
  });
}

export interface ErrorExample {
  article: string;
  kind: 'FP' | 'FN';
  cue: string;
  /** The sentence with the cue in [[ ]]. */
  sentence: string;
  /** FN: the gold source and content; FP: the predicted ones. */
  source: string | null;
  content: string | null;
}

export interface PolnearResult {
  dataDir: string;
  split: 'train';
  annotatorChoice: string;
  articles: number;
  overall: Score;
  publishers: Record<string, Score>;
  seconds: { total: number; analyze: number };
  falsePositives: ErrorExample[];
  falseNegatives: ErrorExample[];
  /** Lower-cased cue text → count, most frequent first (only with --errors). */
  topMissedCues: [string, number][];
  topFalseCues: [string, number][];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function example(
  article: PolnearArticle,
  kind: 'FP' | 'FN',
  cue: { start: number; end: number },
  source: string | null,
  content: string | null,
): ErrorExample {
  const { text } = article;
  const s = sentenceAround(text, cue.start, cue.end);
  const sentence = squash(
    `${text.slice(s.start, cue.start)}[[${text.slice(cue.start, cue.end)}]]${text.slice(cue.end, s.end)}`,
  );
  return {
    article: article.id,
    kind,
    cue: squash(text.slice(cue.start, cue.end)),
    sentence,
    source,
    content: content && content.length > 160 ? content.slice(0, 157) + '...' : content,
  };
}

function spread<T>(items: T[], k: number): T[] {
  if (k >= items.length) return items;
  return Array.from({ length: k }, (_, i) => items[Math.floor((i * items.length) / k)]);
}

function topCounts(words: string[], n = 25): [string, number][] {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}

/** Analyses every article once with one compiled analyzer and scores it. */
export function evaluatePolnear(articles: PolnearArticle[], dataDir: string, errors = 0): PolnearResult {
  const t0 = performance.now();
  const analyzer = createAnalyzer({ features: { loadedTerms: false, hedging: false } });
  const scores: ArticleScore[] = [];
  const fps: ErrorExample[] = [];
  const fns: ErrorExample[] = [];
  let analyzeMs = 0;
  for (const article of articles) {
    const a0 = performance.now();
    const doc = analyzer.analyze({
      id: article.id,
      meta: { publisher: article.publisher },
      text: article.text,
      origin: { file: article.id + '.txt', line: null },
    });
    analyzeMs += performance.now() - a0;
    if (doc.text !== article.text)
      throw new UsageError(`analyzer changed the text of ${article.id}: spans would not line up`);
    const result = scorePolnear<Attribution>(article.gold, doc.attributions);
    scores.push({ publisher: article.publisher, counts: result.counts });
    if (errors > 0) {
      for (const p of result.falsePositives)
        fps.push(example(article, 'FP', p.cue, p.source?.text ?? null, p.content?.text ?? null));
      for (const o of result.gold) {
        if (!o.predicted)
          fns.push(
            example(article, 'FN', o.gold.cue, o.gold.source?.text ?? null, o.gold.content?.text ?? null),
          );
      }
    }
  }
  const { overall, publishers } = totals(scores);
  return {
    dataDir,
    split: 'train',
    annotatorChoice: 'one .ann per article: the annotator id first in sorted order',
    articles: articles.length,
    overall,
    publishers,
    seconds: { total: (performance.now() - t0) / 1000, analyze: analyzeMs / 1000 },
    falsePositives: spread(fps, errors),
    falseNegatives: spread(fns, errors),
    topMissedCues: errors > 0 ? topCounts(fns.map((e) => e.cue.toLowerCase())) : [],
    topFalseCues: errors > 0 ? topCounts(fps.map((e) => e.cue.toLowerCase())) : [],
  };
}

const pct = (x: number) => (100 * x).toFixed(1);

export function formatResult(r: PolnearResult): string {
  const head = [
    '',
    'articles',
    'gold',
    'pred',
    'nested',
    'found',
    'correct',
    'P',
    'P strict',
    'R',
    'F1',
    'F1 strict',
    'source',
    'mode',
    'content',
    'R dir',
    'R ind',
  ];
  const row = (name: string, s: Score) =>
    [
      name,
      s.articles,
      s.gold,
      s.predicted,
      s.nested,
      s.found,
      s.correct,
      pct(s.precision),
      pct(s.strictPrecision),
      pct(s.recall),
      pct(s.f1),
      pct(s.strictF1),
      pct(s.sourceAccuracy),
      pct(s.modeAccuracy),
      pct(s.contentAccuracy),
      pct(s.recallDirect),
      pct(s.recallIndirect),
    ].map(String);
  const rows = [
    head,
    row('overall', r.overall),
    ...Object.entries(r.publishers).map(([name, s]) => row(name, s)),
  ];
  const widths = head.map((_, i) => Math.max(...rows.map((x) => x[i].length)));
  const line = (x: string[]) =>
    x.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [
    `PolNeAR train — attributions (${r.articles} articles; ${r.annotatorChoice})`,
    '',
    line(rows[0]),
    line(widths.map((w) => '-'.repeat(w))),
    line(rows[1]),
    ...rows.slice(2).map(line),
    '',
    'found: gold attributions whose cue some predicted cue overlaps (recall numerator); correct: predictions whose cue overlaps a gold cue',
    '(precision numerator); nested: predictions overlapping no gold cue whose cue lies inside a gold content (PolNeAR is univocal and cannot',
    'annotate an attribution inside another): P = correct / (pred - nested), P strict = correct / pred.',
    'source/mode/content: % of found gold where the credited prediction agrees (span overlap; both null agree).',
    `R dir / R ind: recall on the ${r.overall.goldDirect} gold direct quotes (content mostly inside double quotes) / on the other gold attributions.`,
    `mode on gold direct quotes: ${pct(r.overall.foundDirect ? r.overall.modeCorrectDirect / r.overall.foundDirect : 0)}% of ${r.overall.foundDirect}; ` +
      `on gold indirect: ${pct(r.overall.found - r.overall.foundDirect ? (r.overall.modeCorrect - r.overall.modeCorrectDirect) / (r.overall.found - r.overall.foundDirect) : 0)}% of ${r.overall.found - r.overall.foundDirect}`,
    `wall time ${r.seconds.total.toFixed(1)} s (analysis ${r.seconds.analyze.toFixed(1)} s, ${r.articles ? ((1000 * r.seconds.analyze) / r.articles).toFixed(0) : 0} ms/article)`,
  ];
  const examples = (title: string, list: ErrorExample[]) => {
    if (!list.length) return;
    out.push('', title);
    for (const e of list) {
      out.push(`- ${e.article}: ${e.sentence}`);
      out.push(
        `    source: ${e.source === null ? '—' : JSON.stringify(squash(e.source))}; content: ${e.content === null ? '—' : JSON.stringify(squash(e.content))}`,
      );
    }
  };
  examples('False negatives (gold cue no prediction overlaps), gold source/content:', r.falseNegatives);
  examples(
    'False positives (predicted cue overlapping no gold cue), predicted source/content:',
    r.falsePositives,
  );
  const tops = (title: string, list: [string, number][]) => {
    if (list.length) out.push('', title, '  ' + list.map(([w, n]) => `${w} ${n}`).join(', '));
  };
  tops('Most frequent missed gold cues:', r.topMissedCues);
  tops('Most frequent false-positive cues:', r.topFalseCues);
  return out.join('\n');
}

function main(): number {
  const t0 = performance.now();
  const opts = parseArgs(process.argv.slice(2));
  const articles = loadPolnear(opts.dataDir, { limit: opts.limit, publisher: opts.publisher });
  const result = evaluatePolnear(articles, opts.dataDir, opts.errors);
  result.seconds.total = (performance.now() - t0) / 1000;
  console.log(opts.json ? JSON.stringify(result, null, 2) : formatResult(result));
  return 0;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  try {
    process.exitCode = main();
  } catch (e) {
    if (e instanceof UsageError || e instanceof BratError) {
      console.error(`eval:polnear: ${e.message}`);
      process.exitCode = 2;
    } else throw e;
  }
}
