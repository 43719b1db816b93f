import { describe, expect, it } from 'vitest';
import type { Document } from '../src/types';
import { analyzeSentence } from './helpers';

/**
 * Who is who (issue #17): names found without a NER model, variants merged, role nouns and pronouns
 * resolved. Every sentence is made up for these tests; none comes from a corpus or benchmark.
 */

const persons = (doc: Document) =>
  doc.actors
    .filter((a) => a.type === 'person')
    .map((a) => a.name)
    .sort();
const mentions = (doc: Document, name: string) =>
  doc.actors.find((a) => a.name === name)?.mentions.map((m) => `${m.text}/${m.via}`) ?? [];
const speakers = (doc: Document) => doc.attributions.map((a) => [a.cue.text, a.speaker, a.sourceType]);

describe('names without a NER model', () => {
  it('takes a capitalised run starting with a given name as a person, but no month or weekday', () => {
    const doc = analyzeSentence(
      'Farhan Dar and Neha Joshi reached the village in May, before Monday Market opened.',
    );
    expect(persons(doc)).toEqual(['Farhan Dar', 'Neha Joshi']);
  });

  it('takes a name in apposition to a role, and a name after a lower-case role noun', () => {
    const doc = analyzeSentence(
      'Tashi Norbu, a spokesman for the regional council, said the pass was closed. Border official Lobsang Dorje agreed.',
    );
    expect(persons(doc)).toEqual(['Lobsang Dorje', 'Tashi Norbu']);
    expect(speakers(doc)[0]).toEqual(['said', 'Tashi Norbu', 'person']);
  });

  it('splits a title with its portfolio from the name after it', () => {
    const doc = analyzeSentence('Minister for Water and Power Nadia Qamar on Tuesday said the dam was safe.');
    expect(persons(doc)).toEqual(['Nadia Qamar']);
    expect(speakers(doc)).toEqual([['said', 'Nadia Qamar', 'person']]);
  });

  it('keeps a title out of an organisation run and an organisation out of a title run', () => {
    const doc = analyzeSentence('Director General ISPR Major General Kamal Rind said the post was hit.');
    expect(persons(doc)).toEqual(['Kamal Rind']);
  });

  it('takes every item of a name list as a person once two of its items are persons', () => {
    const doc = analyzeSentence('The wounded included Imran Lone, Zoya, Bashir Ganai and Rubina.');
    expect(persons(doc)).toEqual(['Bashir Ganai', 'Imran Lone', 'Rubina', 'Zoya']);
  });
});

describe('variants within a document', () => {
  it('does not merge a different person who shares a gazetteer surname', () => {
    const doc = analyzeSentence('Captain Rehana Qureshi briefed reporters. Qureshi said the drill was over.');
    expect(persons(doc)).toEqual(['Rehana Qureshi']);
    expect(speakers(doc)).toEqual([['said', 'Rehana Qureshi', 'person']]);
  });

  it('keeps two people with the same surname apart, and maps a surname alone to the latest of them', () => {
    const doc = analyzeSentence(
      'Sardar Khan, a farmer, said the shells fell at night. Yasir Khan, a teacher, said the school shut. Khan added that no one came.',
    );
    expect(persons(doc)).toEqual(['Sardar Khan', 'Yasir Khan']);
    expect(speakers(doc).map(([, speaker]) => speaker)).toEqual(['Sardar Khan', 'Yasir Khan', 'Yasir Khan']);
  });

  it('takes the leading names of a gazetteer person as that person', () => {
    const doc = analyzeSentence('Foreign Minister Shah Mehmood told the assembly that talks were off.');
    expect(persons(doc)).toEqual(['Shah Mehmood Qureshi']);
  });
});

describe('spellings, hyphens and initials', () => {
  it('merges one person written with another spelling, hyphens or the dots of initials', () => {
    const doc = analyzeSentence(
      'Muhammad Tariq-ul-Islam, a trader, said the shop burned. Mohammed Tariq ul Islam said he lost everything. ' +
        'R.K. Mehta, a lawyer, said the case would go on. RK Mehta added that the court was shut.',
    );
    expect(persons(doc)).toEqual(['Muhammad Tariq-ul-Islam', 'R.K. Mehta']);
    expect(mentions(doc, 'R.K. Mehta')).toEqual(['R.K. Mehta/name', 'RK Mehta/name']);
  });
});

describe('role nouns and pronouns', () => {
  it('resolves a role noun to the person introduced with that title, and marks it via role', () => {
    const doc = analyzeSentence(
      'Foreign Secretary Lena Okafor met the envoy. The foreign secretary said the meeting was useful.',
    );
    expect(speakers(doc)).toEqual([['said', 'Lena Okafor', 'person']]);
    expect(mentions(doc, 'Lena Okafor')).toEqual(['Lena Okafor/name', 'foreign secretary/role']);
  });

  it('resolves an abbreviated title to the holder of the full one', () => {
    const doc = analyzeSentence(
      'Prime Minister Arvind Rao toured the district. The PM said relief would arrive.',
    );
    expect(speakers(doc)).toEqual([['said', 'Arvind Rao', 'person']]);
  });

  it('leaves an office-holder the text never names unnamed and anonymous', () => {
    const doc = analyzeSentence('The talks were postponed, the interior minister said.');
    expect(doc.attributions.map((a) => [a.speaker, a.sourceType, a.anonymous])).toEqual([
      [null, 'unnamed', true],
    ]);
  });

  it('makes plural sources of a named body and unissued reports anonymous', () => {
    const doc = analyzeSentence(
      'Navy sources said two boats were seized. Reports said the crews were freed.',
    );
    expect(doc.attributions.map((a) => [a.cue.text, a.speaker, a.anonymous])).toEqual([
      ['said', null, true],
      ['said', null, true],
    ]);
  });

  it('resolves a pronoun source to the last speaker and records it as a mention via pronoun', () => {
    const doc = analyzeSentence(
      'Omar Wani, a shopkeeper, said the market was empty. He said prices had doubled.',
    );
    expect(speakers(doc)).toEqual([
      ['said', 'Omar Wani', 'person'],
      ['said', 'Omar Wani', 'person'],
    ]);
    expect(mentions(doc, 'Omar Wani')).toEqual(['Omar Wani/name', 'He/pronoun']);
    expect(doc.actors.find((a) => a.name === 'Omar Wani')?.asSource).toBe(2);
  });

  it('resolves `it` with no body speaking yet to the body the sentence before the quote was about', () => {
    const doc = analyzeSentence(
      'The Foreign Office summoned the envoy on Monday.\n\n“We reject these claims. They are baseless,” it said.',
    );
    expect(speakers(doc)).toEqual([['said', 'Ministry of Foreign Affairs (Pakistan)', 'organization']]);
  });

  it('gives a definite document the issuer of the document just cited', () => {
    const doc = analyzeSentence(
      'A statement from the Ministry of External Affairs said the talks had ended. The statement added that no date was set.',
    );
    expect(doc.attributions.map((a) => [a.cue.text, a.speaker, a.sourceType])).toEqual([
      ['said', 'Ministry of External Affairs (India)', 'document'],
      ['added', 'Ministry of External Affairs (India)', 'document'],
    ]);
  });

  it('makes some members of a people an unnamed source, and the people as such an actor', () => {
    const doc = analyzeSentence(
      'In the old city, many ordinary Kashmiris said a curfew was coming. The Kashmiri people said they wanted talks.',
    );
    expect(doc.attributions.map((a) => [a.speaker, a.sourceType])).toEqual([
      [null, 'unnamed'],
      ['Kashmiri people', 'organization'],
    ]);
  });
});

describe('bodies of a state', () => {
  it('takes a state’s possessed army or ministry as that body, and `the military` as the body named', () => {
    const doc = analyzeSentence(
      'India’s foreign office condemned the raid. Pakistan’s military said two jets fell. The military said the pilots were safe.',
    );
    expect(speakers(doc)).toEqual([
      ['condemned', 'Ministry of External Affairs (India)', 'organization'],
      ['said', 'Pakistan military', 'organization'],
      ['said', 'Pakistan military', 'organization'],
    ]);
    expect(mentions(doc, 'Pakistan military')).toEqual(['Pakistan’s military/name', 'military/role']);
    expect(doc.actors.find((a) => a.name === 'Pakistan military')?.side).toBe('Pakistan');
  });

  it('resolves `they` and `the two leaders` to the speakers of the last attribution with several', () => {
    const doc = analyzeSentence(
      'Governor Asha Verma and Mayor Tariq Lone said the roads would reopen. The two leaders later toured the site. They met traders there.',
    );
    expect(mentions(doc, 'Asha Verma')).toEqual(['Asha Verma/name', 'leaders/role', 'They/pronoun']);
    expect(doc.actors.find((a) => a.name === 'Tariq Lone')?.asAgent).toBe(2);
  });

  it('resolves `it` as a clause subject to the body named before it, but not the expletive `it is`', () => {
    const doc = analyzeSentence(
      'Nepal joined the forum in 2010 and it has hosted two summits since. It is worth noting that costs rose.',
    );
    expect(mentions(doc, 'Nepal')).toEqual(['Nepal/name', 'it/pronoun']);
    expect(doc.actors.find((a) => a.name === 'Nepal')?.asAgent).toBe(2);
  });

  it('reads `military` before a noun as an adjective, except before a text the military issues', () => {
    const doc = analyzeSentence(
      'Indian military trucks crossed the bridge. A Pakistani military statement said the post was hit.',
    );
    expect(doc.actors.map((a) => a.name)).toEqual(['Pakistan military']);
    expect(speakers(doc)).toEqual([['said', 'Pakistan military', 'document']]);
  });

  it('takes an abbreviated title before a name as a title, and a lone organisation head after a title as no name', () => {
    const doc = analyzeSentence('PM Rao said the UN General Assembly would vote.');
    expect(persons(doc)).toEqual(['Rao']);
  });

  it('never takes a place word into a name', () => {
    const doc = analyzeSentence('Worshippers at Bilal Mosque said the roof fell.');
    expect(persons(doc)).toEqual([]);
  });

  it('keeps the portfolio out of the name after it, and reads a demonym + a listed body as that body', () => {
    const doc = analyzeSentence(
      'Second Secretary of the Indian External Affairs Ministry Nisha Rao, replying to the delegate, said the claims were false.',
    );
    expect(persons(doc)).toEqual(['Nisha Rao']);
    expect(doc.actors.map((a) => a.name).sort()).toEqual([
      'Ministry of External Affairs (India)',
      'Nisha Rao',
    ]);
  });
});
