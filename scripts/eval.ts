/**
 * `npm run eval`: analyses corpus/ with the library, scores it against the hand-annotated gold in
 * tests/gold/, prints tables (or JSON with --json) and exits non-zero when a figure falls below
 * tests/gold/thresholds.json.
 *
 *   eval [--json] [--sentences] [--corpus DIR] [--gold DIR] [--thresholds FILE]
 *
 * --sentences also scores tests/gold/sentences.json (hand-written sentences in other outlets'
 * styles, a guard against tuning rules to the five sample articles); thresholds apply to the corpus.
 *
 * Exit codes: 0 ok, 1 a threshold failed, 2 the evaluation could not run (missing gold or
 * prediction, corpus text differs from the annotated text, bad arguments).
 * Only relative imports of ../src and node builtins, so it runs compiled or through a TS loader.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzePaths, analyzeText, loadLexicons } from '../src';
import type { Document } from '../src';
import { findFurniture } from '../src/parse/furniture';
import {
  buildAliasMap,
  checkThresholds,
  formatDocumentOverview,
  formatTable,
  scoreCorpus,
  type CorpusScore,
  type GoldDocument,
  type PredictedDocument,
  type ThresholdFailure,
  type Thresholds,
} from '../src/eval';

interface Options {
  json: boolean;
  sentences: boolean;
  corpusDir: string;
  goldDir: string;
  thresholdsFile: string;
}

class UsageError extends Error {}

/** The package root: scripts/ sits directly below it (scripts run from source with tsx). */
const PACKAGE_ROOT = path.join(__dirname, '..');

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    json: false,
    sentences: false,
    corpusDir: path.join(PACKAGE_ROOT, 'corpus'),
    goldDir: path.join(PACKAGE_ROOT, 'tests', 'gold'),
    thresholdsFile: path.join(PACKAGE_ROOT, 'tests', 'gold', 'thresholds.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return path.resolve(v);
    };
    if (arg === '--json') opts.json = true;
    else if (arg === '--sentences') opts.sentences = true;
    else if (arg === '--corpus') opts.corpusDir = value();
    else if (arg === '--gold') opts.goldDir = value();
    else if (arg === '--thresholds') opts.thresholdsFile = value();
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return opts;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** Gold documents: every tests/gold/*.json except the sentence set and the thresholds. */
function loadGold(goldDir: string): GoldDocument[] {
  const files = fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith('.json') && f !== 'sentences.json' && f !== 'thresholds.json')
    .sort();
  if (files.length === 0) throw new UsageError(`no gold files in ${goldDir}`);
  return files.map((f) => readJson<GoldDocument>(path.join(goldDir, f)));
}

/** Gazetteer names, aliases and metonyms → canonical name, so `Modi` and `Narendra Modi` agree. */
function gazetteerAliases(): Map<string, string> {
  const actors = loadLexicons().gazetteers.flatMap((g) => g.actors);
  return buildAliasMap(
    actors.map((a) => ({
      name: a.name,
      aliases: [...a.aliases, ...(a.caseSensitiveAliases ?? []), ...(a.metonyms ?? [])],
    })),
  );
}

/** The loader's furniture mask is not part of `Document`; it is recomputed from the same text. */
const withFurniture = (doc: Document): PredictedDocument => ({ ...doc, furniture: findFurniture(doc.text) });

function scoreArticles(opts: Options, aliases: Map<string, string>): CorpusScore {
  const gold = loadGold(opts.goldDir);
  const paths = fs
    .readdirSync(opts.corpusDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(opts.corpusDir, f));
  return scoreCorpus(analyzePaths(paths).map(withFurniture), gold, aliases);
}

type GoldSentence = GoldDocument & { text: string; style: string };

function scoreSentences(opts: Options, aliases: Map<string, string>): CorpusScore {
  const sentences = readJson<GoldSentence[]>(path.join(opts.goldDir, 'sentences.json'));
  const predicted = sentences.map((s) => withFurniture(analyzeText(s.text, { id: s.id })));
  return scoreCorpus(predicted, sentences, aliases);
}

/** Problems that make the numbers meaningless: reported, and the run fails with exit code 2. */
function fatalProblems(score: CorpusScore, label: string): string[] {
  return [
    ...score.missing.map((id) => `${label}: no prediction for gold document ${id}`),
    ...score.documents.flatMap((d) => d.warnings),
  ];
}

function printTables(articles: CorpusScore, sentences: CorpusScore | null): void {
  console.log(formatTable(`Corpus, micro over ${articles.documents.length} documents`, articles.micro));
  console.log('');
  console.log(formatDocumentOverview(articles));
  for (const d of articles.documents) {
    console.log('');
    console.log(formatTable(`Document ${d.id}`, d));
  }
  if (sentences) {
    console.log('');
    console.log(
      formatTable(`Test sentences, micro over ${sentences.documents.length} sentences`, sentences.micro),
    );
  }
  if (articles.unexpected.length)
    console.log(`\nNo gold for: ${articles.unexpected.join(', ')} (not scored)`);
}

function printFailures(failures: ThresholdFailure[], thresholdsFile: string): void {
  console.error(
    `\neval: ${failures.length} figure(s) below ${path.relative(process.cwd(), thresholdsFile)}:`,
  );
  for (const f of failures)
    console.error(
      `  ${f.metric}: ${f.value === null ? 'not measured' : f.value.toFixed(3)} < ${f.minimum} (${f.reason})`,
    );
}

function main(): number {
  const opts = parseArgs(process.argv.slice(2));
  const aliases = gazetteerAliases();
  const articles = scoreArticles(opts, aliases);
  const sentences = opts.sentences ? scoreSentences(opts, aliases) : null;
  const thresholds = fs.existsSync(opts.thresholdsFile) ? readJson<Thresholds>(opts.thresholdsFile) : {};
  const failures = checkThresholds(articles.micro, thresholds);
  const problems = [
    ...fatalProblems(articles, 'corpus'),
    ...(sentences ? fatalProblems(sentences, 'sentences') : []),
  ];
  if (opts.json)
    console.log(JSON.stringify({ corpus: articles, sentences, thresholds: { failures }, problems }, null, 2));
  else printTables(articles, sentences);
  if (problems.length) {
    console.error(`\neval: cannot trust these numbers:\n  ${problems.join('\n  ')}`);
    return 2;
  }
  if (failures.length) {
    printFailures(failures, opts.thresholdsFile);
    return 1;
  }
  if (!opts.json) console.log('\neval: all thresholds met');
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`eval: ${e.message}`);
    process.exitCode = 2;
  } else throw e;
}
