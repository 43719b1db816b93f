export type OutputFormat = 'json' | 'jsonl' | 'csv';

export interface AnalyzeArgs {
  paths: string[];
  format: OutputFormat;
  out: string | null;
  lexicons: string[];
  gazetteers: string[];
  /** Shipped loaded-term lexicons to use, by name; null means all. */
  shippedLexicons: string[] | null;
  skipInvalid: boolean;
  /** Worker threads; null means one per available core. */
  workers: number | null;
  /** No progress line, even on a terminal. */
  quiet: boolean;
  /** Record which sourcing pass found each attribution and which rule turned each cue down. */
  explain: boolean;
  debug: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: framing analyze <path>... [--format json|jsonl|csv] [--out FILE]
                       [--lexicon FILE]... [--gazetteer FILE]... [--lexicons NAME,...]
                       [--skip-invalid] [--explain]
                       [--workers N] [--quiet] [--debug]

  <path>           a .txt/.md file (optional YAML front matter), a .jsonl or .csv file, or a folder
  --format         json (default): {"documents": [...]}; jsonl: one document per line;
                   csv: one row per document, its summary
  --out FILE       write there (atomically) instead of standard output
  --lexicon FILE   an extra loaded-term lexicon; entries override shipped ones with the same id
  --gazetteer FILE an extra gazetteer of actors
  --lexicons NAMES only these shipped loaded-term lexicons, comma-separated (e.g.
                   generic,us-politics: read a corpus through its own conflict's lexicons)
  --skip-invalid   skip documents that cannot be read, with a warning each, and analyse the rest
  --explain        add "explain" to the output: the sourcing pass that found each attribution,
                   and the rule that turned down each rejected cue (for error analysis)
  --workers N      analyse on N threads (default: one per core, or one thread for fewer than
                   50 documents); the output is the same for any N
  --quiet          no progress line (it is shown only when standard error is a terminal)
  --debug          show stack traces on errors`;

const FORMATS: OutputFormat[] = ['json', 'jsonl', 'csv'];

export function parseAnalyzeArgs(argv: string[]): AnalyzeArgs {
  const args: AnalyzeArgs = { paths: [], format: 'json', out: null, lexicons: [], gazetteers: [], shippedLexicons: null, skipInvalid: false, workers: null, quiet: false, explain: false, debug: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--format') {
      const format = value();
      if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
      args.format = format as OutputFormat;
    } else if (arg === '--out') args.out = value();
    else if (arg === '--lexicon') args.lexicons.push(value());
    else if (arg === '--gazetteer') args.gazetteers.push(value());
    else if (arg === '--lexicons') args.shippedLexicons = value().split(',').map((name) => name.trim()).filter((name) => name !== '');
    else if (arg === '--skip-invalid') args.skipInvalid = true;
    else if (arg === '--workers') {
      const workers = value();
      if (!/^[1-9][0-9]*$/.test(workers)) throw new UsageError(`--workers must be a whole number of at least 1, not "${workers}"`);
      args.workers = Number(workers);
    } else if (arg === '--quiet') args.quiet = true;
    else if (arg === '--explain') args.explain = true;
    else if (arg === '--debug') args.debug = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else args.paths.push(arg);
  }
  if (args.paths.length === 0) throw new UsageError('give at least one file or folder to analyse');
  return args;
}
