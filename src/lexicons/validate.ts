/**
 * Small hand-written validation helpers shared by the lexicon loaders. Every helper throws a
 * LexiconError that names the file, the entry and the field, so a user editing a lexicon sees
 * exactly where the problem is.
 */
import { LexiconError, LexiconLocation } from './errors';

export type EntryRef = NonNullable<LexiconLocation['entry']>;

/** Where the value being checked sits: the file and, inside a list, the entry. */
export interface Context {
  file: string;
  entry: EntryRef | null;
}

export type JsonObject = Record<string, unknown>;

export function fail(ctx: Context, field: string | null, problem: string): never {
  throw new LexiconError({ file: ctx.file, entry: ctx.entry, field }, problem);
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function expectObject(value: unknown, ctx: Context, field: string | null): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(ctx, field, `must be an object, got ${describeType(value)}`);
  }
  return value as JsonObject;
}

/** Unknown fields are rejected: a misspelt optional field (`notwithin`) would otherwise be silently ignored. */
export function rejectUnknownFields(obj: JsonObject, allowed: readonly string[], ctx: Context): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const suggestion = closest(key, allowed);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `allowed fields are ${allowed.join(', ')}`;
    fail(ctx, key, `unknown field; ${hint}`);
  }
}

/** Text fields (descriptions, notes): non-empty and without surrounding whitespace. */
export function checkText(value: unknown, ctx: Context, field: string): string {
  if (typeof value !== 'string') fail(ctx, field, `must be a string, got ${describeType(value)}`);
  const text = value as string;
  if (text.trim() === '') fail(ctx, field, 'must not be empty');
  if (text !== text.trim()) fail(ctx, field, 'must not start or end with whitespace');
  return text;
}

/** Phrases that are matched against article text: single-spaced, single-line, no surrounding spaces. */
export function checkPhrase(value: unknown, ctx: Context, field: string): string {
  const text = checkText(value, ctx, field);
  if (/[\t\n\r]/.test(text)) fail(ctx, field, 'must be a single line without tabs');
  if (/ {2}/.test(text)) fail(ctx, field, `"${text}" contains a double space`);
  return text;
}

export function requiredField(obj: JsonObject, key: string, ctx: Context): unknown {
  if (!(key in obj) || obj[key] === undefined) fail(ctx, key, 'is required');
  return obj[key];
}

export function requiredText(obj: JsonObject, key: string, ctx: Context): string {
  return checkText(requiredField(obj, key, ctx), ctx, key);
}

export function requiredPhrase(obj: JsonObject, key: string, ctx: Context): string {
  return checkPhrase(requiredField(obj, key, ctx), ctx, key);
}

export function optionalText(obj: JsonObject, key: string, ctx: Context): string | undefined {
  return key in obj ? checkText(obj[key], ctx, key) : undefined;
}

export function optionalBoolean(obj: JsonObject, key: string, ctx: Context): boolean | undefined {
  if (!(key in obj)) return undefined;
  if (typeof obj[key] !== 'boolean') fail(ctx, key, `must be true or false, got ${describeType(obj[key])}`);
  return obj[key] as boolean;
}

export function requiredEnum<T extends string>(obj: JsonObject, key: string, allowed: readonly T[], ctx: Context): T {
  const value = requiredField(obj, key, ctx);
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    const shown = typeof value === 'string' ? `"${value}"` : describeType(value);
    fail(ctx, key, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${shown}`);
  }
  return value as T;
}

export function expectArray(value: unknown, ctx: Context, field: string): unknown[] {
  if (!Array.isArray(value)) fail(ctx, field, `must be an array, got ${describeType(value)}`);
  return value as unknown[];
}

export interface PhraseListOptions {
  /** At least this many items (default 0). */
  minItems?: number;
}

/**
 * A list of phrases. Exact duplicates are rejected (they are always a copy-paste slip); duplicates
 * after matching normalisation are rejected by the callers that know the case rules.
 */
export function phraseList(value: unknown, ctx: Context, field: string, options: PhraseListOptions = {}): string[] {
  const items = expectArray(value, ctx, field);
  const minItems = options.minItems ?? 0;
  if (items.length < minItems) fail(ctx, field, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
  const seen = new Set<string>();
  return items.map((item, i) => {
    const phrase = checkPhrase(item, ctx, `${field}[${i}]`);
    if (seen.has(phrase)) fail(ctx, `${field}[${i}]`, `duplicate "${phrase}"`);
    seen.add(phrase);
    return phrase;
  });
}

export function optionalPhraseList(obj: JsonObject, key: string, ctx: Context, options?: PhraseListOptions): string[] | undefined {
  return key in obj ? phraseList(obj[key], ctx, key, options) : undefined;
}

export function requiredPhraseList(obj: JsonObject, key: string, ctx: Context, options?: PhraseListOptions): string[] {
  return phraseList(requiredField(obj, key, ctx), ctx, key, options);
}

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function requiredId(obj: JsonObject, ctx: Context): string {
  const id = requiredText(obj, 'id', ctx);
  if (!KEBAB_CASE.test(id)) fail(ctx, 'id', `"${id}" must be kebab-case (lowercase letters, digits and single hyphens)`);
  return id;
}

/**
 * The form under which the matcher treats two phrases as the same: hyphen = space, `&` = `and`,
 * curly apostrophes = straight ones, and case folded unless the phrase is case-sensitive.
 */
export function matchKey(phrase: string, caseSensitive = false): string {
  const folded = phrase
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[-\u2010\u2011\u2013]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return caseSensitive ? folded : folded.toLowerCase();
}

/** Remembers which entry first used each match key, to report the second one. */
export class UniqueKeys {
  private readonly owners = new Map<string, string>();
  constructor(private readonly what: string) {}

  claim(key: string, owner: string, ctx: Context, field: string, shown: string): void {
    const previous = this.owners.get(key);
    if (previous === owner) fail(ctx, field, `${this.what} "${shown}" repeats another ${this.what} of the same entry (case, hyphen/space and &/and variation is matched automatically)`);
    if (previous !== undefined) fail(ctx, field, `${this.what} "${shown}" is already used by ${previous}`);
    this.owners.set(key, owner);
  }
}

/** The allowed name nearest to a misspelt one, if it is close enough to be a likely typo. */
function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
