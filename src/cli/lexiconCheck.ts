/**
 * `framing lexicon check FILE [--corpus PATH]...`: validates a loaded-term lexicon or a gazetteer of
 * one's own and, on a corpus, reports each entry's hits, the entries never matched and the overlaps
 * between entries. Exit 0 when valid (fields left to fill are listed; `--strict` makes them exit 1),
 * 1 for an invalid file or unreadable input, 2 for a usage error.
 */
import { readCorpus } from '../corpus/load';
import { describeError } from '../errors';
import { checkLexicon, type LexiconCheckReport } from '../suggest/check';
import { snippetLine } from '../suggest/context';
import { UsageError } from './args';
import type { CliIo } from './main';

export const LEXICON_USAGE = `Usage: framing lexicon check FILE [--corpus PATH]... [--lexicon FILE]... [--gazetteer FILE]...
                             [--lexicons NAME,...] [--gazetteers NAME,...] [--format text|json] [--strict]

  FILE             a loaded-term lexicon (with "entries") or a gazetteer (with "actors"), e.g. a
                   draft from suggestTerms / suggestActors; fields still "(fill in)" are listed
  --corpus PATH    files or folders to count each entry's hits on (as for framing analyze)
  --lexicon, --gazetteer, --lexicons   the other lexicons in use, as for framing analyze
  --gazetteers NAMES  only these shipped gazetteers, comma-separated (e.g. international)
  --format         text (default) or json
  --strict         exit 1 while any field is still to fill`;

interface CheckArgs {
  file: string;
  corpus: string[];
  lexicons: string[];
  gazetteers: string[];
  shippedLexicons?: string[];
  shippedGazetteers?: string[];
  format: 'text' | 'json';
  strict: boolean;
  debug: boolean;
}

function parseArgs(argv: string[]): CheckArgs {
  const [verb, ...rest] = argv;
  if (verb !== 'check')
    throw new UsageError(
      verb === undefined
        ? 'framing lexicon needs a verb: check'
        : `unknown lexicon verb "${verb}" (known: check)`,
    );
  const args: CheckArgs = {
    file: '',
    corpus: [],
    lexicons: [],
    gazetteers: [],
    format: 'text',
    strict: false,
    debug: false,
  };
  const files: string[] = [];
  const names = (text: string) =>
    text
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const next = rest[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--corpus') args.corpus.push(value());
    else if (arg === '--lexicon') args.lexicons.push(value());
    else if (arg === '--gazetteer') args.gazetteers.push(value());
    else if (arg === '--lexicons') args.shippedLexicons = names(value());
    else if (arg === '--gazetteers') args.shippedGazetteers = names(value());
    else if (arg === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format must be text or json, not "${format}"`);
      args.format = format;
    } else if (arg === '--strict') args.strict = true;
    else if (arg === '--debug') args.debug = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError('give exactly one lexicon or gazetteer file to check');
  args.file = files[0];
  return args;
}

export async function lexiconMain(argv: string[], io: CliIo): Promise<number> {
  let args: CheckArgs | null = null;
  try {
    args = parseArgs(argv);
    const report = checkLexicon(args.file, args.corpus.length > 0 ? readCorpus(args.corpus) : [], {
      lexicons: args.lexicons,
      gazetteers: args.gazetteers,
      shippedLexicons: args.shippedLexicons,
      shippedGazetteers: args.shippedGazetteers,
    });
    await io.stdout(args.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return args.strict && report.pending.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`framing lexicon: ${error.message}\n${LEXICON_USAGE}\n`);
      return 2;
    }
    io.stderr(
      `${args?.debug && error instanceof Error && error.stack ? error.stack : describeError(error)}\n`,
    );
    return 1;
  }
}

/** The report as a reader wants it: what is left to fill, then hits, the never matched, overlaps. */
export function formatReport(report: LexiconCheckReport): string {
  const lines: string[] = [];
  const what = report.kind === 'lexicon' ? 'loaded-term lexicon' : 'gazetteer';
  lines.push(`${report.file}: ${what} "${report.name}", ${report.entries.length} entries: valid`);
  if (report.pending.length > 0) {
    const byEntry = new Map<string, string[]>();
    for (const field of report.pending)
      byEntry.set(field.entry, [...(byEntry.get(field.entry) ?? []), field.field]);
    lines.push(
      `still to fill: ${report.pending.length} fields in ${byEntry.size} entries (it cannot be used for analysis until then)`,
    );
    for (const [entry, fields] of byEntry) lines.push(`  ${entry}: ${fields.join(', ')}`);
  }
  if (report.documents === 0) return `${lines.join('\n')}\n`;
  lines.push(`on ${report.documents} documents:`);
  lines.push('   hits  docs  entry');
  for (const entry of report.entries)
    lines.push(`${String(entry.hits).padStart(7)}${String(entry.documents).padStart(6)}  ${entry.entry}`);
  lines.push(
    `never matched: ${report.unmatched.length === 0 ? 'none' : `${report.unmatched.length}: ${report.unmatched.join(', ')}`}`,
  );
  lines.push(`overlaps: ${report.overlaps.length === 0 ? 'none' : ''}`.trimEnd());
  for (const overlap of report.overlaps) {
    const relation = overlap.kind === 'contains' ? 'contains a form of' : 'overlaps';
    lines.push(
      `  ${overlap.entry} ${relation} ${overlap.other}: ${overlap.count}× (the longest match wins), e.g. ${overlap.example.id}: ${snippetLine(overlap.example)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
