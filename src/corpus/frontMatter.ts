import { parse as parseYaml, YAMLParseError } from 'yaml';
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
  if (!closing) throw new InputError(file, 'front matter opened with "---" on line 1 is never closed by a "---" line', 1);
  const yamlText = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length);
  return { meta: parseMeta(yamlText, file), body };
}

/** The YAML block starts on the file's second line, after the opening `---`. */
const YAML_FIRST_LINE = 2;

function parseMeta(yamlText: string, file: string): Meta {
  let value: unknown;
  try {
    value = parseYaml(yamlText);
  } catch (error) {
    throw malformedYaml(error, file);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(file, 'front matter must be a YAML mapping of keys to values', YAML_FIRST_LINE);
  }
  const record = value as Record<string, unknown>;
  return toMeta(record, file, null, (key) => keyLine(yamlText, key));
}

/**
 * The yaml library counts lines from the start of the YAML block and appends a code excerpt on
 * further lines; the user needs the line in their file and one line of text.
 */
function malformedYaml(error: unknown, file: string): InputError {
  if (error instanceof YAMLParseError && error.linePos) {
    const { line, col } = error.linePos[0];
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return new InputError(file, `malformed YAML front matter: ${reason} (column ${col})`, line - 1 + YAML_FIRST_LINE);
  }
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new InputError(file, `malformed YAML front matter: ${reason}`, YAML_FIRST_LINE);
}

/** The file line on which a top-level front-matter key is written, or null if it cannot be found. */
function keyLine(yamlText: string, key: string): number | null {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(?:${escaped}|"${escaped}"|'${escaped}')[ \t]*:`);
  const index = yamlText.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? null : index + YAML_FIRST_LINE;
}

/**
 * Meta values stay flat (they become table columns): dates become ISO strings, lists are rejected.
 * `lineOf` says on which line a key stands when that differs per key (front matter).
 */
export function toMeta(
  record: Record<string, unknown>,
  file: string,
  line: number | null = null,
  lineOf: (key: string) => number | null = () => line,
): Meta {
  const meta: Meta = {};
  for (const [key, value] of Object.entries(record)) {
    if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10);
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) meta[key] = value as Meta[string];
    else throw new InputError(file, `metadata field "${key}" must be a string, number or boolean, not ${describeValue(value)}`, lineOf(key));
  }
  return meta;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a nested mapping';
  return `a ${typeof value}`;
}
