import { parse as parseYaml } from 'yaml';
import type { Meta } from '../types';
import { InputError } from './errors';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

export interface SplitFile {
  meta: Meta;
  body: string;
}

/** Splits an optional YAML front matter block (`---` … `---`) from the verbatim body. */
export function splitFrontMatter(content: string, file: string): SplitFile {
  const opening = OPENING.exec(content);
  if (!opening) return { meta: {}, body: content };
  const rest = content.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new InputError(file, 'front matter opened with "---" on line 1 is never closed by a "---" line');
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length);
  return { meta: parseMeta(yamlText, file), body };
}

function parseMeta(yamlText: string, file: string): Meta {
  let value: unknown;
  try {
    value = parseYaml(yamlText);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(file, `malformed YAML front matter: ${reason}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(file, 'front matter must be a YAML mapping of keys to values');
  }
  return toMeta(value as Record<string, unknown>, file);
}

/** Meta values stay flat (they become table columns): dates become ISO strings, lists are rejected. */
export function toMeta(record: Record<string, unknown>, file: string, line: number | null = null): Meta {
  const meta: Meta = {};
  for (const [key, value] of Object.entries(record)) {
    if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10);
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) meta[key] = value as Meta[string];
    else throw new InputError(file, `metadata field "${key}" must be a string, number or boolean`, line);
  }
  return meta;
}
