/**
 * `npm run eval:kashmir`: scores every feature against the Kashmir development set (28 articles
 * from Indian, Pakistani and international outlets, hand-annotated; see
 * ../shared/benchmarks/kashmir-dev/README.md), overall and per perspective.
 *
 *   eval:kashmir [--data DIR] [--json]
 *
 * --data DIR  the set's folder (holding articles/ and gold/); default
 *             ../shared/benchmarks/kashmir-dev resolved from the package root. Read at run time:
 *             the texts carry no licence and are never copied into the project.
 * --json      machine-readable output instead of the table
 *
 * The articles are read exactly as the set's to_jsonl.py writes them (headline, blank line, body;
 * the header lines become metadata), analysed with the default options (as `framing analyze`
 * does), and scored as the set's score.py scores them (src/eval/kashmir.ts; a test checks that
 * both print the same figures). Exit codes: 0 measured, 2 the folder is missing or the arguments
 * are bad.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createAnalyzer } from '../src';
import type { RawDocument } from '../src/corpus/types';
import type { Document } from '../src/types';
import {
  emptyCounts,
  formatLikeScorePy,
  kashmirFigures,
  scoreKashmirDocument,
  type KashmirCounts,
  type KashmirFigures,
  type KashmirGold,
} from '../src/eval/kashmir';

export class UsageError extends Error {}

const PACKAGE_ROOT = path.join(__dirname, '..');
export const defaultKashmirDir = (): string =>
  path.resolve(PACKAGE_ROOT, '..', 'shared', 'benchmarks', 'kashmir-dev');

export const PERSPECTIVES = ['indian', 'pakistani', 'international'] as const;

/** One article file as to_jsonl.py reads it: header lines to metadata, text = headline + body. */
export function readKashmirArticle(file: string): RawDocument {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const title = lines[0].trim();
  const head: Record<string, string> = {};
  let i = 1;
  while (i < lines.length && lines[i].trim() && lines[i].includes(':')) {
    const at = lines[i].indexOf(':');
    head[lines[i].slice(0, at).trim()] = lines[i].slice(at + 1).trim();
    i++;
  }
  const body = lines
    .slice(i)
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
  const source = head.source ?? '';
  const bar = source.indexOf('|');
  const meta = {
    title,
    outlet: (bar < 0 ? source : source.slice(0, bar)).trim(),
    url: bar < 0 ? '' : source.slice(bar + 1).trim(),
    perspective: head.perspective ?? '',
    event: head.event ?? '',
    date: head.date ?? '',
  };
  const id = path.basename(file, '.txt');
  return { id, meta, text: `${title}\n\n${body}`, origin: { file, line: null } };
}

export interface KashmirArticle {
  raw: RawDocument;
  gold: KashmirGold;
}

/** The articles in sorted file order, each with its gold; UsageError when something is missing. */
export function loadKashmirDev(dir: string): KashmirArticle[] {
  const articles = path.join(dir, 'articles');
  const gold = path.join(dir, 'gold');
  for (const needed of [dir, articles, gold]) {
    if (!fs.existsSync(needed))
      throw new UsageError(`Kashmir development set not found: ${needed} is missing (pass --data DIR)`);
  }
  return fs
    .readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const goldFile = path.join(gold, f.replace(/\.txt$/, '.json'));
      if (!fs.existsSync(goldFile)) throw new UsageError(`no gold for ${f}: ${goldFile} is missing`);
      return {
        raw: readKashmirArticle(path.join(articles, f)),
        gold: JSON.parse(fs.readFileSync(goldFile, 'utf8')),
      };
    });
}

export interface KashmirResult {
  dataDir: string;
  overall: KashmirFigures;
  perspectives: Record<string, KashmirFigures>;
}

/** Analyses each article once and scores it, overall and per perspective. */
export function evaluateKashmir(
  articles: KashmirArticle[],
  dataDir: string,
): KashmirResult & { documents: Document[] } {
  const analyzer = createAnalyzer();
  const overall = emptyCounts();
  const per = new Map<string, { counts: KashmirCounts; n: number }>();
  const documents: Document[] = [];
  for (const { raw, gold } of articles) {
    const doc = analyzer.analyze(raw);
    documents.push(doc);
    scoreKashmirDocument(gold, doc, overall);
    const perspective = String(raw.meta.perspective || 'unknown');
    const group = per.get(perspective) ?? { counts: emptyCounts(), n: 0 };
    scoreKashmirDocument(gold, doc, group.counts);
    group.n++;
    per.set(perspective, group);
  }
  const order = [
    ...PERSPECTIVES,
    ...[...per.keys()].filter((p) => !(PERSPECTIVES as readonly string[]).includes(p)).sort(),
  ];
  const perspectives: Record<string, KashmirFigures> = {};
  for (const p of order) {
    const group = per.get(p);
    if (group) perspectives[p] = kashmirFigures(group.counts, group.n);
  }
  return { dataDir, overall: kashmirFigures(overall, articles.length), perspectives, documents };
}

export function formatKashmir(r: KashmirResult): string {
  const n = (x: number) => x.toFixed(3);
  const columns = [
    '',
    'docs',
    'attr F1',
    'speaker',
    'anon R',
    'loaded F1',
    'side',
    'actors F1',
    'hedges F1',
    'boost F1',
  ];
  const row = (name: string, f: KashmirFigures) => [
    name,
    String(f.documents),
    n(f.features.attributions.f1),
    n(f.speakerAccuracy),
    n(f.anonymousRecall),
    n(f.features.loaded.f1),
    n(f.sideAccuracy),
    n(f.features.actors.f1),
    n(f.features.hedges.f1),
    n(f.features.boosters.f1),
  ];
  const rows = [
    columns,
    row('overall', r.overall),
    ...Object.entries(r.perspectives).map(([p, f]) => row(p, f)),
  ];
  const widths = columns.map((_, i) => Math.max(...rows.map((x) => x[i].length)));
  const line = (x: string[]) =>
    x.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `Kashmir development set (${r.overall.documents} articles) — ${r.dataDir}`,
    '',
    ...formatLikeScorePy(r.overall),
    '',
    line(rows[0]),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(1).map(line),
    '',
    'speaker: share of found attributions whose speaker matches the gold (name, alias or surname);',
    'anon R: recall of anonymous sources; side: favoured side right where the term strings match.',
  ].join('\n');
}

function main(argv: string[]): number {
  let dataDir = defaultKashmirDir();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--data' && argv[i + 1] !== undefined) dataDir = path.resolve(argv[++i]);
    else throw new UsageError(`unknown argument ${argv[i]} (usage: eval:kashmir [--data DIR] [--json])`);
  }
  const { documents: _documents, ...result } = evaluateKashmir(loadKashmirDev(dataDir), dataDir);
  console.log(json ? JSON.stringify(result, null, 2) : formatKashmir(result));
  return 0;
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`eval:kashmir: ${e.message}`);
      process.exitCode = 2;
    } else throw e;
  }
}
