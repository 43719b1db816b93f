import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './helpers';

/** Hand-written sentences in Indian-outlet, wire-service and Pakistani styles: no rule may be tuned to the sample. */

describe('attributions', () => {
  it('reads a direct quote with the cue after it, and the participle that continues it', () => {
    const doc = analyzeSentence(
      '“We will not allow cross-border terrorism to continue,” Home Minister Amit Shah said, adding that infiltration bids had risen.',
    );
    expect(
      doc.attributions.map((a) => [a.mode, a.cue.text, a.source?.text, a.speaker, a.sourceType]),
    ).toEqual([
      ['direct', 'said', 'Home Minister Amit Shah', 'Amit Shah', 'person'],
      ['indirect', 'adding', 'Home Minister Amit Shah', 'Amit Shah', 'person'],
    ]);
    expect(doc.attributions[0].content?.text).toBe('We will not allow cross-border terrorism to continue');
  });

  it('reads “…,” said X and a pronoun that continues the same unnamed source', () => {
    const doc = analyzeSentence(
      '“The situation is under control,” said the official. “There is no need to panic,” he added.',
    );
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.sourceType, a.anonymous])).toEqual([
      ['said', 'the official', 'unnamed', true],
      ['added', 'he', 'unnamed', true],
    ]);
  });

  it('marks a wire-style source anonymous even when the text gives a role', () => {
    const doc = analyzeSentence(
      'A police officer, who spoke on condition of anonymity because he was not authorized to speak to reporters, said about 20 rebels may have crossed the Line of Control.',
    );
    expect(doc.attributions).toHaveLength(1);
    expect(doc.attributions[0]).toMatchObject({
      source: { text: 'A police officer' },
      sourceType: 'unnamed',
      anonymous: true,
      mode: 'indirect',
    });
    expect(doc.attributions[0].content?.text).toBe('about 20 rebels may have crossed the Line of Control');
  });

  it('reads according to X, a time phrase before the cue, and names the organisation, not its possessor', () => {
    const according = analyzeSentence(
      'According to Pakistan’s Foreign Office, the Modi government is pursuing demographic change.',
    );
    expect(according.attributions[0]).toMatchObject({
      cue: { text: 'According to' },
      source: { text: 'Pakistan’s Foreign Office' },
      sourceType: 'organization',
    });
    expect(according.attributions[0].speaker).toBe('Ministry of Foreign Affairs (Pakistan)');
    const rejected = analyzeSentence(
      'India on Tuesday rejected the remarks, saying the matter was internal.',
    );
    expect(rejected.attributions.map((a) => [a.cue.text, a.source?.text, a.speaker])).toEqual([
      ['rejected', 'India', 'India'],
      ['saying', 'India', 'India'],
    ]);
  });

  it('types a document source and does not take mere actions or infinitives for reports', () => {
    const doc = analyzeSentence(
      'A joint statement issued after the talks declared that the ceasefire would hold. The ministers met in Geneva. It is worth to mention that trade resumed.',
    );
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.sourceType])).toEqual([
      ['declared', 'A joint statement', 'document'],
    ]);
  });

  it('finds the source across brackets, for-phrases and comma-set asides, and short quotes before the cue', () => {
    const sources = (text: string) =>
      analyzeSentence(text).attributions.map((a) => [a.mode, a.cue.text, a.source?.text]);
    expect(sources('Roger Wicker (R-Miss.) said the bill was dead.')).toEqual([
      ['indirect', 'said', 'Roger Wicker'],
    ]);
    expect(sources('A spokeswoman for the ministry said the talks would go on.')).toEqual([
      ['indirect', 'said', 'A spokeswoman for the ministry'],
    ]);
    expect(sources('Proponents of the bill, however, say it would cut costs.')).toEqual([
      ['indirect', 'say', 'Proponents of the bill'],
    ]);
    expect(sources('The senator, in a statement, said the report was wrong.')).toEqual([
      ['indirect', 'said', 'The senator'],
    ]);
    expect(sources('"I do well," said John Smith.')).toEqual([['direct', 'said', 'John Smith']]);
  });

  it('needs a clause after topic verbs: noted that… reports, highlighted the plight… does not', () => {
    const doc = analyzeSentence(
      'Pakistan maintained close relations with Turkey. The envoy highlighted the plight of refugees. The minister noted that talks would resume. Talks will resume soon, the envoy noted.',
    );
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text])).toEqual([
      ['noted', 'The minister'],
      ['noted', 'the envoy'],
    ]);
  });
});

describe('loaded terms', () => {
  it('finds Indian usage with its neutral alternative, longest match first, in and out of quotes', () => {
    const doc = analyzeSentence(
      '“Terrorists from PoK keep trying,” the Army said. Pakistan-occupied Kashmir remains a launch pad.',
    );
    expect(doc.loadedTerms.map((t) => [t.text, t.favours, t.inQuote])).toEqual([
      ['Terrorists', 'India', true],
      ['PoK', 'India', true],
      ['Pakistan-occupied Kashmir', 'India', false],
    ]);
    expect(doc.loadedTerms[2].neutral).toMatch(/Pakistan-administered Kashmir/);
  });

  it('matches the IIOJK family across spellings and never inside a word', () => {
    const doc = analyzeSentence(
      'Rallies were held for IIOJ&K, IIOJ & K and Indian Illegally Occupied Jammu and Kashmir; the IOKX file and bioke samples were not.',
    );
    expect(doc.loadedTerms.map((t) => t.text)).toEqual([
      'IIOJ&K',
      'IIOJ & K',
      'Indian Illegally Occupied Jammu and Kashmir',
    ]);
  });

  it('leaves wire-style neutral wording alone', () => {
    expect(
      analyzeSentence(
        'Suspected militants killed two soldiers in Indian-administered Kashmir, police said, as a curfew continued.',
      ).loadedTerms,
    ).toEqual([]);
  });
});

describe('hedges and boosters', () => {
  const hedgesOf = (text: string) => analyzeSentence(text).hedges.map((h) => h.text);
  const boostersOf = (text: string) => analyzeSentence(text).boosters.map((b) => b.text);

  it('tells the modal from the month and possibility from past inability', () => {
    expect(
      hedgesOf(
        'The talks were held in May. The talks may resume. He could not attend. Violence could escalate.',
      ),
    ).toEqual(['may', 'could']);
  });

  it('reads could of past ability from the past-time phrases of the context words', () => {
    const text =
      'As a child she could swim for hours. Back in 1998 he could read three languages. The river could flood.';
    expect(hedgesOf(text)).toEqual(['could']);
    expect(hedgesOf('She could swim across the lake if the weather holds.')).toEqual(['could']);
  });

  it('counts approximators only before quantities', () => {
    expect(
      hedgesOf('Some 300 people attended. Officials talked about Kashmir. Nearly a month passed.'),
    ).toEqual(['Some', 'Nearly']);
  });

  it('separates epistemic from deontic must, and evidence from display', () => {
    expect(boostersOf('India must be held accountable. This must be a mistake.')).toEqual(['must']);
    expect(
      boostersOf('The data clearly show that the policy failed. Protesters marched to show their anger.'),
    ).toEqual(['clearly', 'show']);
  });

  it('reads is said to as a hedge and as an attribution whose source is left unstated', () => {
    const doc = analyzeSentence('The government is said to be under pressure.');
    expect(doc.hedges.map((h) => h.text)).toEqual(['is said to']);
    expect(doc.attributions.map((a) => [a.cue.text, a.source, a.sourceType, a.anonymous])).toEqual([
      ['is said', null, 'implicit', false],
    ]);
    expect([
      doc.summary.distinctSources,
      doc.summary.anonymousShare,
      doc.summary.sourceShare_implicit,
    ]).toEqual([0, 0, 1]);
  });
});

describe('actors', () => {
  it('maps metonymy, demonym + government noun and the Modi government, but not a location', () => {
    const doc = analyzeSentence(
      'Indian authorities detained Yasin Malik. The move was criticised by Islamabad, while New Delhi insisted the Modi government acted lawfully. A meeting in Islamabad ended.',
    );
    const byName = Object.fromEntries(doc.actors.map((a) => [a.name, a]));
    expect(byName.India.mentions.map((m) => m.text)).toEqual([
      'Indian authorities',
      'New Delhi',
      'Modi government',
    ]);
    expect(byName.Pakistan.mentions.map((m) => m.text)).toEqual(['Islamabad']);
    expect(byName['Narendra Modi'].mentions.map((m) => m.text)).toEqual(['Modi']);
    expect(byName['Yasin Malik'].asPatient).toBe(1);
    // `was criticised by Islamabad`: criticism is a speech act, so Islamabad is its source.
    expect([byName.Pakistan.asAgent, byName.Pakistan.asSource]).toEqual([0, 1]);
  });

  it('does not take datelines, months or title words for actors', () => {
    const doc = analyzeSentence('SRINAGAR, India (AP) — The President spoke in May about Kupwara.');
    expect(doc.actors).toEqual([]);
  });

  it('keeps South Asian honorifics in the name and resolves title + surname references', () => {
    const doc = analyzeSentence(
      'Prime Minister Chaudhry Anwar ul Haq met traders. Prime Minister Haq later pledged support.',
    );
    expect(doc.actors.map((a) => [a.name, a.mentions.length])).toEqual([['Chaudhry Anwar-ul-Haq', 2]]);
  });
});

describe('summary: coordinated speakers', () => {
  it('counts an attribution once for each side among its speakers, and each speaker among the top speakers', () => {
    const doc = analyzeSentence('Narendra Modi and Nawaz Sharif said the visit was historic.');
    expect(doc.summary.voices_India).toBe(1);
    expect(doc.summary.voices_Pakistan).toBe(1);
    expect(doc.summary.topSpeakers).toBe('Narendra Modi (1); Nawaz Sharif (1)');
    expect(doc.summary.distinctSources).toBe(2);
  });
});
