import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './helpers';

/**
 * Loaded terms, hedges and boosters on hand-written sentences in Indian-outlet, Pakistani and wire
 * styles (issue #4). None of them comes from the sample corpus.
 */

const termsOf = (text: string) => analyzeSentence(text).loadedTerms.map((t) => [t.text, t.favours]);
const hedgesOf = (text: string) => analyzeSentence(text).hedges.map((h) => h.text);
const boostersOf = (text: string) => analyzeSentence(text).boosters.map((b) => b.text);

describe('loaded terms: both sides, spans and case', () => {
  it('matches the IIOJK family in every spelling, favouring Pakistan', () => {
    for (const form of [
      'IIOJK',
      'IIOJ&K',
      'IIOJ and K',
      'IIOJ-K',
      'Indian Illegally Occupied Jammu & Kashmir',
      'Indian illegally occupied Jammu and Kashmir',
    ]) {
      expect(termsOf(`Protests were held in ${form} on Friday.`), form).toEqual([[form, 'Pakistan']]);
    }
  });

  it('matches Indian usage: PoK, PoJK, integral part, terrorism, surgical strikes', () => {
    expect(termsOf('Terrorists from PoK and PoJK were behind the attack, the minister said.')).toEqual([
      ['Terrorists', 'India'],
      ['PoK', 'India'],
      ['PoJK', 'India'],
    ]);
    expect(termsOf('Jammu and Kashmir is an integral and inalienable part of India.')).toEqual([
      ['integral and inalienable part', 'India'],
    ]);
    expect(termsOf('The surgical strikes showed that terrorism will be answered.')).toEqual([
      ['surgical strikes', 'India'],
      ['terrorism', 'India'],
    ]);
  });

  it('spans the loaded word only, not the neutral words around it', () => {
    expect(termsOf('Two Pakistani terrorists and three foreign terrorists were killed.')).toEqual([
      ['terrorists', 'India'],
      ['terrorists', 'India'],
    ]);
    expect(termsOf('Kashmiri freedom fighters were remembered.')).toEqual([['freedom fighters', 'Pakistan']]);
    // brutal is judged by its target (issue #18): the Indian occupation, so it favours Pakistan.
    expect(termsOf('He condemned the brutal Indian occupation.')).toEqual([
      ['brutal', 'Pakistan'],
      ['Indian occupation', 'Pakistan'],
    ]);
  });

  it('lets the longest overlapping phrase win even when a shorter one starts earlier', () => {
    expect(
      termsOf('Azerbaijan is a symbol of resilience against foreign aggression.').map(([t]) => t),
    ).toEqual(['resilience against foreign aggression']);
    expect(termsOf('They must rescind the trumped-up and fallacious charges.').map(([t]) => t)).toEqual([
      'trumped-up and fallacious charges',
    ]);
  });

  it('leaves wire-style and institutional wording alone', () => {
    const wire =
      'Suspected militants attacked a police post in Indian-administered Kashmir, separatists called a strike, and the revocation of Article 370 turned the state into a Union Territory near the LoC.';
    expect(termsOf(wire)).toEqual([]);
    expect(
      termsOf('A militant attack in Pahalgam killed 26 people, and counter-terrorism units were deployed.'),
    ).toEqual([]);
    expect(termsOf('Three militants were killed in an encounter and two were neutralised.')).toEqual([]);
  });

  it('knows Pakistani delegitimizing terms and records quotes', () => {
    const doc = analyzeSentence(
      '“The illegal accession was never accepted,” he said, blaming the Hindutva agenda.',
    );
    expect(doc.loadedTerms.map((t) => [t.text, t.favours, t.inQuote])).toEqual([
      ['illegal accession', 'Pakistan', true],
      ['Hindutva agenda', 'Pakistan', false],
    ]);
  });

  it('gives every match a neutral alternative and an entry id', () => {
    for (const term of analyzeSentence(
      'Occupation forces in IOK used draconian laws against Kashmiri brethren.',
    ).loadedTerms) {
      expect(term.neutral.length, term.text).toBeGreaterThan(0);
      expect(term.entry, term.text).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
    }
  });
});

describe('hedges: context rules (ANNOTATION.md §4)', () => {
  it('May the month is not a hedge; may of possibility is', () => {
    expect(hedgesOf('The elections were held in May 2024. May 9 was calm. The talks may resume.')).toEqual([
      'may',
    ]);
  });

  it('could of past ability is not a hedge; could of possibility is', () => {
    expect(hedgesOf('As a boy he could swim across the river.')).toEqual([]);
    expect(hedgesOf('Journalists could not enter the district.')).toEqual([]);
    expect(hedgesOf('Tensions could escalate, and the attack could not be ruled out.')).toEqual([
      'could',
      'could not be ruled out',
    ]);
  });

  it('about/around/some/nearly count only before quantities', () => {
    expect(hedgesOf('About 40 people were detained and around a dozen injured.')).toEqual([
      'About',
      'around',
    ]);
    expect(hedgesOf('They talked about Kashmir, and some shops stayed shut around the market.')).toEqual([]);
  });

  it('the passive report is the whole construction; a verb with its complement is the verb', () => {
    expect(hedgesOf('The militants are widely believed to have fled.')).toEqual(['are widely believed to']);
    expect(hedgesOf('The blast appeared to target a bus.')).toEqual(['appeared']);
    expect(hedgesOf('Police said the militants fled.')).toEqual([]);
  });

  it('possible as possibility, not as available or feasible', () => {
    expect(hedgesOf('Officials warned of a possible attack.')).toEqual(['possible']);
    expect(hedgesOf('Pakistan will exercise all possible options and respond as soon as possible.')).toEqual(
      [],
    );
    expect(hedgesOf('The ceasefire made it possible for families to return.')).toEqual([]);
  });

  it('knows wire hedges: suspected, reportedly, potentially', () => {
    expect(hedgesOf('Suspected rebels reportedly fired at a potentially dangerous checkpoint.')).toEqual([
      'Suspected',
      'reportedly',
      'potentially',
    ]);
  });
});

describe('boosters: context rules (ANNOTATION.md §4)', () => {
  it('must is a booster when epistemic, not when deontic', () => {
    expect(boostersOf('Militants must have crossed at night.')).toEqual(['must']);
    expect(boostersOf('India must lift the curfew, and talks must be held.')).toEqual([]);
  });

  it('show/prove/demonstrate count only as evidence claims', () => {
    expect(boostersOf('The data prove that arrests rose.')).toEqual(['prove']);
    expect(boostersOf('The report demonstrates how the curfew hurt trade.')).toEqual(['demonstrates']);
    expect(
      boostersOf('Protesters marched to show solidarity, and the exhibition shows photographs.'),
    ).toEqual([]);
  });

  it('always/never as certainty, not as past habit', () => {
    expect(boostersOf('India will never accept mediation.')).toEqual(['never']);
    expect(boostersOf('Pakistan has always denied the charge, and the fair was always held in May.')).toEqual(
      [],
    );
  });

  it('ever counts in a negated modal claim only', () => {
    expect(boostersOf('Nor would the council ever agree to the plan.')).toEqual(['ever']);
    expect(boostersOf('It was the coldest winter the region has ever recorded.')).toEqual([]);
  });

  it('intensified clarity and clear evidence are boosters; clear alone is not', () => {
    expect(boostersOf('Our position on the talks is abundantly clear.')).toEqual(['abundantly clear']);
    expect(boostersOf('The tapes are clear evidence of the plot, the lawyer argued.')).toEqual([
      'clear evidence',
    ]);
    expect(boostersOf('The sky was clear over the pass.')).toEqual([]);
  });

  it('setting the record straight and the fact of the matter present what follows as fact', () => {
    expect(boostersOf('Setting the record straight, the envoy listed the dates.')).toEqual([
      'Setting the record straight',
    ]);
    expect(boostersOf('The fact of the matter is that the road stayed shut.')).toEqual([
      'The fact of the matter is',
    ]);
  });

  it('phrases of certainty stay whole; the verb of confirm-that is the verb', () => {
    expect(boostersOf('It is clear that the ceasefire has held, and make no mistake, it will.')).toEqual([
      'It is clear that',
      'make no mistake',
    ]);
    expect(boostersOf('Officials confirmed that two soldiers died.')).toEqual(['confirmed']);
  });
});
