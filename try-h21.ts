import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { createAnalyzer } from './src/index';
import { referentRows } from './src/table/referentRows';
import { terminologyByGroup, defaultReferents, toSVG } from './src/charts/index';
import { framingDiff } from './src/compare/framingDiff';
import { framingDiffText, framingDiffHtml } from './src/notebook/framingDiffView';
import { writeFileSync } from 'fs';
const DIR = '../shared/benchmarks/kashmir-dev/articles';
function readArticle(file: string) {
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
  const title = lines[0].trim(); const head: Record<string,string> = {}; let i = 1;
  while (i < lines.length && lines[i].trim() && lines[i].includes(':')) { const k = lines[i].slice(0, lines[i].indexOf(':')).trim(); head[k] = lines[i].slice(lines[i].indexOf(':')+1).trim(); i++; }
  const body = lines.slice(i).join('\n').replace(/^\n+|\n+$/g, '');
  const [outlet, url] = (head.source ?? '').split('|').map(s => s.trim());
  return { id: file.replace(/\.txt$/, ''), meta: { title, outlet, url: url ?? '', perspective: head.perspective ?? '', event: head.event ?? '', date: head.date ?? '' }, text: `${title}\n\n${body}`, origin: { file, line: null } };
}
const analyzer = createAnalyzer();
const docs = readdirSync(DIR).filter(f => f.endsWith('.txt')).sort().map(f => analyzer.analyze(readArticle(f)));
const rows = referentRows(docs, { by: 'perspective' });
console.log(defaultReferents(rows, 10));
for (const r of rows.filter(r => defaultReferents(rows, 10).includes(r.referent))) console.log(r.referent, '|', r.group, '|', r.wording, r.favours, r.count, r.share);
toSVG(terminologyByGroup(rows, { groupOrder: ['indian', 'international', 'pakistani'] })).then(svg => writeFileSync('/tmp/h21-term.svg', svg));
const a = docs.find(d => d.id.startsWith('dev-in01'))!, b = docs.find(d => d.id.startsWith('dev-pk08'))!;
console.log(framingDiffText(framingDiff(a, b)));
writeFileSync('/tmp/h21-diff.html', framingDiffHtml(a, b));
