/** Plain-text tables of scores for the terminal. Pure: returns strings. */
import type { Accuracy, CorpusScore, FeatureScores, Prf } from './types';

const pct = (x: number | null): string => (x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

interface Row {
  metric: string;
  cells: string[];
}

const prfRow = (metric: string, s: Prf | null): Row =>
  s === null
    ? { metric, cells: ['not measured', '', '', '', '', ''] }
    : {
        metric,
        cells: [pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)],
      };

const accRow = (metric: string, s: Accuracy | null): Row =>
  s === null
    ? { metric, cells: ['not measured', '', '', '', '', ''] }
    : { metric, cells: ['', '', pct(s.accuracy), `${s.correct}/${s.total}`, '', ''] };

/** One row per metric; accuracy rows show the accuracy in the F1 column and correct/total after it. */
export function scoreRows(s: FeatureScores): Row[] {
  return [
    prfRow('attributions (cue overlap)', s.attributions.detection),
    accRow('  source span', s.attributions.source),
    accRow('  speaker', s.attributions.speaker),
    accRow('  all speakers', s.attributions.speakers),
    accRow('  source type', s.attributions.sourceType),
    accRow('  anonymous', s.attributions.anonymous),
    accRow('  mode', s.attributions.mode),
    prfRow('loaded terms (exact)', s.loadedTerms.exact),
    prfRow('loaded terms (overlap)', s.loadedTerms.lenient),
    accRow('  category', s.loadedTerms.category),
    accRow('  favours', s.loadedTerms.favours),
    accRow('  inQuote', s.loadedTerms.inQuote),
    prfRow('hedges (exact)', s.hedges.exact),
    prfRow('hedges (overlap)', s.hedges.lenient),
    accRow('  inQuote', s.hedges.inQuote),
    prfRow('boosters (exact)', s.boosters.exact),
    prfRow('boosters (overlap)', s.boosters.lenient),
    accRow('  inQuote', s.boosters.inQuote),
    prfRow('actors (names per doc)', s.actors.names),
    prfRow('actor mentions (overlap)', s.actors.mentions),
    prfRow('  linked to right actor', s.actors.linkedMentions),
    prfRow('roles (counts per actor)', s.actors.roles.counts),
    accRow('  roles per mention', s.actors.roles.byMention),
    prfRow('furniture (characters)', s.furniture.characters),
  ];
}

export function formatTable(title: string, s: FeatureScores): string {
  const header = ['metric', 'P', 'R', 'F1/acc', 'TP/ok', 'FP', 'FN'];
  const rows = scoreRows(s).map((r) => [r.metric, ...r.cells]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Compact per-document overview: F1 of each feature (accuracy for roles), one line per document. */
export function formatDocumentOverview(score: CorpusScore): string {
  const cols: [string, (s: FeatureScores) => number | null][] = [
    ['attr', (s) => s.attributions.detection.f1],
    ['loaded', (s) => s.loadedTerms.exact.f1],
    ['loaded~', (s) => s.loadedTerms.lenient.f1],
    ['hedges', (s) => s.hedges.exact.f1],
    ['boost', (s) => s.boosters.exact.f1],
    ['actors', (s) => s.actors.names.f1],
    ['mentions', (s) => s.actors.mentions.f1],
    ['roles', (s) => s.actors.roles.counts.f1],
    ['furniture', (s) => s.furniture.characters?.f1 ?? null],
  ];
  const idWidth = Math.max(8, ...score.documents.map((d) => d.id.length));
  const head = ['document'.padEnd(idWidth), ...cols.map(([n]) => n.padStart(9))].join(' ');
  const body = score.documents.map((d) =>
    [d.id.padEnd(idWidth), ...cols.map(([, f]) => pct(f(d)).padStart(9))].join(' '),
  );
  return ['F1 per document (exact spans unless ~)', head, ...body].join('\n');
}
