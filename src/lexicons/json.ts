import * as fs from 'fs';
import { LexiconError } from './errors';

/** Reads and parses a JSON file; syntax errors become LexiconErrors with line and column. */
export function readJsonFile(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'it is a folder, not a JSON file' : String((err as Error).message);
    throw new LexiconError({ file }, `cannot read file: ${reason}`);
  }
  let text: string;
  try {
    // Strict, so a binary or Latin-1 file is named as such instead of failing as JSON on a garbled character.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LexiconError({ file }, 'file is not UTF-8 text: save lexicons as UTF-8 JSON');
  }
  if (text.includes('\u0000')) throw new LexiconError({ file }, 'file is binary (it contains NUL bytes), not JSON text');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors on Windows may add a BOM
  if (text.trim() === '') throw new LexiconError({ file }, 'file is empty: a lexicon is a JSON object');
  try {
    return JSON.parse(text);
  } catch (err) {
    const offset = locateSyntaxError(text) ?? positionFromMessage((err as Error).message) ?? text.length;
    const { line, column } = lineAndColumn(text, offset);
    const reason = (err as Error).message.replace(/, ".*" is not valid JSON$/s, '');
    throw new LexiconError({ file }, `invalid JSON at line ${line}, column ${column}: ${reason}`);
  }
}

function positionFromMessage(message: string): number | null {
  const match = /at position (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * V8 does not report a position for every syntax error ("Unexpected token 'x', ... is not valid JSON"),
 * so this small recursive-descent scanner finds the offset of the first error itself. It only runs
 * after JSON.parse has failed, so it need not be fast, only agree with JSON's grammar.
 */
export function locateSyntaxError(text: string): number | null {
  let pos = 0;
  class Stop {
    constructor(readonly at: number) {}
  }
  const fail = (): never => {
    throw new Stop(pos);
  };
  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const literal = (word: string) => {
    if (text.slice(pos, pos + word.length) !== word) fail(); // report the start of the bad word
    pos += word.length;
  };
  const string = () => {
    pos++; // opening quote
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === '"') {
        pos++;
        return;
      }
      if (ch.charCodeAt(0) < 0x20) fail();
      if (ch === '\\') {
        pos++;
        if (text[pos] === 'u') {
          for (let i = 1; i <= 4; i++) if (!/[0-9a-fA-F]/.test(text[pos + i] ?? '')) fail();
          pos += 5;
        } else if (text[pos] !== undefined && '"\\/bfnrt'.includes(text[pos])) pos++;
        else fail();
      } else pos++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos));
    if (!match) fail();
    pos += match![0].length;
  };
  const sequence = (close: string, item: () => void) => {
    pos++;
    skipSpace();
    if (text[pos] === close) {
      pos++;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        skipSpace();
      } else if (text[pos] === close) {
        pos++;
        return;
      } else fail();
    }
  };
  const value = (): void => {
    skipSpace();
    const ch = text[pos];
    if (ch === '{')
      sequence('}', () => {
        if (text[pos] !== '"') fail();
        string();
        skipSpace();
        if (text[pos] !== ':') fail();
        pos++;
        value();
      });
    else if (ch === '[') sequence(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail();
  };
  try {
    value();
    skipSpace();
    if (pos < text.length) fail();
    return null;
  } catch (stop) {
    if (stop instanceof Stop) return Math.min(stop.at, text.length);
    throw stop;
  }
}
