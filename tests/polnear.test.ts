import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BratError,
  chooseAnnotations,
  doubleQuoteRegions,
  goldMode,
  parseBrat,
  parseMetadata,
  rates,
  scorePolnear,
  totals,
  withGoldModes,
  type GoldSpan,
  type GoldWithMode,
  type Mode,
  type PredictedAttribution,
} from '../src/eval/polnear';
import { defaultDataDir, evaluatePolnear, loadPolnear } from '../scripts/eval-polnear';
import { createAnalyzer } from '../src/analyze';

const span = (...pairs: [number, number][]): GoldSpan => ({
  fragments: pairs.map(([start, end]) => ({ start, end })),
  start: Math.min(...pairs.map((p) => p[0])),
  end: Math.max(...pairs.map((p) => p[1])),
  text: '',
});

const gold = (
  id: string,
  cue: GoldSpan,
  source: GoldSpan | null,
  content: GoldSpan | null,
  mode: Mode = 'indirect',
): GoldWithMode => ({ id, cue, source, content, mode });

const r = (start: number, end: number) => ({ start, end });
const pred = (
  cue: [number, number],
  source: [number, number] | null,
  content: [number, number] | null,
  mode: Mode = 'indirect',
): PredictedAttribution => ({
  cue: r(...cue),
  source: source && r(...source),
  content: content && r(...content),
  mode,
});

describe('parseBrat', () => {
  const ann = [
    'T1\tSource 0 5\tTrump',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 20;25 30\tthe plan is dead',
    'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tCue 40 47\tclaimed',
    'T6\tContent 48 60\tthat it was fine',
    'T7\tAttribution-no-source 40 47\tclaimed',
    'E2\tAttribution-no-source:T7 Cue:T5 Content:T6 ',
    '#1\tAnnotatorNotes T6\ta note',
    'T8\tDiscuss 70 80\tsomething to discuss',
    'T9\tContent 90 95\tfirst',
    'T10\tContent 100 105\tsecond',
    'T11\tattribution 85 89\twarn',
    'E3\tattribution:T11 content:T9 CONTENT2:T10',
    'T12\tContent 120 140\ta quote running over',
    'a line break',
    '',
    'R1\tRelated Arg1:T1 Arg2:T2',
    'T13\tCue 150 154\tsaid',
    'E4\tOther:T13 Cue:T13',
    '',
  ].join('\n');
  const parsed = parseBrat(ann, 'x.ann');

  it('reads attribution events in order, ignoring other event types', () => {
    expect(parsed.map((a) => a.id)).toEqual(['E1', 'E2', 'E3']);
  });

  it('keeps discontinuous fragments and the overall span', () => {
    expect(parsed[0].content).toEqual({
      fragments: [r(11, 20), r(25, 30)],
      start: 11,
      end: 30,
      text: 'the plan is dead',
    });
    expect(parsed[0].cue).toMatchObject({ start: 6, end: 10, fragments: [r(6, 10)] });
    expect(parsed[0].source).toMatchObject({ start: 0, end: 5, text: 'Trump' });
  });

  it('gives a no-source attribution a null source', () => {
    expect(parsed[1].source).toBeNull();
    expect(parsed[1].cue).toMatchObject({ start: 40, end: 47 });
  });

  it('merges numbered roles, matches roles case-insensitively and falls back to the trigger for the cue', () => {
    expect(parsed[2].content).toMatchObject({
      fragments: [r(90, 95), r(100, 105)],
      start: 90,
      end: 105,
      text: 'first second',
    });
    expect(parsed[2].cue).toMatchObject({ start: 85, end: 89 });
    expect(parsed[2].source).toBeNull();
  });

  it('names file and line for malformed lines', () => {
    const bad = (text: string) => () => parseBrat(text, 'bad.ann');
    expect(bad('E1\tAttribution:T1 Cue:T1\nstray text')).toThrow(/bad\.ann:2: not a BRAT annotation line/);
    expect(bad('T1\tCue 5 x\tsaid')).toThrow(/bad\.ann:1: bad offsets/);
    expect(bad('T1\tCue 9 5\tsaid')).toThrow(/bad\.ann:1: .*ends before it starts/);
    expect(bad('T1\tCue 5 9\tsaid\nE1\tAttribution:T1 Cue:T2')).toThrow(
      /bad\.ann:2: event E1 refers to undefined annotation T2/,
    );
    expect(bad('T1\tCue 5 9\tsaid\nE1\tAttribution:T1 Speaker:T1')).toThrow(
      /bad\.ann:2: unknown role "Speaker"/,
    );
    expect(bad('just text')).toThrow(BratError);
  });
});

describe('gold mode', () => {
  it('finds double-quote regions of all three styles, cut at line breaks', () => {
    const text = `a “b” c "d" e ''f'' g “h\ni`;
    expect(doubleQuoteRegions(text)).toEqual([r(2, 5), r(8, 11), r(14, 19), r(22, 24)]);
  });

  it('is direct when most content letters are quoted', () => {
    const text = 'He said: “We will win this race.” Then he said the plan was “a disaster” for all of us.';
    const quoted = span([9, 33]);
    const paraphrase = span([47, 86]); // "the plan was “a disaster” for all of us": 9 of 29 letters quoted
    expect(goldMode(text, quoted)).toBe('direct');
    expect(goldMode(text, paraphrase)).toBe('indirect');
    expect(goldMode(text, null)).toBe('indirect');
  });

  it('reads the New York Times double-apostrophe quotes and discontinuous content', () => {
    const text = "''We will win,'' he said, ''and soon.''";
    const content = span([0, 16], [26, 39]);
    expect(
      withGoldModes(text, [{ id: 'E1', cue: span([20, 24]), source: span([17, 19]), content }])[0].mode,
    ).toBe('direct');
  });
});

describe('scorePolnear', () => {
  it('scores found, correct, source, mode and content as worked out by hand', () => {
    const g = [
      gold('E1', span([10, 14]), span([0, 5]), span([15, 30]), 'direct'),
      gold('E2', span([50, 55]), null, span([56, 70])),
      gold('E3', span([100, 102], [110, 112]), span([90, 95]), span([113, 120])),
    ];
    const p = [
      pred([11, 13], [0, 3], [16, 20], 'direct'), // finds E1: source, mode, content right
      pred([52, 54], [40, 45], null), // finds E2: source wrong (gold null), content wrong (pred null), mode right
      pred([105, 108], [90, 95], [113, 120]), // in the gap between E3's cue fragments: no overlap, FP
      pred([200, 205], null, null), // FP
    ];
    const s = scorePolnear(g, p);
    expect(s.counts).toMatchObject({
      gold: 3,
      predicted: 4,
      found: 2,
      correct: 2,
      sourceCorrect: 1,
      modeCorrect: 2,
      contentCorrect: 1,
      goldDirect: 1,
      foundDirect: 1,
    });
    expect(s.falsePositives).toEqual([p[2], p[3]]);
    expect(s.gold.map((o) => o.predicted)).toEqual([p[0], p[1], null]);
    const rt = rates(s.counts);
    expect(rt.precision).toBeCloseTo(0.5);
    expect(rt.recall).toBeCloseTo(2 / 3);
    expect(rt.f1).toBeCloseTo(4 / 7); // 2 * 1/2 * 2/3 / (1/2 + 2/3)
    expect(rt.sourceAccuracy).toBeCloseTo(0.5);
    expect(rt.modeAccuracy).toBeCloseTo(1);
    expect(rt.contentAccuracy).toBeCloseTo(0.5);
    expect(rt.recallDirect).toBeCloseTo(1);
    expect(rt.recallIndirect).toBeCloseTo(0.5);
  });

  it('counts a prediction overlapping two gold cues once for precision and finds both', () => {
    const g = [gold('E1', span([0, 5]), null, null), gold('E2', span([5, 10]), null, null)];
    const s = scorePolnear(g, [pred([3, 7], null, null)]);
    expect(s.counts).toMatchObject({
      gold: 2,
      predicted: 1,
      found: 2,
      correct: 1,
      sourceCorrect: 2,
      contentCorrect: 2,
    });
    expect(rates(s.counts)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('credits the prediction with the largest cue overlap; both count for precision', () => {
    const g = [gold('E1', span([0, 10]), span([20, 25]), null)];
    const small = pred([0, 2], null, null);
    const big = pred([3, 9], [21, 23], null);
    const s = scorePolnear(g, [small, big]);
    expect(s.gold[0].predicted).toBe(big);
    expect(s.counts).toMatchObject({ found: 1, correct: 2, sourceCorrect: 1 });
  });

  it('leaves an attribution nested inside a gold content out of precision, and reports it', () => {
    // Gold: `X said [Y told voters Z]` — the univocal gold holds only the outer attribution.
    const g = [gold('E1', span([2, 6]), span([0, 1]), span([7, 40]))];
    const outer = pred([2, 6], [0, 1], [7, 40]);
    const inner = pred([10, 14], [7, 9], [15, 40]); // cue wholly inside the gold content
    const stray = pred([50, 54], null, null); // outside everything: a false positive
    const s = scorePolnear(g, [outer, inner, stray]);
    expect(s.counts).toMatchObject({ predicted: 3, correct: 1, nested: 1, found: 1 });
    expect(s.nested).toEqual([inner]);
    expect(s.falsePositives).toEqual([stray]);
    const rt = rates(s.counts);
    expect(rt.precision).toBeCloseTo(1 / 2); // correct / (predicted - nested)
    expect(rt.strictPrecision).toBeCloseTo(1 / 3); // correct / predicted
    expect(rt.strictF1).toBeCloseTo(0.5); // P 1/3, R 1
  });

  it('scores empty inputs as zeros, not NaN', () => {
    const rt = rates(scorePolnear([], []).counts);
    expect(rt).toMatchObject({ precision: 0, recall: 0, f1: 0, sourceAccuracy: 0 });
  });

  it('adds up micro totals overall and per publisher', () => {
    const a = scorePolnear(
      [gold('E1', span([0, 4]), null, null)],
      [pred([0, 4], null, null), pred([9, 12], null, null)],
    ).counts;
    const b = scorePolnear(
      [gold('E1', span([0, 4]), null, null), gold('E2', span([8, 12]), null, null)],
      [],
    ).counts;
    const t = totals([
      { publisher: 'nyt', counts: a },
      { publisher: 'breitbart', counts: b },
      { publisher: 'nyt', counts: b },
    ]);
    expect(Object.keys(t.publishers)).toEqual(['breitbart', 'nyt']);
    expect(t.overall).toMatchObject({ articles: 3, gold: 5, predicted: 2, found: 1, correct: 1 });
    expect(t.overall.recall).toBeCloseTo(0.2);
    expect(t.publishers.nyt).toMatchObject({ articles: 2, gold: 3, predicted: 2, found: 1, correct: 1 });
    expect(t.publishers.nyt.f1).toBeCloseTo(0.4); // P 1/2, R 1/3
  });
});

describe('corpus files', () => {
  it('chooses the first annotator in sorted order', () => {
    const chosen = chooseAnnotations(['a_b_d473.ann', 'a_b_4b22.ann', 'c_4e07.ann', 'notes.txt']);
    expect(chosen.get('a_b')).toEqual({ file: 'a_b_4b22.ann', annotators: ['4b22', 'd473'] });
    expect(chosen.get('c')?.file).toBe('c_4e07.ann');
    expect(chosen.size).toBe(2);
  });

  it('reads the publisher of each file from metadata.tsv', () => {
    const meta = parseMetadata(
      'compartment\tfilename\tpublisher\ntrain\tnyt_x\tnyt\ntrain\tbb_y\tbreitbart\n',
    );
    expect([...meta]).toEqual([
      ['nyt_x', 'nyt'],
      ['bb_y', 'breitbart'],
    ]);
  });
});

const dataDir = defaultDataDir();

describe('PolNeAR regression guard (first 20 train articles)', () => {
  it.runIf(fs.existsSync(dataDir))('keeps attribution F1 above the floor', () => {
    const articles = loadPolnear(dataDir, { limit: 20 });
    expect(articles).toHaveLength(20);
    // The gold side is fixed by the data: 293 attributions, all breitbart.
    expect(articles.reduce((n, a) => n + a.gold.length, 0)).toBe(293);
    const result = evaluatePolnear(articles, dataDir);
    // Measured when the benchmark was added (before rule work on it): P 0.867, R 0.399, F1 0.547;
    // after belief/evidence/naming cues, headline colons and nested-attribution scoring: P 0.851
    // (strict 0.759), R 0.505, F1 0.634; after subjects in longer sentences F1 0.674 (strict 0.640);
    // after passives, implicit sources, infinitive cues and views F1 0.722 (strict 0.684).
    // The floor sits about 0.04 below; raise it as the rules improve.
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.68);
    expect(result.overall.strictF1).toBeGreaterThanOrEqual(0.64);
  });
});

describe('analysis independent of reading order', () => {
  it.runIf(fs.existsSync(dataDir))(
    'gives each of 60 PolNeAR articles the same result read forwards or backwards in one process',
    () => {
      const articles = loadPolnear(dataDir, { limit: 60 });
      const analyzer = createAnalyzer();
      const read = (list: typeof articles) =>
        new Map(
          list.map((a) => [
            a.id,
            JSON.stringify(
              analyzer.analyze({ id: a.id, meta: {}, text: a.text, origin: { file: a.id, line: null } }),
            ),
          ]),
        );
      const forwards = read(articles);
      const backwards = read([...articles].reverse());
      const differing = articles.filter((a) => forwards.get(a.id) !== backwards.get(a.id)).map((a) => a.id);
      expect(differing).toEqual([]);
    },
  );
});
