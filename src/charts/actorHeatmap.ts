import type { TopLevelSpec } from 'vega-lite';
import { sortedDistinct } from './categories';
import { articleAxis, articleColumns, articleFields, articleLabelIndex, articleTooltip } from './articleAxis';
import { DARK_TEXT, LIGHT_TEXT, SEQUENTIAL_SCHEME } from './palette';
import type { ActorMentionRow, ArticleChartOptions } from './rows';
import { VEGA_LITE_SCHEMA } from './schema';

export interface ActorHeatmapOptions extends ArticleChartOptions {
  /** How many actors to show: those with the most mentions over all articles (default 15). */
  topActors?: number;
}

const DEFAULT_TOP_ACTORS = 15;
/** Shown instead of a side for actors the gazetteer gives none. */
const NO_SIDE = '—';
const ABSENT_FILL = '#f4f4f4';

interface Cell {
  id: string;
  actor: string;
  side: string;
  label: string;
  /** Position of the actor's row (0 = most mentioned): a field, so the spec needs no list of actors. */
  actorRank: number;
  mentions: number;
}

/**
 * Heatmap of actor mentions: one row per actor (the top N by total mentions, most mentioned
 * first, ties by name), one column per article (sorted by id), each cell the number of
 * mentions, printed in the cell. Articles in which an actor is absent show an explicit 0, so
 * absence is visible rather than a gap. Past 20 articles the width stops growing
 * (`articleAxis`); once cells are too narrow, counts and id labels are left out.
 */
export function actorHeatmap(
  rows: readonly ActorMentionRow[],
  options: ActorHeatmapOptions = {},
): TopLevelSpec {
  const articles = sortedDistinct(rows.map((r) => r.id));
  const actors = topActors(rows, options.topActors ?? DEFAULT_TOP_ACTORS);
  const cells = fillCells(rows, actors, articles);
  // A reduce, not Math.max(...cells): spreading 15 × 1,000 cells into arguments can overflow the stack.
  const maxMentions = cells.reduce((max, c) => Math.max(max, c.mentions), 1);
  const axis = articleAxis(articles.length, 48);
  const labels = articleLabelIndex(options.articles);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? `Actor mentions per article (top ${actors.length} actors)`,
    width: options.width ?? Math.max(160, axis.length),
    height: { step: 20 },
    data: { values: cells.map((c) => ({ ...c, ...articleFields(c.id, labels) })) },
    transform: [
      {
        calculate: "datum.actor + ' is mentioned ' + datum.mentions + ' time(s) in ' + datum.id",
        as: 'description',
      },
    ],
    encoding: {
      x: articleColumns(axis, articles.length, labels),
      // No limit: headless SVG rendering estimates 8 px per character and would cut long names.
      y: {
        field: 'label',
        type: 'nominal',
        sort: { field: 'actorRank', op: 'min' },
        title: 'Actor (side)',
        axis: { labelLimit: 1000 },
      },
      description: { field: 'description', type: 'nominal' },
      tooltip: [
        { field: 'actor', type: 'nominal', title: 'Actor' },
        { field: 'side', type: 'nominal', title: 'Side' },
        ...articleTooltip(labels),
        { field: 'mentions', type: 'quantitative', title: 'Mentions' },
      ],
    },
    layer: [
      {
        // Without room for the white cell borders, they would hide the colours.
        mark: { type: 'rect', ...(axis.labelled ? { stroke: '#ffffff', strokeWidth: 1 } : {}) },
        encoding: {
          color: {
            field: 'mentions',
            type: 'quantitative',
            title: 'Mentions',
            scale: { ...SEQUENTIAL_SCHEME, domain: [0, maxMentions] },
            // Absence as a near-white cell, so the mentions that exist stand out.
            condition: { test: 'datum.mentions === 0', value: ABSENT_FILL },
          },
        },
      },
      // The count in each cell, while cells are wide enough to hold it.
      ...(axis.labelled
        ? [
            {
              mark: { type: 'text' as const, fontSize: 10 },
              encoding: {
                text: { field: 'mentions', type: 'quantitative' as const },
                // Light text on the dark upper half of the scale, dark text on the light lower half.
                color: {
                  condition: { test: `datum.mentions > ${maxMentions / 2}`, value: LIGHT_TEXT },
                  value: DARK_TEXT,
                },
              },
            },
          ]
        : []),
    ],
  };
}

interface RankedActor {
  actor: string;
  side: string;
  label: string;
  total: number;
}

function topActors(rows: readonly ActorMentionRow[], limit: number): RankedActor[] {
  const byActor = new Map<string, RankedActor>();
  for (const row of rows) {
    const entry = byActor.get(row.actor) ?? { actor: row.actor, side: NO_SIDE, label: '', total: 0 };
    entry.total += row.mentions;
    // The gazetteer gives an actor one side; the first non-null one seen is kept.
    if (entry.side === NO_SIDE && row.side !== null) entry.side = row.side;
    byActor.set(row.actor, entry);
  }
  const ranked = [...byActor.values()]
    .filter((a) => a.total > 0)
    .sort((a, b) => b.total - a.total || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0))
    .slice(0, Math.max(0, limit));
  // Say the side only when the name does not already say it: a state is its own side
  // (Pakistan (Pakistan)), and many bodies carry it in their name (Pakistan Army, Ministry of
  // Foreign Affairs (Pakistan)).
  for (const a of ranked) a.label = namesSide(a.actor, a.side) ? a.actor : `${a.actor} (${a.side})`;
  return ranked;
}

/** One cell per shown actor and article; duplicate rows are summed, missing ones are 0. */
function fillCells(
  rows: readonly ActorMentionRow[],
  actors: readonly RankedActor[],
  articles: readonly string[],
): Cell[] {
  const counts = new Map<string, number>();
  const key = (actor: string, id: string): string => JSON.stringify([actor, id]);
  for (const row of rows)
    counts.set(key(row.actor, row.id), (counts.get(key(row.actor, row.id)) ?? 0) + row.mentions);
  return actors.flatMap((a, actorRank) =>
    articles.map((id) => ({
      id,
      actor: a.actor,
      side: a.side,
      label: a.label,
      actorRank,
      mentions: counts.get(key(a.actor, id)) ?? 0,
    })),
  );
}

/** The side appears in the actor's name as a whole word (case as written). */
function namesSide(actor: string, side: string): boolean {
  if (actor === side) return true;
  const escaped = side.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(actor);
}
