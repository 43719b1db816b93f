import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../corpus/errors';
import type { RawDocument } from '../corpus/types';
import type { Meta } from '../types';

/** Metadata columns carried into `meta`, in this order; the rest (annotators, counts) is benchmark bookkeeping. */
const META_COLUMNS = ['publisher', 'publication_date', 'author', 'title', 'wire'] as const;
/** How metadata.tsv spells "no value". */
const MISSING = new Set(['', 'None', 'NA']);

/**
 * PolNeAR's train split as a corpus: one document per `train/text/*.txt` (sorted by file name),
 * with `meta` from `metadata.tsv` (publisher, publication_date, author, title, wire). The texts are
 * read in place, never copied (the benchmark's licence asks for that).
 * Throws InputError naming the folder or file when something is missing.
 */
export function polnearDocuments(root: string, options: { limitPerPublisher?: number } = {}): RawDocument[] {
  const textDir = join(root, 'train', 'text');
  const metadataFile = join(root, 'metadata.tsv');
  if (!existsSync(textDir))
    throw new InputError(textDir, 'PolNeAR texts not found (expected <root>/train/text/*.txt)');
  if (!existsSync(metadataFile)) throw new InputError(metadataFile, 'PolNeAR metadata not found');
  const metadata = readMetadata(metadataFile);
  const taken = new Map<string, number>();
  const documents: RawDocument[] = [];
  for (const name of readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = name.slice(0, -'.txt'.length);
    const meta = metadata.get(id);
    if (!meta) throw new InputError(metadataFile, `no metadata row for ${name}`);
    const publisher = String(meta.publisher);
    const count = taken.get(publisher) ?? 0;
    if (options.limitPerPublisher !== undefined && count >= options.limitPerPublisher) continue;
    taken.set(publisher, count + 1);
    documents.push({
      id,
      meta,
      text: readFileSync(join(textDir, name), 'utf8'),
      origin: { file: join(textDir, name), line: null },
    });
  }
  return documents;
}

function readMetadata(file: string): Map<string, Meta> {
  const [header, ...rows] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t');
  const index = (name: string): number => {
    const at = columns.indexOf(name);
    if (at < 0) throw new InputError(file, `header has no "${name}" column`, 1);
    return at;
  };
  const filename = index('filename');
  const wanted = META_COLUMNS.map((name) => [name, index(name)] as const);
  const out = new Map<string, Meta>();
  for (const row of rows) {
    const cells = row.split('\t');
    const meta: Meta = {};
    for (const [name, at] of wanted) meta[name] = MISSING.has(cells[at] ?? '') ? null : cells[at];
    out.set(cells[filename], meta);
  }
  return out;
}
