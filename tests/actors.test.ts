import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze';
import type { Document } from '../src/types';
import { analyzeSentence } from './helpers';

/**
 * Actor recognition, normalisation, roles and the side-aware summary (issue #5), on hand-written
 * sentences in Indian-outlet, Pakistani and wire styles. None of them comes from the sample corpus.
 */

const mentionsOf = (doc: Document) =>
  doc.actors
    .flatMap((a) => a.mentions.map((m) => [a.name, m.text]))
    .sort((x, y) => x.join().localeCompare(y.join()));
const rolesOf = (doc: Document) =>
  Object.fromEntries(doc.actors.map((a) => [a.name, [a.asSource, a.asAgent, a.asPatient]]));

describe('actor recognition and normalisation', () => {
  it('makes named armed forces organisations of their own, and other government phrases named by demonym the state', () => {
    // ANNOTATION.md §3 (issue #17): the Indian Army, Pakistan's military are organisations with their state's side.
    const doc = analyzeSentence(
      'The Indian Army and Indian security forces met the Pakistani military, while Armenian Armed Forces watched.',
    );
    expect(mentionsOf(doc)).toEqual([
      ['Armenia', 'Armenian Armed Forces'],
      ['India', 'Indian security forces'],
      ['Indian Army', 'Indian Army'],
      ['Pakistan military', 'Pakistani military'],
    ]);
    expect(doc.actors.find((actor) => actor.name === 'Indian Army')?.side).toBe('India');
  });

  it('reads the Modi(-led) government and a party government as the person or party and the state', () => {
    const doc = analyzeSentence('The Modi-led government acted, and the BJP government followed.');
    expect(mentionsOf(doc)).toEqual([
      ['BJP', 'BJP'],
      ['India', 'BJP government'],
      ['India', 'Modi-led government'],
      ['Narendra Modi', 'Modi'],
    ]);
  });

  it('resolves a later surname or title + surname to the person named in full earlier', () => {
    const doc = analyzeSentence(
      'Prime Minister Shehbaz Sharif spoke first. Later, Sharif said talks were possible, and Mr Sharif left.',
    );
    expect(doc.actors.map((a) => [a.name, a.mentions.length])).toEqual([['Shehbaz Sharif', 3]]);
  });

  it('maps a misspelt full name to the gazetteer person through an unambiguous surname', () => {
    const doc = analyzeSentence('President Iham Aliyev opened the summit.');
    expect(doc.actors.map((a) => a.name)).toEqual(['Ilham Aliyev']);
  });

  it('names a state’s ministry after the state, and ignores a possessive-pronoun description', () => {
    const doc = analyzeSentence(
      'Armenia’s Ministry of Defence denied it, while its Permanent Mission to the UN stayed silent.',
    );
    expect(doc.actors.map((a) => a.name).sort()).toEqual(['Armenia', 'Armenia Ministry of Defence', 'UN']);
    expect(rolesOf(doc).UN).toEqual([0, 0, 0]);
    expect(doc.actors.find((a) => a.name === 'Armenia Ministry of Defence')?.side).toBe('Armenia');
  });

  it('finds a person named after an inverted speech verb', () => {
    const doc = analyzeSentence('“The situation is under control,” said Vijay Kumar, the police chief.');
    expect(doc.actors.map((a) => [a.name, a.type])).toEqual([['Vijay Kumar', 'person']]);
  });

  it('excludes months, weekdays, title words alone, sentence-initial capitals, locations and datelines', () => {
    const doc = analyzeSentence(
      'SRINAGAR, India (AP) — On Monday in May, the Minister visited Srinagar and Kupwara. Former Security Chief spoke in Islamabad. Meeting in New Delhi ended.',
    );
    expect(doc.actors).toEqual([]);
  });

  it('reads capital metonymy only when the capital acts or is acted upon', () => {
    const doc = analyzeSentence(
      'New Delhi rejected the claim, and pressure on Islamabad grew after a meeting in Islamabad.',
    );
    expect(mentionsOf(doc)).toEqual([
      ['India', 'New Delhi'],
      ['Pakistan', 'Islamabad'],
    ]);
  });

  it('does not read names in headline capitalisation as persons', () => {
    const doc = analyzeSentence('Valley Traders Say Curfew Hurts Business\n\nShops stayed shut.');
    expect(doc.actors).toEqual([]);
  });
});

describe('actor roles', () => {
  it('credits the speaker, not a state or body named in a modifier of the source', () => {
    const doc = analyzeSentence(
      'Pakistan’s Foreign Office said the move was illegal. MEA spokesperson Randhir Jaiswal said the talks were over.',
    );
    expect(rolesOf(doc)).toEqual({
      'Ministry of Foreign Affairs (Pakistan)': [1, 0, 0],
      Pakistan: [0, 0, 0],
      'Ministry of External Affairs (India)': [0, 0, 0],
      'Randhir Jaiswal': [1, 0, 0],
    });
  });

  it('takes by X as the doer before reading the verb after X', () => {
    const doc = analyzeSentence('A meeting led by Pakistan was held in New York.');
    expect(rolesOf(doc).Pakistan).toEqual([0, 1, 0]);
  });

  it('makes the owner of an action noun its doer, and of a targeted object a patient', () => {
    expect(rolesOf(analyzeSentence('India’s military intervention began in 1948.')).India).toEqual([0, 1, 0]);
    expect(rolesOf(analyzeSentence('The resolution condemned India’s actions.')).India).toEqual([0, 0, 1]);
    expect(rolesOf(analyzeSentence('Turkey openly supports Pakistan’s stance.')).Pakistan).toEqual([0, 0, 0]);
  });

  it('gives no role to venues, recipients and names inside prepositional phrases', () => {
    expect(rolesOf(analyzeSentence('Journalists visited Azerbaijan last week.')).Azerbaijan).toEqual([
      0, 0, 0,
    ]);
    expect(rolesOf(analyzeSentence('The deal gave Pakistan more leverage.')).Pakistan).toEqual([0, 0, 0]);
    expect(
      rolesOf(analyzeSentence('Leaders highlighted the plight of the Kashmiri people and urged action.'))[
        'Kashmiri people'
      ],
    ).toEqual([0, 0, 0]);
  });

  it('reads experiencer verbs and passives as patients, and copulas as no role', () => {
    expect(rolesOf(analyzeSentence('Modi is facing a global backlash.'))['Narendra Modi']).toEqual([0, 0, 1]);
    expect(rolesOf(analyzeSentence('India was urged to restore statehood.')).India).toEqual([0, 0, 1]);
    expect(rolesOf(analyzeSentence('Azerbaijan became a member in 2011.')).Azerbaijan).toEqual([0, 0, 0]);
  });

  it('takes an -ed word tagged as an adjective as a passive participle after by (issue #17)', () => {
    expect(
      rolesOf(analyzeSentence('The towns which were liberated by Nepal in 1990 are rebuilt.')).Nepal,
    ).toEqual([0, 1, 0]);
  });

  it('reads a subject after a subordinator or an example marker as the subject (issue #17)', () => {
    expect(rolesOf(analyzeSentence('As Nepal contested the ruling, the court adjourned.')).Nepal).toEqual([
      0, 1, 0,
    ]);
    const roles = rolesOf(analyzeSentence('Neighbours like Nepal and Bangladesh quietly backed the plan.'));
    expect(roles.Nepal).toEqual([0, 1, 0]);
    expect(roles.Bangladesh).toEqual([0, 1, 0]);
    // A true prepositional object still takes no role from the verb after it.
    expect(rolesOf(analyzeSentence('The plight of Nepal continues to worry donors.')).Nepal).toEqual([
      0, 0, 0,
    ]);
  });

  it('makes a source that also acts in the same clause an agent too, and a speaker alone only a source (issue #17)', () => {
    expect(
      rolesOf(analyzeSentence('Nepal reviewed the treaty on Monday, saying it was unfair.')).Nepal,
    ).toEqual([1, 1, 0]);
    expect(rolesOf(analyzeSentence('Nepal said the treaty was unfair.')).Nepal).toEqual([1, 0, 0]);
    // The by-agent of a reporting verb only speaks.
    expect(rolesOf(analyzeSentence('The dam plan was condemned by Nepal on Monday.')).Nepal).toEqual([
      1, 0, 0,
    ]);
  });

  it('reads `both the countries` as the two states just coordinated when no joint speakers are near (issue #17)', () => {
    const roles = rolesOf(
      analyzeSentence(
        'Nepal and Bangladesh signed a water pact in March. Both the countries later expanded trade.',
      ),
    );
    expect(roles.Nepal).toEqual([0, 2, 0]);
    expect(roles.Bangladesh).toEqual([0, 2, 0]);
    // A group noun of another kind does not reach states.
    expect(
      rolesOf(analyzeSentence('Nepal and Bangladesh signed a pact. Both leaders later expanded trade.'))
        .Nepal,
    ).toEqual([0, 1, 0]);
  });

  it('reads the of-object of a doer noun as agent and of an undergoer noun as patient, not of other nouns (issue #17)', () => {
    expect(
      rolesOf(analyzeSentence('The dam was finished under the leadership of Nepal in 1998.')).Nepal,
    ).toEqual([0, 1, 0]);
    expect(
      rolesOf(
        analyzeSentence(
          'The region changed after the collapse of Nepal’s monarchy and the fall of Bangladesh.',
        ),
      ).Bangladesh,
    ).toEqual([0, 0, 1]);
    expect(rolesOf(analyzeSentence('Donors spoke about the partition of Nepal at length.')).Nepal).toEqual([
      0, 0, 0,
    ]);
  });

  it('lets a list of three or more names share the role of its last member, not a pair (issue #17)', () => {
    const roles = rolesOf(analyzeSentence('Envoys of Nepal, Bangladesh and Bhutan met in Geneva.'));
    expect([roles.Nepal, roles.Bangladesh, roles.Bhutan]).toEqual([
      [0, 1, 0],
      [0, 1, 0],
      [0, 1, 0],
    ]);
    expect(
      rolesOf(analyzeSentence('Reporters visited Nepal and Bangladesh closed its border.')).Nepal,
    ).toEqual([0, 0, 0]);
  });

  it('makes the subject of a passive reporting verb a patient, unless the verb reports its words (issue #17)', () => {
    expect(rolesOf(analyzeSentence('Nepal’s proposal was rejected by Bhutan’s envoy.')).Nepal).toEqual([
      0, 0, 1,
    ]);
    expect(rolesOf(analyzeSentence('Nepal was quoted as saying the deal was fair.')).Nepal).toEqual([
      1, 0, 0,
    ]);
  });

  it('makes the object of a permissive verb the doer of the infinitive, of a directive verb a patient (issue #17)', () => {
    expect(rolesOf(analyzeSentence('The vote allowed Nepal to choose its future.')).Nepal).toEqual([0, 1, 0]);
    expect(rolesOf(analyzeSentence('The talks urged Nepal to choose its future.')).Nepal).toEqual([0, 0, 1]);
  });

  it('makes the of-owner of a targeted object a patient, and the one asked `of` to act a patient (issue #17)', () => {
    expect(
      rolesOf(analyzeSentence('Donors protested against the harsh measures of Nepal in the valley.')).Nepal,
    ).toEqual([0, 0, 1]);
    expect(rolesOf(analyzeSentence('The council condemned the actions of Nepal.')).Nepal).toEqual([0, 0, 1]);
    expect(rolesOf(analyzeSentence('The letter demanded of Nepal to reverse the ban.')).Nepal).toEqual([
      0, 0, 1,
    ]);
    expect(rolesOf(analyzeSentence('The report described the history of Nepal.')).Nepal).toEqual([0, 0, 0]);
  });

  it('gives a person inside a government phrase the role of the phrase', () => {
    const roles = rolesOf(analyzeSentence('Regional players are piling pressure on the Modi government.'));
    expect(roles.India).toEqual([0, 0, 1]);
    expect(roles['Narendra Modi']).toEqual([0, 0, 1]);
  });
});

describe('side-aware summary', () => {
  const analyzer = createAnalyzer();
  const text =
    'India and Pakistan traded fire. Pakistan said India violated the ceasefire. Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistan would respond. External Affairs Minister S. Jaishankar said India would not be deterred. Reuters reported the clashes.';
  const doc = analyzer.analyze({
    id: 'x',
    meta: { title: 'Pakistan accuses India of ceasefire violation' },
    text,
    origin: { file: '(test)', line: null },
  });

  it('adds mentions and voices per side, prominence and top speakers, after topActorMentions and in a fixed order', () => {
    const keys = Object.keys(doc.summary);
    const from = keys.indexOf('topActorMentions');
    expect(keys.slice(from, from + 14)).toEqual([
      'topActorMentions',
      'topActorInTitle',
      'topActorFirstMention',
      'actorMentions_Pakistan',
      'actorMentions_India',
      'actorMentions_conservative',
      'actorMentions_liberal',
      'actorMentions_other',
      'voices_Pakistan',
      'voices_India',
      'voices_conservative',
      'voices_liberal',
      'voices_other',
      'topSpeakers',
    ]);
  });

  it('counts each side’s mentions and the attributions voiced by its actors', () => {
    const bySide = (prefix: string) =>
      Object.fromEntries(
        ['Pakistan', 'India', 'other'].map((side) => [side, doc.summary[`${prefix}_${side}`]]),
      );
    const mentions = (side: string | null) =>
      doc.actors
        .filter((a) => (side === null ? !['Pakistan', 'India'].includes(a.side ?? '') : a.side === side))
        .reduce((n, a) => n + a.mentions.length, 0);
    expect(bySide('actorMentions')).toEqual({
      Pakistan: mentions('Pakistan'),
      India: mentions('India'),
      other: mentions(null),
    });
    const voices = (side: string) =>
      doc.attributions.filter(
        (a) => a.speaker !== null && doc.actors.find((actor) => actor.name === a.speaker)?.side === side,
      ).length;
    expect(bySide('voices').Pakistan).toBe(voices('Pakistan'));
    expect(bySide('voices').India).toBe(voices('India'));
    expect(voices('Pakistan')).toBeGreaterThanOrEqual(2);
    expect(voices('India')).toBeGreaterThanOrEqual(1);
  });

  it('reports prominence of the top actor and the top speakers with counts', () => {
    const top = doc.actors[0];
    expect(doc.summary.topActor).toBe(top.name);
    expect(doc.summary.topActorInTitle).toBe(1);
    const first = Math.min(...top.mentions.map((m) => m.start));
    expect(doc.summary.topActorFirstMention).toBe(Math.round((first / text.length) * 10000) / 10000);
    expect(String(doc.summary.topSpeakers)).toMatch(/^[^;]+ \(\d+\)(; [^;]+ \(\d+\)){0,2}$/);
    const untitled = analyzer.analyze({ id: 'y', meta: {}, text, origin: { file: '(test)', line: null } });
    expect(untitled.summary.topActorInTitle).toBeNull();
  });
});
