import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnalyzer, type Analyzer } from '../src/analyze';
import type { Document, Span } from '../src/types';

export const ROOT = path.join(__dirname, '..');
export const CORPUS = path.join(ROOT, 'corpus');
export const SEEDS = path.join(ROOT, '..', 'shared', 'seeds');

let analyzer: Analyzer | null = null;
/** One analyzer for the whole test file: compiling lexicons is the slow part. */
export function analyzeSentence(text: string): Document {
  analyzer ??= createAnalyzer();
  return analyzer.analyze({ id: 'sentence', meta: {}, text, origin: { file: '(test)', line: null } });
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'framing-kit-'));
}

/** Every span in a document, with a label saying where it came from. */
export function allSpans(document: Document): { where: string; span: Span }[] {
  const spans: { where: string; span: Span }[] = [];
  document.attributions.forEach((a, i) => {
    spans.push({ where: `attributions[${i}].cue`, span: a.cue });
    if (a.source) spans.push({ where: `attributions[${i}].source`, span: a.source });
    if (a.content) spans.push({ where: `attributions[${i}].content`, span: a.content });
  });
  document.loadedTerms.forEach((t, i) => spans.push({ where: `loadedTerms[${i}]`, span: t }));
  document.neutralTerms.forEach((t, i) => spans.push({ where: `neutralTerms[${i}]`, span: t }));
  document.actors.forEach((a) =>
    a.mentions.forEach((m, i) => spans.push({ where: `actors[${a.name}].mentions[${i}]`, span: m })),
  );
  document.hedges.forEach((h, i) => spans.push({ where: `hedges[${i}]`, span: h }));
  document.boosters.forEach((b, i) => spans.push({ where: `boosters[${i}]`, span: b }));
  return spans;
}

/** The message this Node version gives for invalid JSON, which error messages quote. */
export function jsonErrorOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected invalid JSON');
}
