/**
 * `npm run bench`: how fast framing-kit analyses, and whether memory stays flat (issue #7).
 *
 *   bench [--sample N] [--rounds N] [--large N] [--workers N] [--profile] [--json] [--run-on-only]
 *
 * Builds dist/ (the CLI runs the compiled code), then writes a corpus to .tmp/bench/ by sampling,
 * with a fixed seed, the articles of corpus/ and the PolNeAR train texts
 * (../shared/benchmarks/polnear, read at run time; without it only corpus/ is sampled), and prints:
 *
 * - tokens/s of the bare wink-nlp parse (`nlp.readDoc`, the floor for this stack), of the same parse
 *   with each document read as in a fresh process, and of the full analysis in one thread (best of
 *   `--rounds` rounds, default 5, after each has read every sample text once; within a round the
 *   three take turns every 10 documents), and of the JS peer compromise
 *   (people/places/organizations/quotations), all on the same `--sample` texts (default 300) and
 *   counted in wink tokens; full / bare over all rounds, and each round's;
 * - `framing analyze` end to end (child process, JSONL to a file) on 1,000 documents and on `--large`
 *   documents (default 2,000; pass 100000 for the issue's size), each with 1 worker and with
 *   `--workers` (default: every core): documents/s, CPU seconds, the speed-up, the machine's own
 *   ceiling for it (that many independent one-worker runs at once), and peak RSS of the whole
 *   process (worker threads included). Peak RSS includes the headroom V8 leaves before collecting;
 *   the heap that stays live after a collection is flat (about 30 MB from 1,000 to 6,000 documents);
 * - 1,000 analysed documents → feature table (danfojs) + two charts rendered to SVG, in seconds;
 * - text with no sentence ends (issue #19): `framing analyze` on one document of 1 MB and one of
 *   4 MB of cue-dense words without a full stop (scripts/runOnText.ts), one worker, JSONL: CPU
 *   seconds, peak RSS and output bytes per input byte, and the 4 MB / 1 MB ratio of CPU time less
 *   start-up (the CPU time of a 1 KB run), which linear work puts near 4. `--run-on-only` runs
 *   only this part.
 *
 * --profile also runs the 1,000-document CLI once more under `node --cpu-prof` (one worker, so the
 * analysis is in the profiled thread) and lists the functions and files with the most self time.
 * Timings vary with the machine; nothing here is a test.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import nlpCompromise from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyzer, loadCorpus, type Document } from '../src';
import { loadedTermsBySide, sourceMix, toSVG } from '../src/charts/index';
import { featureTable, loadedTermRows, sourceMixRows } from '../src/table/index';
import { mulberry32 } from '../src/stats/random';
import { createIsolatedWink } from '../src/parse/wink';
import { runOnText } from './runOnText';

const ROOT = path.join(__dirname, '..');
const BENCH = path.join(ROOT, '.tmp', 'bench');
const POLNEAR = path.join(ROOT, '..', 'shared', 'benchmarks', 'polnear', 'train', 'text');

interface Options {
  sample: number;
  rounds: number;
  large: number;
  workers: number;
  profile: boolean;
  json: boolean;
  runOnOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    sample: 300,
    rounds: 5,
    large: 2000,
    workers: os.availableParallelism(),
    profile: false,
    json: false,
    runOnOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const count = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a whole number of at least 1`);
      return value;
    };
    if (arg === '--sample') options.sample = count();
    else if (arg === '--rounds') options.rounds = count();
    else if (arg === '--large') options.large = count();
    else if (arg === '--workers') options.workers = count();
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--run-on-only') options.runOnOnly = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

interface SourceText {
  source: string;
  text: string;
}

function sourceTexts(): SourceText[] {
  const texts: SourceText[] = loadCorpus([path.join(ROOT, 'corpus')]).map((document) => ({
    source: `corpus/${document.id}`,
    text: document.text,
  }));
  if (fs.existsSync(POLNEAR)) {
    for (const name of fs
      .readdirSync(POLNEAR)
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      texts.push({ source: `polnear/${name}`, text: fs.readFileSync(path.join(POLNEAR, name), 'utf8') });
    }
  } else {
    process.stderr.write(`note: ${POLNEAR} is missing; sampling corpus/ only\n`);
  }
  return texts.filter((entry) => entry.text.trim() !== '');
}

/** `count` documents drawn with replacement; each gets its own id, so the CLI accepts the file. */
function sampleTexts(texts: SourceText[], count: number, seed: number): SourceText[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => texts[Math.floor(random() * texts.length)]);
}

function writeJsonl(file: string, texts: SourceText[]): void {
  const fd = fs.openSync(file, 'w');
  texts.forEach((entry, i) =>
    fs.writeSync(
      fd,
      `${JSON.stringify({ id: `bench-${String(i + 1).padStart(6, '0')}`, source: entry.source, text: entry.text })}\n`,
    ),
  );
  fs.closeSync(fd);
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

interface CliRun {
  documents: number;
  workers: number;
  seconds: number;
  docsPerSecond: number;
  peakRssMb: number;
  /** User + system CPU time of the process, all threads: what the work costs, whatever else runs on the machine. */
  cpuSeconds: number;
}

/** One `framing analyze` in a child process on the compiled build; peak RSS covers its worker threads. */
async function runCli(
  corpus: string,
  documents: number,
  workers: number,
  options: { extraNodeArgs?: string[]; out?: string } = {},
): Promise<CliRun> {
  const out = options.out ?? path.join(BENCH, 'out.jsonl');
  const script = `require(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'main.js'))}).main(${JSON.stringify(['analyze', corpus, '--format', 'jsonl', '--out', out, '--workers', String(workers), '--quiet'])}).then((code) => { const usage = process.resourceUsage(); process.stdout.write(JSON.stringify({ code, maxRss: usage.maxRSS, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 })); process.exitCode = code; });`;
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.extraNodeArgs ?? []), '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`framing analyze on ${corpus} exited with ${code}`)),
    );
  });
  const elapsed = (performance.now() - started) / 1000;
  const { maxRss, cpu } = JSON.parse(output) as { code: number; maxRss: number; cpu: number };
  return {
    documents,
    workers,
    seconds: round(elapsed, 2),
    docsPerSecond: round(documents / elapsed, 1),
    peakRssMb: round(maxRss / 1024, 0),
    cpuSeconds: round(cpu, 2),
  };
}

/**
 * What the machine itself allows: `copies` independent one-worker runs at once, each on the whole
 * corpus, against one run alone. Worker threads cannot beat this — it is what the cores give when
 * nothing is shared. Speed-up = copies × one run's time / the time until every copy is done.
 */
async function machineCeiling(
  corpus: string,
  documents: number,
  copies: number,
  alone: CliRun,
): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: copies }, (_, i) =>
      runCli(corpus, documents, 1, { out: path.join(BENCH, `copy-${i}.jsonl`) }),
    ),
  );
  return round((copies * alone.seconds) / ((performance.now() - started) / 1000), 2);
}

const round3 = (value: number) => round(value, 3);

interface RunOnRun {
  inputBytes: number;
  cpuSeconds: number;
  peakRssMb: number;
  outputPerInputByte: number;
}

/**
 * `framing analyze` on one document of run-on text (cue-dense words, no sentence end) of 1 KB,
 * 1 MB and 4 MB. The 1 KB run is start-up alone; less it, linear work makes 4 MB cost 4 × 1 MB.
 */
async function runOnScaling(): Promise<{ runs: RunOnRun[]; cpuRatio: number }> {
  const runs: RunOnRun[] = [];
  for (const bytes of [1_000, 1_000_000, 4_000_000]) {
    const input = path.join(BENCH, `run-on-${bytes}.txt`);
    fs.writeFileSync(input, runOnText(bytes));
    const out = path.join(BENCH, 'run-on-out.jsonl');
    const run = await runCli(input, 1, 1, { out });
    const inputBytes = fs.statSync(input).size;
    runs.push({
      inputBytes,
      cpuSeconds: run.cpuSeconds,
      peakRssMb: run.peakRssMb,
      outputPerInputByte: round(fs.statSync(out).size / inputBytes, 1),
    });
  }
  const [startUp, one, four] = runs.map((run) => run.cpuSeconds);
  return { runs, cpuRatio: round((four - startUp) / Math.max(0.01, one - startUp), 2) };
}

function runOnLines(runOn: Awaited<ReturnType<typeof runOnScaling>>): string[] {
  return [
    'framing analyze on one document with no sentence end (cue-dense words; JSONL, 1 worker):',
    ...runOn.runs.map(
      (run) =>
        `  ${String(run.inputBytes).padStart(8)} bytes: CPU ${String(run.cpuSeconds).padStart(6)} s  peak RSS ${String(run.peakRssMb).padStart(5)} MB  output ${run.outputPerInputByte} bytes per input byte`,
    ),
    `  4 MB / 1 MB CPU time, less start-up (the 1 KB run): ${runOn.cpuRatio} ×   (linear: about 4)`,
  ];
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Self time per function and per file from a V8 .cpuprofile, largest first. */
function summarizeProfile(
  file: string,
  top: number,
): { functions: [string, number][]; files: [string, number][] } {
  interface Node {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)!.callFrame;
    const where = frame.url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '') || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + delta);
    files.set(where, (files.get(where) ?? 0) + delta);
    total += delta;
  });
  const share = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([name, time]) => [name, round((100 * time) / total, 1)] as [string, number]);
  return { functions: share(functions), files: share(files) };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  fs.mkdirSync(BENCH, { recursive: true });
  process.stderr.write('building dist/ …\n');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', ROOT], { stdio: 'inherit' });
  if (options.runOnOnly) {
    const runOn = await runOnScaling();
    process.stdout.write(
      options.json ? `${JSON.stringify({ runOn }, null, 2)}\n` : `${runOnLines(runOn).join('\n')}\n`,
    );
    return;
  }

  const texts = sourceTexts();
  const sample = sampleTexts(texts, options.sample, 7);

  // Throughput in one thread, on the same texts, counted in the same (wink) tokens.
  // Bare and full runs alternate, best of `--rounds` each: on a shared machine the fastest round is the
  // one least disturbed by other processes, and both see the same conditions.
  const wink = winkNLP(model);
  // The same parse with each document read as a fresh process reads it (what the analysis runs, see
  // src/parse/wink.ts): wink's own cache of learned words makes the plain parse faster on repeated texts.
  const freshWink = createIsolatedWink();
  const tokens = sample.reduce((sum, entry) => sum + wink.readDoc(entry.text).tokens().length(), 0);
  const analyzer = createAnalyzer();
  const raw = sample.map((entry, i) => ({
    id: `s${i}`,
    meta: {},
    text: entry.text,
    origin: { file: entry.source, line: null },
  }));
  // Warm-up on the same footing: the bare parse has read every sample text once (counting tokens
  // above), so the analysis reads every one once too before anything is timed.
  for (const document of raw) analyzer.analyze(document);
  // The three readers take turns every CHUNK documents, the one to start rotating, rather than round
  // by round: this machine's speed drifts within seconds (rounds of one run differed by up to 1.6 ×),
  // and taking turns this often lets every drift touch all three alike, while a chunk is still long
  // enough that each finds its own data in the processor's caches as a run of its own would.
  const CHUNK = 10;
  const readers = [
    (i: number) => wink.readDoc(sample[i].text),
    (i: number) => freshWink.readDoc(sample[i].text),
    (i: number) => analyzer.analyze(raw[i]),
  ];
  const best = [Infinity, Infinity, Infinity];
  const total = [0, 0, 0];
  // Each round's own ratio too: their spread shows how much the machine disturbed the measurement.
  const roundRatios: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const spent = [0, 0, 0];
    for (let from = 0, chunk = 0; from < sample.length; from += CHUNK, chunk++) {
      const to = Math.min(sample.length, from + CHUNK);
      for (let turn = 0; turn < readers.length; turn++) {
        const reader = (chunk + round + turn) % readers.length;
        const started = performance.now();
        for (let i = from; i < to; i++) readers[reader](i);
        spent[reader] += (performance.now() - started) / 1000;
      }
    }
    spent.forEach((value, reader) => {
      best[reader] = Math.min(best[reader], value);
      total[reader] += value;
    });
    roundRatios.push(round3(spent[0] / spent[2]));
  }
  const [bareSeconds, freshBareSeconds, fullSeconds] = best;
  for (const entry of sample.slice(0, 10)) nlpCompromise(entry.text).people().out('array'); // warm-up
  const compromiseSeconds = seconds(() => {
    for (const entry of sample) {
      const doc = nlpCompromise(entry.text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
      doc.quotations().out('array');
    }
  });
  const throughput = {
    documents: sample.length,
    tokens,
    bareTokensPerSecond: Math.round(tokens / bareSeconds),
    fullTokensPerSecond: Math.round(tokens / fullSeconds),
    compromiseTokensPerSecond: Math.round(tokens / compromiseSeconds),
    // Over every round: the time all rounds took, bare against full.
    fullOverBare: round(total[0] / total[2], 3),
    freshBareTokensPerSecond: Math.round(tokens / freshBareSeconds),
    fullOverFreshBare: round(total[1] / total[2], 3),
    roundRatios,
  };

  // End to end through the CLI: speed-up and peak memory.
  const small = path.join(BENCH, 'corpus-1000.jsonl');
  writeJsonl(small, sampleTexts(texts, 1000, 11));
  const large = path.join(BENCH, `corpus-${options.large}.jsonl`);
  writeJsonl(large, sampleTexts(texts, options.large, 13));
  const oneWorker = await runCli(small, 1000, 1);
  const manyWorkers = await runCli(small, 1000, options.workers);
  const documents = fs
    .readFileSync(path.join(BENCH, 'out.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Document);
  const ceiling = await machineCeiling(small, 1000, options.workers, oneWorker);
  // On the larger corpus the start-up of each thread (model, lexicons, compiling the code) weighs less.
  const largeOneWorker = await runCli(large, options.large, 1);
  const largeRun = await runCli(large, options.large, options.workers);

  // 1,000 documents → feature table + charts, through the library.
  const started = performance.now();
  const table = featureTable(documents);
  let chartError: string | null = null;
  let svgBytes = 0;
  try {
    for (const spec of [loadedTermsBySide(loadedTermRows(documents)), sourceMix(sourceMixRows(documents))])
      svgBytes += (await toSVG(spec)).length;
  } catch (error) {
    chartError = error instanceof Error ? error.message : String(error);
  }
  const tableAndCharts = {
    documents: documents.length,
    rows: table.shape[0],
    svgBytes,
    chartError,
    seconds: round((performance.now() - started) / 1000, 2),
  };

  const runOn = await runOnScaling();

  let profile: ReturnType<typeof summarizeProfile> | null = null;
  if (options.profile) {
    const directory = path.join(BENCH, 'profile');
    fs.rmSync(directory, { recursive: true, force: true });
    await runCli(small, 1000, 1, { extraNodeArgs: ['--cpu-prof', '--cpu-prof-dir', directory] });
    const file = fs
      .readdirSync(directory)
      .filter((name) => name.endsWith('.cpuprofile'))
      .sort()[0];
    profile = summarizeProfile(path.join(directory, file), 15);
  }

  const result = {
    machine: {
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
    },
    corpus: { sourceTexts: texts.length, polnear: fs.existsSync(POLNEAR) },
    throughput,
    cli: {
      oneWorker,
      manyWorkers,
      largeOneWorker,
      large: largeRun,
      speedup: round(oneWorker.seconds / manyWorkers.seconds, 2),
      largeSpeedup: round(largeOneWorker.seconds / largeRun.seconds, 2),
      machineCeiling: ceiling,
      rssGrowthMb: largeRun.peakRssMb - manyWorkers.peakRssMb,
    },
    tableAndCharts,
    runOn,
    profile,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const t = throughput;
  const lines = [
    `machine: ${result.machine.cores} cores (${result.machine.cpu}), Node ${result.machine.node}; ${texts.length} source texts${result.corpus.polnear ? ' (corpus/ + PolNeAR train)' : ' (corpus/ only)'}`,
    '',
    `one thread, ${t.documents} documents, ${t.tokens} tokens:`,
    `  bare wink-nlp parse (readDoc)   ${t.bareTokensPerSecond.toLocaleString('en-US')} tokens/s`,
    `  bare parse, documents isolated  ${t.freshBareTokensPerSecond.toLocaleString('en-US')} tokens/s   (each read as in a fresh process, as the analysis does)`,
    `  full analysis                   ${t.fullTokensPerSecond.toLocaleString('en-US')} tokens/s`,
    `  full / bare, over all ${options.rounds} rounds   ${t.fullOverBare} ×   (target ≥ 0.7; each round ${t.roundRatios.join(', ')}); ${t.fullOverFreshBare} × the isolated bare parse`,
    `  compromise people/places/orgs/quotations  ${t.compromiseTokensPerSecond.toLocaleString('en-US')} tokens/s`,
    '',
    'framing analyze (JSONL to a file, end to end including start-up):',
    ...[oneWorker, manyWorkers, largeOneWorker, largeRun].map(
      (run) =>
        `  ${String(run.documents).padStart(6)} docs, ${run.workers} worker(s): ${String(run.seconds).padStart(7)} s  ${String(run.docsPerSecond).padStart(6)} docs/s  CPU ${run.cpuSeconds} s  peak RSS ${run.peakRssMb} MB`,
    ),
    `  load average while running: ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores (other processes make the speed-up smaller than the code allows)`,
    `  speed-up ${options.workers} workers vs 1: ${result.cli.speedup} × on 1000 docs, ${result.cli.largeSpeedup} × on ${options.large}   (target ≥ 1.8 with 2)`,
    `  the machine's own ceiling: ${options.workers} independent 1-worker runs at once finish ${ceiling} × as fast as one (nothing shared; threads cannot beat it)`,
    `  peak RSS ${manyWorkers.documents} → ${largeRun.documents} docs: ${manyWorkers.peakRssMb} → ${largeRun.peakRssMb} MB`,
    '',
    tableAndCharts.chartError === null
      ? `1,000 documents → feature table (${tableAndCharts.rows} rows) + 2 charts as SVG: ${tableAndCharts.seconds} s   (target < 10 s)`
      : `1,000 documents → feature table (${tableAndCharts.rows} rows) + 2 charts as SVG: the charts FAILED (${tableAndCharts.chartError}) after ${tableAndCharts.seconds} s`,
    '',
    ...runOnLines(runOn),
  ];
  if (profile) {
    lines.push(
      '',
      'profile (1 worker, 1,000 docs), self time — top files:',
      ...profile.files.map(([name, share]) => `  ${String(share).padStart(5)} %  ${name}`),
    );
    lines.push(
      'top functions:',
      ...profile.functions.map(([name, share]) => `  ${String(share).padStart(5)} %  ${name}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
