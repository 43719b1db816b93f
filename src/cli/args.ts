export type OutputFormat = 'json' | 'jsonl' | 'csv';

/** Standard input among the paths. */
export const STDIN = '-';

export interface AnalyzeArgs {
  /** Files and folders in the order given; `-` is standard input. */
  paths: string[];
  /** With `-`: read standard input as one plain-text document with this id (else as JSONL). */
  id: string | null;
  format: OutputFormat;
  out: string | null;
  lexicons: string[];
  gazetteers: string[];
  /** Shipped loaded-term lexicons to use, by name; null means all. */
  shippedLexicons: string[] | null;
  /** Shipped gazetteers to use, by name; null means all. */
  shippedGazetteers: string[] | null;
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

export const USAGE = `Usage: framing analyze <path>... [--format json|jsonl|csv] [--out FILE] [--id ID]
                       [--lexicon FILE]... [--gazetteer FILE]... [--lexicons NAME,...] [--gazetteers NAME,...]
                       [--skip-invalid] [--explain]
                       [--workers N] [--quiet] [--debug]
       framing help | --help        this text
       framing --version            the version

  <path>           a .txt/.md file (optional YAML front matter), a .jsonl or .csv file, or a folder;
                   - reads standard input: JSONL, or with --id one plain-text document
  --format         json (default): {"documents": [...]}; jsonl: one document per line;
                   csv: one row per document: id, every metadata field in the input, the summary
  --out FILE       write there (atomically) instead of standard output (- is standard output)
  --id ID          the id of the plain-text document read from standard input (-)
  --lexicon FILE   an extra loaded-term lexicon; entries override shipped ones with the same id
  --gazetteer FILE an extra gazetteer of actors
  --lexicons NAMES only these shipped loaded-term lexicons, comma-separated (e.g.
                   generic,us-politics: read a corpus through its own conflict's lexicons)
  --gazetteers NAMES only these shipped gazetteers, comma-separated (e.g. international,us-politics)
  --skip-invalid   skip documents that cannot be read, with a warning each, and analyse the rest
  --explain        add "explain" to the output: the sourcing pass that found each attribution,
                   and the rule that turned down each rejected cue (for error analysis)
  --workers N      analyse on N threads (default: one per core, or one thread for fewer than
                   50 documents); the output is the same for any N
  --quiet          no progress line (it is shown only when standard error is a terminal)
  --debug          show stack traces on errors

Exit status: 0 done; 1 bad input (a file that cannot be read or analysed: one line names it and
the line); 2 bad usage (an unknown command or option, a missing value).`;

const FORMATS: OutputFormat[] = ['json', 'jsonl', 'csv'];

/** A comma-separated list of names, blanks dropped. */
const names = (list: string): string[] =>
  list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

export function parseAnalyzeArgs(argv: string[]): AnalyzeArgs {
  const args: AnalyzeArgs = {
    paths: [],
    id: null,
    format: 'json',
    out: null,
    lexicons: [],
    gazetteers: [],
    shippedLexicons: null,
    shippedGazetteers: null,
    skipInvalid: false,
    workers: null,
    quiet: false,
    explain: false,
    debug: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--format') {
      const format = value();
      if (!FORMATS.includes(format as OutputFormat))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
      args.format = format as OutputFormat;
    } else if (arg === '--out') {
      const out = value();
      args.out = out === STDIN ? null : out; // `--out -`: standard output, as without --out
    } else if (arg === '--id') args.id = value();
    else if (arg === '--lexicon') args.lexicons.push(value());
    else if (arg === '--gazetteer') args.gazetteers.push(value());
    else if (arg === '--lexicons') args.shippedLexicons = names(value());
    else if (arg === '--gazetteers') args.shippedGazetteers = names(value());
    else if (arg === '--skip-invalid') args.skipInvalid = true;
    else if (arg === '--workers') {
      const workers = value();
      if (!/^[1-9][0-9]*$/.test(workers))
        throw new UsageError(`--workers must be a whole number of at least 1, not "${workers}"`);
      args.workers = Number(workers);
    } else if (arg === '--quiet') args.quiet = true;
    else if (arg === '--explain') args.explain = true;
    else if (arg === '--debug') args.debug = true;
    else if (arg.startsWith('-') && arg !== STDIN) throw new UsageError(`unknown option ${arg}`);
    else args.paths.push(arg);
  }
  if (args.paths.length === 0)
    throw new UsageError('give at least one file or folder to analyse, or - for standard input');
  const stdin = args.paths.filter((given) => given === STDIN).length;
  if (stdin > 1) throw new UsageError('- (standard input) can be given only once');
  if (args.id !== null && stdin === 0)
    throw new UsageError('--id names the document read from standard input: give - as well');
  if (args.id !== null && args.id.trim() === '') throw new UsageError('--id must not be empty');
  return args;
}
