/**
 * The framing diff of two articles as static HTML (no script): a two-column summary table of
 * `framingDiff(a, b)`, then the two texts highlighted side by side (`highlight`), so every number
 * above can be checked against the marked spans below. Readable in an nbconvert export and on GitHub.
 */
import { framingDiff, type DiffArticle, type FramingDiff, type WordingCount } from '../compare/framingDiff';
import type { Document } from '../types';
import { isPlainReferent } from '../referents';
import { escapeHtml } from './escapeHtml';
import { highlight, type HighlightOptions } from './highlight';

export const FRAMING_DIFF_CLASS = 'framing-kit-diff';

const STYLE = [
  `.${FRAMING_DIFF_CLASS}{font-family:sans-serif;font-size:.92em;color:#111}`,
  `.${FRAMING_DIFF_CLASS} table.fk-diff{border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:1.2em}`,
  `.${FRAMING_DIFF_CLASS} table.fk-diff th,.${FRAMING_DIFF_CLASS} table.fk-diff td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}`,
  `.${FRAMING_DIFF_CLASS} table.fk-diff th[scope=row]{width:16%;background:#f4f4f4;font-weight:normal}`,
  `.${FRAMING_DIFF_CLASS} .fk-columns{display:grid;grid-template-columns:1fr 1fr;gap:1.5em;align-items:start}`,
  `.${FRAMING_DIFF_CLASS} .fk-columns>div{min-width:0}`,
].join('\n');

/** HTML of the framing diff; `highlight` options apply to both texts. */
export function framingDiffHtml(a: Document, b: Document, options: HighlightOptions = {}): string {
  const diff = framingDiff(a, b);
  return [
    `<div class="${FRAMING_DIFF_CLASS}">`,
    `<style>\n${STYLE}\n</style>`,
    summaryTable(diff),
    '<div class="fk-columns">',
    `<div>${highlight(a, options)}</div>`,
    `<div>${highlight(b, options)}</div>`,
    '</div>',
    '</div>',
  ].join('\n');
}

/** The same summary as text lines, for text-only front ends. */
export function framingDiffText(diff: FramingDiff): string {
  return summaryRows(diff)
    .map(([label, left, right]) => `${label}\n  A: ${left}\n  B: ${right}`)
    .join('\n');
}

type Row = [label: string, a: string, b: string];

function summaryTable(diff: FramingDiff): string {
  const cell = (value: string) => `<td>${escapeHtml(value)}</td>`;
  const body = summaryRows(diff)
    .map(
      ([label, left, right]) =>
        `<tr><th scope="row">${escapeHtml(label)}</th>${cell(left)}${cell(right)}</tr>`,
    )
    .join('\n');
  const head = `<tr><th></th><th>A · ${escapeHtml(diff.a.id)}</th><th>B · ${escapeHtml(diff.b.id)}</th></tr>`;
  return `<table class="fk-diff">\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const NOTHING = '—';
const list = (items: string[]): string => (items.length ? items.join('; ') : NOTHING);
const withSide = (name: string, side: string | null): string => (side ? `${name} (${side})` : name);
const wordings = (items: WordingCount[]): string =>
  list(
    items.map(
      (w) => `${w.wording} ×${w.count} (${w.loaded ? `loaded, favours ${w.favours}` : 'neutral wording'})`,
    ),
  );

function articleRows(a: DiffArticle, b: DiffArticle): Row[] {
  const source = (x: DiffArticle) => [x.outlet, x.perspective, x.date].filter(Boolean).join(' · ') || NOTHING;
  const sourcing = (x: DiffArticle) =>
    `${x.attributions} attributions: ${x.direct} direct, ${x.anonymous} anonymous`;
  const certainty = (x: DiffArticle) =>
    `hedges ${x.hedgesPer1kOutlet.toFixed(1)}, boosters ${x.boostersPer1kOutlet.toFixed(1)}`;
  const loaded = (x: DiffArticle) => {
    const sides = Object.entries(x.loadedBySide)
      .map(([side, n]) => `${side} ${n}`)
      .join(', ');
    return `${x.loadedTerms} (${x.loadedPer1k.toFixed(1)} per 1,000 words)${sides ? `: ${sides}` : ''}; leans ${x.loadedLeans ?? 'to no side'}`;
  };
  const top = (x: DiffArticle) =>
    x.topActor ? `${withSide(x.topActor.name, x.topActor.side)}, ${x.topActor.mentions} mentions` : NOTHING;
  return [
    ['Article', a.title ?? a.id, b.title ?? b.id],
    ['Source', source(a), source(b)],
    ['Words', String(a.words), String(b.words)],
    ['Sourcing', sourcing(a), sourcing(b)],
    ['Top actor', top(a), top(b)],
    ['Hedging, outlet voice (per 1,000 words)', certainty(a), certainty(b)],
    ['Loaded terms', loaded(a), loaded(b)],
  ];
}

function summaryRows(diff: FramingDiff): Row[] {
  const quoted = (count: (s: FramingDiff['speakers'][number]) => number) =>
    list(diff.speakers.filter((s) => count(s) > 0).map((s) => `${withSide(s.speaker, s.side)} ×${count(s)}`));
  const only = (names: string[]) =>
    list(names.map((name) => withSide(name, diff.speakers.find((s) => s.speaker === name)?.side ?? null)));
  const actors = (items: FramingDiff['actorsOnlyA']) =>
    list(items.map((x) => `${withSide(x.name, x.side)} ×${x.mentions}`));
  return [
    ...articleRows(diff.a, diff.b),
    ['Named speakers', quoted((s) => s.a), quoted((s) => s.b)],
    ['Quoted by this article only', only(diff.speakersOnlyA), only(diff.speakersOnlyB)],
    ['Actors only this article mentions', actors(diff.actorsOnlyA), actors(diff.actorsOnlyB)],
    // A referent that is editing advice (`(omit the adjective)`) names no thing: say what it is.
    ...diff.referents.map((r): Row => [
      isPlainReferent(r.referent) ? `Wording for “${r.referent}”` : `Loaded wording (neutral: ${r.referent})`,
      wordings(r.a),
      wordings(r.b),
    ]),
  ];
}
