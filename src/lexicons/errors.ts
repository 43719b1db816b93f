import * as path from 'path';

/**
 * Where a problem sits in a lexicon file. `entry` is the entry's id (or name/lemma) when it could be
 * read, otherwise its 0-based position; `list` names the array it sits in when that is not the
 * file's main list (`verbs`, `locations`...).
 */
export interface LexiconLocation {
  file: string;
  entry?: { key?: string; index: number; list?: string } | null;
  field?: string | null;
}

/**
 * A data file in `lexicons/` (or a user's extra file) is malformed. The message is one line that
 * names the file, the entry and the field, e.g.
 * `lexicons/loaded/kashmir.json: entry "iiojk" (#3): field "favours": must be one of ...`.
 */
export class LexiconError extends Error {
  /** The file as given to the loader, shown relative to the working directory when inside it. */
  readonly file: string;
  /** The entry's id/name/lemma when known, otherwise its 0-based position; null for file-level problems. */
  readonly entry: string | number | null;
  /** 0-based position of the entry in its list, or null. */
  readonly index: number | null;
  /** The offending field (`favours`, `variants[2]`), or null when the whole entry/file is at fault. */
  readonly field: string | null;
  /** The problem without the location prefix. */
  readonly problem: string;

  constructor(location: LexiconLocation, problem: string) {
    const file = displayPath(location.file);
    super(formatMessage(file, location, problem));
    this.name = 'LexiconError';
    this.file = file;
    this.entry = location.entry ? (location.entry.key ?? location.entry.index) : null;
    this.index = location.entry ? location.entry.index : null;
    this.field = location.field ?? null;
    this.problem = problem;
  }
}

function formatMessage(file: string, location: LexiconLocation, problem: string): string {
  const parts = [file];
  const entry = location.entry;
  if (entry) {
    const list = entry.list ? `${entry.list} ` : '';
    parts.push(entry.key !== undefined ? `${list}entry "${entry.key}" (#${entry.index})` : `${list}entry #${entry.index}`);
  }
  if (location.field) parts.push(`field "${location.field}"`);
  parts.push(problem);
  return parts.join(': ').replace(/\s*\n\s*/g, ' ');
}

/** Paths inside the working directory are shown relative to it, so messages stay short and stable. */
export function displayPath(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(process.cwd(), absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}
