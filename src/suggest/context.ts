import * as fs from 'node:fs';
import * as path from 'node:path';

/** A keyword in context: the matched span and the text around it, on one line. */
export interface Snippet {
  /** The document's id. */
  id: string;
  /** `[start, end)` of the match in the document's verbatim text. */
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

/** `width` characters either side of `[start, end)`, whitespace runs shown as one space. */
export function snippet(id: string, text: string, start: number, end: number, width = 50): Snippet {
  const flat = (part: string) => part.replace(/\s+/g, ' ');
  return {
    id,
    start,
    end,
    left: flat(text.slice(Math.max(0, start - width), start)).trimStart(),
    match: flat(text.slice(start, end)),
    right: flat(text.slice(end, end + width)).trimEnd(),
  };
}

/** A snippet as one line: `left [match] right`. */
export function snippetLine(s: Snippet): string {
  return `${s.left}[${s.match}]${s.right}`;
}

/**
 * Writes a draft lexicon or gazetteer as the shipped files are written (two-space indent, final
 * newline), through a temporary file and a rename, so a reader never sees half a file.
 */
export function writeJsonFile(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

/** A kebab-case id for a term (`illegal aliens` → `illegal-aliens`); `term` when nothing is left. */
export function kebabId(text: string): string {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'term' : id;
}
