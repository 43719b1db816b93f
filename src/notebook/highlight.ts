import { findFurniture } from '../parse/furniture';
import type { Document, LoadedTerm, MentionVia } from '../types';
import { escapeHtml } from './escapeHtml';

/** Layers of `highlight()` that can be switched off one by one. */
export type HighlightLayer =
  'attributions' | 'loadedTerms' | 'neutralTerms' | 'hedges' | 'boosters' | 'actors' | 'furniture';

export interface HighlightOptions {
  /** Layers to show; all are on unless set to false (`{ actors: false }`). */
  layers?: Partial<Record<HighlightLayer, boolean>>;
  /** The legend above the text (default true). */
  legend?: boolean;
  /** The title, id, outlet and date above the text (default true). */
  heading?: boolean;
}

/** What a marked span is; also its CSS class (`fk-<kind>`). */
type MarkKind =
  'furniture' | 'content' | 'source' | 'cue' | 'actor' | 'loaded' | 'neutral' | 'hedge' | 'booster';

/**
 * When spans cover exactly the same characters, the earlier kind here is the outer element.
 * Long spans (furniture, quoted content) wrap short ones; within them the source, then the
 * cue, then word-level marks.
 */
/** The hover text's account of how a mention was tied to its actor (`via`). */
const VIA_MEANING: Record<MentionVia, string> = {
  name: 'named',
  variant: 'a shorter form of a name given earlier',
  acronym: 'an acronym the text defined',
  role: 'a role noun resolved to the person named with that title',
  pronoun: 'a pronoun resolved in context',
};

const NESTING_ORDER: readonly MarkKind[] = [
  'furniture',
  'content',
  'source',
  'cue',
  'actor',
  'loaded',
  'neutral',
  'hedge',
  'booster',
];

interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Hover text: what the span is, with the data behind it. */
  title: string;
  /** Extra attributes (already escaped), e.g. the side a loaded term favours. */
  attributes: string;
}

export const HIGHLIGHT_CLASS = 'framing-kit-highlight';

/**
 * Distinct styles that stay distinct in greyscale: weight, background lightness, outline,
 * and three underline styles (solid border, wavy, double). Scoped under one class so the
 * notebook page around the output is untouched.
 */
const BASE_STYLE = [
  `.${HIGHLIGHT_CLASS}{font-family:Georgia,'Times New Roman',serif;line-height:1.7;max-width:52em;color:#111}`,
  `.${HIGHLIGHT_CLASS} p{margin:0 0 .9em}`,
  `.${HIGHLIGHT_CLASS} .fk-heading{font-family:sans-serif;margin-bottom:.4em}`,
  `.${HIGHLIGHT_CLASS} .fk-heading small{color:#555}`,
  `.${HIGHLIGHT_CLASS} .fk-legend{font-family:sans-serif;font-size:.85em;line-height:2;border-bottom:1px solid #ccc;padding-bottom:.3em;margin-bottom:.9em}`,
  `.${HIGHLIGHT_CLASS} .fk-legend>span{margin-right:1.2em;white-space:nowrap}`,
];

const MARK_STYLE: Record<MarkKind, string> = {
  cue: 'font-weight:bold;color:#8c2d04',
  source: 'background:#c6dbef',
  content: 'background:#eeeeee;font-style:italic',
  loaded: 'background:#fdd49e;box-shadow:inset 0 0 0 1px #d94801',
  neutral: 'box-shadow:inset 0 0 0 1px #737373;background:#f0f0f0',
  hedge: 'text-decoration:underline wavy #6a51a3;text-decoration-skip-ink:none',
  booster: 'text-decoration:underline double #006d2c;text-decoration-skip-ink:none',
  actor: 'border-bottom:2px solid #2171b5',
  furniture: 'color:#9a9a9a',
};

interface LegendEntry {
  layer: HighlightLayer;
  kind: MarkKind;
  sample: string;
  meaning: string;
}

const LEGEND: readonly LegendEntry[] = [
  { layer: 'attributions', kind: 'cue', sample: 'said', meaning: 'attribution cue' },
  { layer: 'attributions', kind: 'source', sample: 'the minister', meaning: 'source' },
  { layer: 'attributions', kind: 'content', sample: 'what was said', meaning: 'attributed content' },
  {
    layer: 'loadedTerms',
    kind: 'loaded',
    sample: 'loaded term',
    meaning: 'hover: favoured side, neutral alternative',
  },
  { layer: 'neutralTerms', kind: 'neutral', sample: 'militants', meaning: 'neutral wording of a referent' },
  { layer: 'hedges', kind: 'hedge', sample: 'may', meaning: 'hedge' },
  { layer: 'boosters', kind: 'booster', sample: 'clearly', meaning: 'booster' },
  { layer: 'actors', kind: 'actor', sample: 'actor', meaning: 'actor mention' },
  { layer: 'furniture', kind: 'furniture', sample: 'byline', meaning: 'page furniture (not analysed)' },
];

/**
 * The article's verbatim text as static HTML (no JavaScript) with every feature span marked:
 * attributions (cue, source, content), loaded terms, neutral wordings of their referents
 * (`neutralTerms`), hedges, boosters, actor mentions and,
 * dimmed, page furniture; hovering a span shows what it is (`title`). Overlapping spans
 * become properly nested elements: where one span ends inside another, the inner one is
 * closed and reopened, so tags never cross. Paragraphs (blank lines) become `<p>`, single
 * line breaks `<br>`. The same document and options always give the same bytes.
 */
export function highlight(document: Document, options: HighlightOptions = {}): string {
  const layers = enabledLayers(options.layers);
  const marks = collectMarks(document, layers);
  const parts = [`<div class="${HIGHLIGHT_CLASS}">`, `<style>\n${style(layers)}\n</style>`];
  if (options.heading !== false) parts.push(heading(document));
  if (options.legend !== false) parts.push(legend(layers, marks));
  parts.push(markedText(document.text, marks));
  parts.push('</div>');
  return parts.join('\n');
}

/** One line for text-only front ends: what the highlighted view contains. */
export function highlightSummary(document: Document): string {
  const mentions = document.actors.reduce((n, a) => n + a.mentions.length, 0);
  // Label before number, so one item never reads "1 hedges".
  return (
    `Highlighted text of ${document.id} — attributions: ${document.attributions.length}, ` +
    `loaded terms: ${document.loadedTerms.length}, hedges: ${document.hedges.length}, ` +
    `boosters: ${document.boosters.length}, actors: ${document.actors.length} (mentions: ${mentions})`
  );
}

/** Rules for the layers shown only, in legend order. */
function style(layers: Set<HighlightLayer>): string {
  const kinds = LEGEND.filter((entry) => layers.has(entry.layer)).map((entry) => entry.kind);
  return [...BASE_STYLE, ...kinds.map((kind) => `.${HIGHLIGHT_CLASS} .fk-${kind}{${MARK_STYLE[kind]}}`)].join(
    '\n',
  );
}

function enabledLayers(choice: HighlightOptions['layers'] = {}): Set<HighlightLayer> {
  const all: HighlightLayer[] = [
    'attributions',
    'loadedTerms',
    'neutralTerms',
    'hedges',
    'boosters',
    'actors',
    'furniture',
  ];
  return new Set(all.filter((layer) => choice[layer] !== false));
}

function collectMarks(document: Document, layers: Set<HighlightLayer>): Mark[] {
  const marks: Mark[] = [];
  const add = (start: number, end: number, kind: MarkKind, title: string, attributes = ''): void => {
    // Spans outside the text or empty would produce empty or dangling elements.
    const from = Math.max(0, start);
    const to = Math.min(document.text.length, end);
    if (to > from) marks.push({ start: from, end: to, kind, title, attributes });
  };

  if (layers.has('furniture')) {
    for (const span of findFurniture(document.text))
      add(span.start, span.end, 'furniture', `Page furniture (${span.kind}), not analysed`);
  }
  if (layers.has('attributions')) {
    for (const a of document.attributions) {
      const named = a.speakers && a.speakers.length > 1 ? a.speakers.join(' and ') : a.speaker;
      const who = named ?? (a.source ? `“${a.source.text}”` : 'no source given');
      const facts = [
        `source type: ${a.sourceType}`,
        a.mode === 'direct' ? 'direct quote' : 'indirect',
        a.anonymous ? 'anonymous' : '',
      ];
      add(
        a.cue.start,
        a.cue.end,
        'cue',
        `Attribution cue — speaker: ${who}; ${facts.filter(Boolean).join('; ')}`,
      );
      if (a.source)
        add(
          a.source.start,
          a.source.end,
          'source',
          `Source of “${a.cue.text}”: ${named ?? 'not resolved to a named actor'} (${a.sourceType})`,
        );
      if (a.content)
        add(a.content.start, a.content.end, 'content', `Content attributed to ${who} (${a.mode})`);
      for (const more of a.continuation ?? [])
        add(
          more.start,
          more.end,
          'content',
          `Content attributed to ${who} (${a.mode}, continued without a cue of its own)`,
        );
    }
  }
  if (layers.has('actors')) {
    for (const actor of document.actors) {
      const title = `Actor: ${actor.name} (${actor.type}${actor.side ? `, ${actor.side}` : ''})`;
      for (const mention of actor.mentions)
        add(mention.start, mention.end, 'actor', `${title} — ${VIA_MEANING[mention.via] ?? 'named'}`);
    }
  }
  if (layers.has('loadedTerms')) {
    for (const t of document.loadedTerms) {
      const side =
        t.favours === 'none' ? 'generic emotive language (favours no side)' : `favours ${t.favours}`;
      const favours = t.target == null ? side : `${side} (${describeTarget(t.target, t.targetRole ?? null)})`;
      // The referent is named only where it is not already the neutral alternative shown.
      const referent = t.referent && t.referent !== t.neutral ? `; referent: ${t.referent}` : '';
      const title = `Loaded term (${t.category}, ${t.entry}): ${favours}; neutral alternative: ${t.neutral}${referent}${t.inQuote ? '; inside a quotation' : ''}`;
      const target = t.target == null ? '' : ` data-target="${escapeHtml(t.target)}"`;
      add(t.start, t.end, 'loaded', title, ` data-favours="${escapeHtml(t.favours)}"${target}`);
    }
  }
  if (layers.has('neutralTerms')) {
    // Documents written before neutral terms existed have none to mark.
    for (const t of document.neutralTerms ?? []) {
      add(
        t.start,
        t.end,
        'neutral',
        `Neutral wording of the referent “${t.referent}”${t.inQuote ? '; inside a quotation' : ''}`,
      );
    }
  }
  const voice = (inQuote: boolean): string =>
    inQuote ? "inside a quotation (the source's voice)" : "the outlet's own voice";
  if (layers.has('hedges'))
    for (const h of document.hedges) add(h.start, h.end, 'hedge', `Hedge (${h.entry}), ${voice(h.inQuote)}`);
  if (layers.has('boosters'))
    for (const b of document.boosters)
      add(b.start, b.end, 'booster', `Booster (${b.entry}), ${voice(b.inQuote)}`);
  return marks;
}

/** Paragraphs are separated by a blank line (spaces allowed); the separator itself is not shown. */
const PARAGRAPH_BREAK = /\r?\n[ \t\u00a0]*\r?\n\s*/g;

function markedText(text: string, marks: readonly Mark[]): string {
  const paragraphs = paragraphRanges(text);
  const order = new Map(marks.map((m, i) => [m, i]));
  // Outer elements first: earlier start, then longer, then the documented kind order, then input order.
  const outerFirst = (a: Mark, b: Mark): number =>
    a.start - b.start ||
    b.end - a.end ||
    NESTING_ORDER.indexOf(a.kind) - NESTING_ORDER.indexOf(b.kind) ||
    order.get(a)! - order.get(b)!;

  const out: string[] = [];
  for (const [pStart, pEnd] of paragraphs) {
    const inside = marks.filter((m) => m.start < pEnd && m.end > pStart);
    const cuts = new Set<number>([pStart, pEnd]);
    for (const m of inside) {
      cuts.add(Math.max(m.start, pStart));
      cuts.add(Math.min(m.end, pEnd));
    }
    const boundaries = [...cuts].sort((a, b) => a - b);
    const open: Mark[] = [];
    let html = '<p>';
    for (let i = 0; i + 1 < boundaries.length; i++) {
      const [from, to] = [boundaries[i], boundaries[i + 1]];
      const wanted = inside.filter((m) => m.start <= from && m.end >= to).sort(outerFirst);
      // Keep the open elements the segment still needs (common prefix); close the rest, innermost first.
      let keep = 0;
      while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep++;
      while (open.length > keep) {
        open.pop();
        html += '</span>';
      }
      for (const m of wanted.slice(keep)) {
        html += `<span class="fk-${m.kind}" title="${escapeHtml(m.title)}"${m.attributes}>`;
        open.push(m);
      }
      html += escapeText(text.slice(from, to));
    }
    html += '</span>'.repeat(open.length) + '</p>';
    out.push(html);
  }
  return `<div class="fk-text">\n${out.join('\n')}\n</div>`;
}

/** [start, end) of each paragraph, without the blank-line separators; empty paragraphs dropped. */
function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    ranges.push([start, match.index!]);
    start = match.index! + match[0].length;
  }
  ranges.push([start, text.length]);
  return ranges.filter(([from, to]) => text.slice(from, to).trim() !== '');
}

/** Escapes markup and keeps single line breaks of the verbatim text visible. */
function escapeText(segment: string): string {
  return escapeHtml(segment).replace(/\r?\n/g, '<br>\n');
}

function heading(document: Document): string {
  const title = typeof document.meta.title === 'string' ? document.meta.title : document.id;
  const details = [document.id, document.meta.outlet, document.meta.date]
    .filter((v) => v !== undefined && v !== null && v !== '')
    .map((v) => escapeHtml(String(v)))
    .join(' · ');
  return `<div class="fk-heading"><strong>${escapeHtml(title)}</strong><br><small>${details}</small></div>`;
}

function legend(layers: Set<HighlightLayer>, marks: readonly Mark[]): string {
  const counts = new Map<MarkKind, number>();
  for (const m of marks) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const items = LEGEND.filter((entry) => layers.has(entry.layer)).map(
    (entry) =>
      `<span><span class="fk-${entry.kind}">${escapeHtml(entry.sample)}</span> ${escapeHtml(entry.meaning)} (${counts.get(entry.kind) ?? 0})</span>`,
  );
  const label = '<span><strong>Legend</strong> (spans in this article)</span>';
  return `<div class="fk-legend">${[label, ...items].join(' ')}</div>`;
}

/** Why a loaded term favours its side, in words: the target and how it stands to the term. */
function describeTarget(target: string, role: LoadedTerm['targetRole']): string {
  if (role === 'speaker') return `in the words of ${target}`;
  if (role === 'critic') return `${target} condemns it`;
  if (role === 'victim') return `aimed at ${target}`;
  return `said of ${target}`;
}
