import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Attribution, Cue, LoadedTerm } from '../src/types';
import {
  buildAliasMap,
  checkThresholds,
  matchOneToOne,
  prf,
  scoreActors,
  scoreAttributions,
  scoreCorpus,
  scoreCues,
  scoreFurniture,
  scoreLoadedTerms,
  scoreRoleCounts,
  type GoldActor,
  type GoldAttribution,
  type GoldCue,
  type GoldDocument,
  type GoldLoadedTerm,
  type PredictedActor,
  type PredictedDocument,
} from '../src/eval';

const span = (start: number, end: number, text = '') => ({ start, end, text });
const cue = (start: number, end: number, inQuote = false): Cue => ({
  ...span(start, end),
  entry: 'x',
  inQuote,
});
const goldCue = (start: number, end: number, inQuote = false): GoldCue => ({ ...span(start, end), inQuote });

function goldAttribution(cueStart: number, over: Partial<GoldAttribution> = {}): GoldAttribution {
  return {
    cue: span(cueStart, cueStart + 4),
    source: span(cueStart - 10, cueStart - 2),
    content: null,
    speaker: 'Narendra Modi',
    speakers: ['Narendra Modi'],
    sourceType: 'person',
    anonymous: false,
    mode: 'indirect',
    ...over,
  };
}

function predictedAttribution(cueStart: number, over: Partial<Attribution> = {}): Attribution {
  return {
    cue: span(cueStart, cueStart + 4),
    source: span(cueStart - 10, cueStart - 2),
    content: null,
    continuation: [],
    speaker: 'Narendra Modi',
    speakers: ['Narendra Modi'],
    sourceType: 'person',
    anonymous: false,
    mode: 'indirect',
    ...over,
  };
}

function actor(
  name: string,
  mentions: [number, number][],
  roles: { agent?: number; patient?: number; source?: number } = {},
): GoldActor & PredictedActor {
  return {
    name,
    type: 'state',
    side: null,
    mentions: mentions.map(([s, e]) => span(s, e)),
    asAgent: roles.agent ?? 0,
    asPatient: roles.patient ?? 0,
    asSource: roles.source ?? 0,
    roles: [],
  };
}

describe('prf', () => {
  it('2 TP, 1 FP, 1 FN gives P = R = F1 = 2/3', () => {
    const s = prf(2, 1, 1);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
  it('3 TP, 1 FP, 3 FN gives P = 3/4, R = 1/2, F1 = 0.6', () => {
    const s = prf(3, 1, 3);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.6); // 2·0.75·0.5 / 1.25
  });
  it('is null, not 0 or 1, when there is nothing to measure', () => {
    expect(prf(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null });
    expect(prf(0, 0, 2)).toMatchObject({ precision: null, recall: 0, f1: null });
  });
});

describe('matchOneToOne', () => {
  it('does not credit one long prediction for two gold spans', () => {
    const m = matchOneToOne(
      [span(0, 5), span(6, 10)],
      [span(0, 10)],
      (x) => x,
      (x) => x,
      () => true,
    );
    expect(m.pairs).toHaveLength(1);
    expect(m.unmatchedGold).toHaveLength(1);
  });
  it('takes the largest overlap first', () => {
    const m = matchOneToOne(
      [span(0, 10)],
      [span(8, 12), span(2, 9)],
      (x) => x,
      (x) => x,
      () => true,
    );
    expect(m.pairs[0].predicted).toEqual(span(2, 9));
  });
});

describe('scoreAttributions', () => {
  it('counts a cue overlap as found and scores source, speaker, type and mode on found ones', () => {
    const gold = [
      goldAttribution(20),
      goldAttribution(60, { speaker: null, speakers: [], sourceType: 'unnamed', anonymous: true }),
      goldAttribution(100, { mode: 'direct' }),
    ];
    const predicted = [
      predictedAttribution(21), // overlaps gold 20: everything right
      predictedAttribution(60, { speaker: 'Modi', sourceType: 'person' }), // found; speaker and type wrong
      predictedAttribution(200), // no gold: FP
    ];
    const s = scoreAttributions(gold, predicted, new Map());
    // 2 TP, 1 FP, 1 FN (gold at 100) → P = R = 2/3
    expect(s.detection).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.detection.precision).toBeCloseTo(2 / 3);
    expect(s.detection.recall).toBeCloseTo(2 / 3);
    expect(s.source).toMatchObject({ correct: 2, total: 2 });
    expect(s.speaker).toMatchObject({ correct: 1, total: 2 });
    expect(s.sourceType).toMatchObject({ correct: 1, total: 2 });
    expect(s.anonymous).toMatchObject({ correct: 1, total: 2 });
    expect(s.mode).toMatchObject({ correct: 2, total: 2 });
  });
  it('normalises speakers through the alias map and accepts any speaker of a coordinated source', () => {
    const aliases = buildAliasMap([{ name: 'Narendra Modi', aliases: ['Modi', 'PM Modi'] }]);
    const gold = [goldAttribution(20, { speaker: 'Imran Khan', speakers: ['Imran Khan', 'Narendra Modi'] })];
    const s = scoreAttributions(gold, [predictedAttribution(20, { speaker: 'PM Modi' })], aliases);
    expect(s.speaker.accuracy).toBe(1);
  });
  it('treats a null source as right only against a null source', () => {
    const s = scoreAttributions(
      [goldAttribution(20, { source: null })],
      [predictedAttribution(20)],
      new Map(),
    );
    expect(s.source).toMatchObject({ correct: 0, total: 1 });
  });
});

describe('scoreLoadedTerms', () => {
  const term = (
    start: number,
    end: number,
    category: string,
    favours: string,
  ): GoldLoadedTerm & LoadedTerm => ({
    ...span(start, end),
    entry: 'e',
    category,
    favours,
    target: null,
    targetRole: null,
    neutral: 'n',
    inQuote: false,
  });
  it('separates exact from overlap matches and scores category/favours on overlap matches', () => {
    const gold = [
      term(0, 4, 'toponym', 'Pakistan'),
      term(10, 27, 'delegitimizing', 'Pakistan'),
      term(40, 50, 'emotive', 'none'),
    ];
    const predicted = [
      term(0, 4, 'toponym', 'Pakistan'), // exact
      term(18, 27, 'delegitimizing', 'India'), // overlap only; favours wrong
      term(60, 65, 'emotive', 'none'), // FP
    ];
    const s = scoreLoadedTerms(gold, predicted);
    expect(s.exact).toMatchObject({ tp: 1, fp: 2, fn: 2 }); // P = R = 1/3
    expect(s.exact.f1).toBeCloseTo(1 / 3);
    expect(s.lenient).toMatchObject({ tp: 2, fp: 1, fn: 1 }); // P = R = 2/3
    expect(s.category).toMatchObject({ correct: 2, total: 2 });
    expect(s.favours).toMatchObject({ correct: 1, total: 2 });
  });
});

describe('scoreCues', () => {
  it('scores hedges exactly and leniently and checks inQuote', () => {
    // gold: "is said to" [10,20), "almost" [30,36) in quote; predicted: "said to" [13,20), "almost" [30,36) not in quote, "May" [50,53)
    const s = scoreCues(
      [goldCue(10, 20), goldCue(30, 36, true)],
      [cue(13, 20), cue(30, 36, false), cue(50, 53)],
    );
    expect(s.exact).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.lenient).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(s.lenient.precision).toBeCloseTo(2 / 3);
    expect(s.lenient.recall).toBe(1);
    expect(s.lenient.f1).toBeCloseTo(0.8); // 2·(2/3)·1 / (5/3)
    expect(s.inQuote).toMatchObject({ correct: 1, total: 2 });
  });
});

describe('scoreActors', () => {
  const aliases = buildAliasMap([
    { name: 'Narendra Modi', aliases: ['Modi'] },
    { name: 'India', aliases: ['New Delhi'] },
  ]);
  const gold = [
    actor(
      'India',
      [
        [0, 5],
        [20, 29],
      ],
      { agent: 2, patient: 1 },
    ),
    actor('Narendra Modi', [[40, 45]], { source: 1 }),
    actor('Pakistan', [[60, 68]], { agent: 1 }),
  ];
  const predicted = [
    actor('New Delhi', [[20, 29]], { agent: 1, patient: 2 }), // = India
    actor('Modi', [[40, 45]], { source: 1 }), // = Narendra Modi
    actor('Srinagar', [[80, 88]], { agent: 1 }), // not an actor
    actor('India', [[0, 5]], {}), // second predicted entry for India: merged
  ].map(({ roles: _perMention, ...a }) => a); // the contract has no per-mention roles
  const s = scoreActors(gold, predicted, aliases);
  it('compares canonical name sets', () => {
    // gold {India, Narendra Modi, Pakistan}, predicted {India, Narendra Modi, Srinagar}: 2 TP, 1 FP, 1 FN
    expect(s.names).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });
  it('matches mentions by overlap, and separately by overlap and actor', () => {
    // gold mentions [0,5) [20,29) [40,45) [60,68); predicted [20,29) [40,45) [80,88) [0,5)
    expect(s.mentions).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(s.linkedMentions).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });
  it('credits min(gold, predicted) role occurrences per actor and role', () => {
    // India agent min(2,1)=1, patient min(1,2)=1; Modi source 1; Pakistan agent 0 → 3 matched
    // gold total 2+1+1+1 = 5; predicted total 1+2+1+1 = 5 → P = R = 3/5
    expect(s.roles.counts).toMatchObject({ tp: 3, fp: 2, fn: 2 });
    expect(s.roles.counts.recall).toBeCloseTo(0.6);
    expect(s.roles.byMention).toBeNull();
  });
  it('scores roles per mention when predictions carry them', () => {
    const g: GoldActor[] = [
      {
        ...actor('India', [[0, 5]], { agent: 1 }),
        roles: [{ mention: span(0, 5), role: 'agent', named: true }],
      },
    ];
    const right: PredictedActor[] = [
      {
        ...actor('India', [[0, 5]], { agent: 1 }),
        roles: [{ mention: { start: 1, end: 5 }, role: 'agent' }],
      },
    ];
    const wrong: PredictedActor[] = [
      {
        ...actor('India', [[0, 5]], { patient: 1 }),
        roles: [{ mention: { start: 0, end: 5 }, role: 'patient' }],
      },
    ];
    expect(scoreActors(g, right, new Map()).roles.byMention).toMatchObject({ correct: 1, total: 1 });
    expect(scoreActors(g, wrong, new Map()).roles.byMention).toMatchObject({ correct: 0, total: 1 });
  });
  it('scoreRoleCounts ignores actors the gold does not have only in recall', () => {
    const r = scoreRoleCounts(
      [actor('India', [[0, 5]], { agent: 1 })],
      [actor('China', [[0, 5]], { agent: 1 })],
      new Map(),
    );
    expect(r).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('scoreFurniture', () => {
  const text = 'By X\n\nBody text here.\n\nMore in Y';
  //            0123 4 5678901234567890 1 2345678
  it('counts non-whitespace characters only', () => {
    // gold: "By X" [0,4) → 3 chars; "More in Y" [23,32) → 7 chars; total 10
    // predicted: [0,6) → "By X\n\n" → 3 chars; [6,10) "Body" → 4 chars (wrong)
    const s = scoreFurniture(text, [span(0, 4), span(23, 32)], [span(0, 6), span(6, 10)]);
    expect(s.characters).toMatchObject({ tp: 3, fp: 4, fn: 7 });
    expect(s.characters?.precision).toBeCloseTo(3 / 7);
    expect(s.characters?.recall).toBeCloseTo(3 / 10);
  });
  it('is null when the prediction has no mask', () => {
    expect(scoreFurniture(text, [span(0, 4)], undefined).characters).toBeNull();
  });
});

function goldDoc(id: string, text: string, hedges: GoldCue[]): GoldDocument {
  return {
    id,
    textLength: text.length,
    furniture: [],
    quotes: [],
    attributions: [],
    loadedTerms: [],
    actors: [],
    hedges,
    boosters: [],
  };
}

function predictedDoc(id: string, text: string, hedges: Cue[]): PredictedDocument {
  return {
    id,
    meta: {},
    text,
    stats: { tokens: 0, words: 0, sentences: 0 },
    attributions: [],
    loadedTerms: [],
    actors: [],
    hedges,
    boosters: [],
    summary: {},
  };
}

describe('scoreCorpus', () => {
  const a = 'It may rain, perhaps.';
  const b = 'About 70 came.';
  const gold = [
    goldDoc('a', a, [goldCue(3, 6), goldCue(13, 20)]),
    goldDoc('b', b, [goldCue(0, 5)]),
    goldDoc('c', 'x', []),
  ];
  const predicted = [
    predictedDoc('a', a, [cue(3, 6)]),
    predictedDoc('b', b, [cue(0, 5), cue(9, 13)]),
    predictedDoc('z', 'y', []),
  ];
  const s = scoreCorpus(predicted, gold);
  it('sums counts over documents (micro) and recomputes ratios', () => {
    // a: 1 TP, 0 FP, 1 FN; b: 1 TP, 1 FP, 0 FN → 2 TP, 1 FP, 1 FN → P = R = 2/3
    expect(s.micro.hedges.exact).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.micro.hedges.exact.f1).toBeCloseTo(2 / 3);
    expect(s.documents.map((d) => d.id)).toEqual(['a', 'b']);
  });
  it('lists gold without prediction and prediction without gold', () => {
    expect(s.missing).toEqual(['c']);
    expect(s.unexpected).toEqual(['z']);
  });
  it('warns when the predicted text is not the annotated text', () => {
    const w = scoreCorpus([predictedDoc('a', a + ' ', [])], [goldDoc('a', a, [])]);
    expect(w.documents[0].warnings[0]).toMatch(/differs/);
  });
});

describe('checkThresholds', () => {
  const s = scoreCorpus(
    [predictedDoc('b', 'About 70 came.', [cue(0, 5), cue(9, 13)])],
    [goldDoc('b', 'About 70 came.', [goldCue(0, 5)])],
  );
  it('fails figures below their minimum and passes the rest', () => {
    // hedges exact: P = 1/2, R = 1
    const failures = checkThresholds(s.micro, { 'hedges.exact.precision': 0.6, 'hedges.exact.recall': 1 });
    expect(failures.map((f) => f.metric)).toEqual(['hedges.exact.precision']);
  });
  it('rejects unknown metric names and unmeasured metrics with a positive minimum', () => {
    const failures = checkThresholds(s.micro, {
      'hedges.exactt.f1': 0,
      'furniture.characters': 0.5,
      'boosters.exact.f1': 0,
    });
    expect(failures.map((f) => f.reason)).toEqual(['unknown metric', 'not measured']);
  });
  it('the shipped thresholds file names only known metrics', () => {
    const file = path.join(__dirname, 'gold', 'thresholds.json');
    const thresholds = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>;
    const withFurniture = scoreCorpus(
      [{ ...predictedDoc('b', 'About 70 came.', []), furniture: [] }],
      [goldDoc('b', 'About 70 came.', [])],
    );
    expect(
      checkThresholds(withFurniture.micro, thresholds).filter((f) => f.reason === 'unknown metric'),
    ).toEqual([]);
  });
});

describe('gold files', () => {
  const goldDir = path.join(__dirname, 'gold');
  const corpusDir = path.join(__dirname, '..', 'corpus');
  const body = (md: string) => md.slice(/^---\n[\s\S]*?\n---\n/.exec(md)![0].length);
  const files = fs.readdirSync(goldDir).filter((f) => /^\d{3}-.*\.json$/.test(f));
  it('has one gold file per corpus article', () => {
    const articles = fs
      .readdirSync(corpusDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, '.json'));
    expect(files.sort()).toEqual(articles.sort());
  });
  it.each(files)('every span of %s quotes the corpus text exactly', (file) => {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as GoldDocument;
    const text = body(fs.readFileSync(path.join(corpusDir, file.replace(/\.json$/, '.md')), 'utf8'));
    const spans: { start: number; end: number; text: string }[] = [
      ...gold.furniture,
      ...gold.quotes,
      ...gold.attributions.flatMap((a) =>
        [a.cue, a.source, a.content].filter((x): x is NonNullable<typeof x> => x !== null),
      ),
      ...gold.loadedTerms,
      ...gold.hedges,
      ...gold.boosters,
      ...gold.actors.flatMap((a) => [...a.mentions, ...a.roles.map((r) => r.mention)]),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(gold.textLength).toBe(text.length);
  });
});

describe('test sentences', () => {
  const sentences = JSON.parse(
    fs.readFileSync(path.join(__dirname, 'gold', 'sentences.json'), 'utf8'),
  ) as (GoldDocument & { text: string })[];
  it('has at least 40 hand-written sentences with unique ids', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
  });
  it('every span quotes its sentence exactly', () => {
    for (const s of sentences) {
      const spans = [
        ...s.loadedTerms,
        ...s.hedges,
        ...s.boosters,
        ...s.attributions.map((a) => a.cue),
        ...s.actors.flatMap((a) => a.mentions),
      ];
      for (const x of spans) expect(s.text.slice(x.start, x.end)).toBe(x.text);
    }
  });
});
