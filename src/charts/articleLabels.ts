/**
 * Short, readable names for articles on a chart axis. Ids are stable keys, not names: cut to
 * fit an axis (`000-ajk-leaders-in…`) a reader cannot map them back to an article. A label is
 * the headline, or outlet and date when there is no headline, or else the id, shortened at a
 * word boundary; the full id and title stay in the tooltip and in `articleLabelTable`.
 */

/** Longest label in characters, ellipsis included: about 250 px of 10 px axis text. */
export const MAX_LABEL_CHARS = 32;

export interface ArticleLabel {
  id: string;
  /** Unique among the articles labelled together. */
  label: string;
  /** The full title, or null when the article has none. */
  title: string | null;
  /** Position of the article in id order: the order of the axis. */
  order: number;
}

/** What a label is made from: a Document, or any record with an id and metadata. */
export interface LabelSource {
  id: string;
  meta?: Readonly<Record<string, unknown>>;
}

/**
 * One label per distinct id, in code-point order of the ids (the order the axes use). Labels
 * that come out equal get ` (2)`, ` (3)`… in id order, so every article keeps its own row.
 */
export function articleLabels(articles: readonly LabelSource[], maxChars = MAX_LABEL_CHARS): ArticleLabel[] {
  const byId = new Map<string, LabelSource>();
  for (const article of articles) if (!byId.has(article.id)) byId.set(article.id, article);
  const ids = [...byId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Map<string, number>();
  return ids.map((id, order) => {
    const meta = byId.get(id)!.meta ?? {};
    const title = text(meta.title);
    const base = shorten(title ?? outletAndDate(meta) ?? id, maxChars);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id, label: n === 1 ? base : `${base} (${n})`, title, order };
  });
}

/** The labels as table rows (label, id, title), to print beside a chart that uses them. */
export function articleLabelTable(
  labels: readonly ArticleLabel[],
): { label: string; id: string; title: string | null }[] {
  return labels.map(({ label, id, title }) => ({ label, id, title }));
}

/**
 * `text` cut to at most `maxChars` characters at the last word boundary that fits, with "…".
 * A headline we wrote ourselves is in [brackets] (see README, sample corpus): the brackets stay.
 */
export function shorten(text: string, maxChars = MAX_LABEL_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= maxChars) return clean;
  const bracketed = /^\[.*\]$/.test(clean);
  const inner = bracketed ? clean.slice(1, -1) : clean;
  const room = maxChars - 1 - (bracketed ? 2 : 0);
  const chars = [...inner];
  let cut = chars.slice(0, room).join('');
  const space = cut.lastIndexOf(' ');
  // Cut at a word boundary unless that would drop more than half of the room.
  if (space > room / 2) cut = cut.slice(0, space);
  cut = cut.replace(/[\s,;:.\-–—]+$/u, '');
  return bracketed ? `[${cut}…]` : `${cut}…`;
}

function outletAndDate(meta: Readonly<Record<string, unknown>>): string | null {
  const outlet = text(meta.outlet) ?? text(meta.publisher);
  const date = text(meta.date);
  if (outlet === null) return null;
  return date === null ? outlet : `${outlet}, ${date}`;
}

function text(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  return s === '' ? null : s;
}
