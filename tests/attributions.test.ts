import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './helpers';

/** `[cue, source, content]` of every attribution, in text order. */
const triples = (text: string) => analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null, a.content?.text ?? null]);

describe('attributions: beliefs and intentions need a clause after the cue', () => {
  it('takes a belief with a clause without `that`', () => {
    const doc = analyzeSentence('External Affairs Minister S. Jaishankar believes the border talks will resume after the monsoon.');
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text, a.sourceType])).toEqual([
      ['believes', 'External Affairs Minister S. Jaishankar', 'the border talks will resume after the monsoon', 'person'],
    ]);
  });

  it('does not take a belief with a plain object', () => {
    expect(triples('The Congress party believes in secularism.')).toEqual([]);
  });

  it('takes an intention with an infinitive', () => {
    expect(triples('The Samajwadi Party wants to contest all 80 seats in Uttar Pradesh.')).toEqual([['wants', 'The Samajwadi Party', 'to contest all 80 seats in Uttar Pradesh']]);
    expect(triples('A spokesperson for the ministry declined to comment on the report.')).toEqual([['declined', 'A spokesperson for the ministry', 'to comment on the report']]);
  });

  it('takes a named object with an infinitive, but not a noun’s own infinitive', () => {
    expect(triples('The BJP expects the Election Commission to announce the poll dates next week.')).toEqual([
      ['expects', 'The BJP', 'the Election Commission to announce the poll dates next week'],
    ]);
    expect(triples('The minister’s visit highlights the state’s determination to hold panchayat polls.')).toEqual([]);
  });
});

describe('attributions: evidence verbs report for documents', () => {
  it('lets a survey show whatever its object is', () => {
    const doc = analyzeSentence('The latest CVoter survey shows the NDA ahead in Bihar.');
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text, a.sourceType])).toEqual([
      ['shows', 'The latest CVoter survey', 'the NDA ahead in Bihar', 'document'],
    ]);
  });

  it('does not let a person `show` a plain object', () => {
    expect(triples('The young bowler shows great promise.')).toEqual([]);
  });
});

describe('attributions: naming verbs', () => {
  it('takes `called X “…”` with the quoted name as direct content', () => {
    const doc = analyzeSentence('Rahul Gandhi called the farm laws “a betrayal of farmers”.');
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.speaker, a.mode])).toEqual([['called', 'Rahul Gandhi', 'Rahul Gandhi', 'direct']]);
  });

  it('does not take `called` a meeting, nor a group called something', () => {
    expect(triples('The ministry called a meeting of state officials on Monday.')).toEqual([]);
    expect(triples('Police arrested three members of a group called the “Kashmir Tigers” on Sunday.')).toEqual([]);
  });
});

describe('attributions: paragraph-opening colons', () => {
  it('takes a headline `Name: claim` with the name as source', () => {
    const doc = analyzeSentence('Jaishankar: Terror and talks cannot go together\n\nNEW DELHI — India on Monday ruled out talks with Pakistan.');
    expect(doc.attributions[0]).toMatchObject({ cue: { text: ':' }, source: { text: 'Jaishankar' }, content: { text: 'Terror and talks cannot go together' }, mode: 'indirect' });
  });

  it('does not take a section title or a colon after a verb', () => {
    expect(triples('The Latest: Modi to visit Srinagar next week\n\nThe prime minister will travel on Friday.')).toEqual([]);
    expect(triples('Officials listed the priorities of the package: more jobs, water and roads.')).toEqual([]);
  });
});

describe('attributions: participial reference phrases', () => {
  it('gives `…, referring to X` the source of the attribution it follows', () => {
    expect(triples('“We will not accept any mediation,” the minister said, referring to the US offer.')).toEqual([
      ['said', 'the minister', 'We will not accept any mediation'],
      ['referring to', 'the minister', 'the US offer'],
    ]);
  });
});

describe('attributions: linear time', () => {
  it('handles thousands of quote marks, balanced and not, without blowing up', () => {
    const balanced = '“We will talk,” he said. '.repeat(1500);
    const unbalanced = '“Not closed, the minister said ” “ " '.repeat(1500);
    const started = performance.now();
    const doc = analyzeSentence(`${balanced}\n\n${unbalanced}`);
    const seconds = (performance.now() - started) / 1000;
    expect(doc.attributions.filter((a) => a.mode === 'direct').length).toBeGreaterThanOrEqual(1500);
    for (const a of doc.attributions) expect(a.content === null || a.content.end - a.content.start < 400).toBe(true);
    expect(seconds).toBeLessThan(20);
  });
});
