import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './helpers';

/** [text, favours, target] of every loaded term; sentences written for these tests. */
const judged = (text: string) => analyzeSentence(text).loadedTerms.map((t) => [t.text, t.favours, t.target]);
const sideOf = (text: string, term: string) =>
  analyzeSentence(text).loadedTerms.find((t) => t.text.toLowerCase() === term)?.favours;

describe('loaded terms judged by target (ANNOTATION.md §2, issue #18)', () => {
  it('a pejorative with a possessor or modifier favours the target’s opponent', () => {
    expect(sideOf('Islamabad again denounced India’s illegal steps in the valley.', 'illegal steps')).toBe(
      'Pakistan',
    );
    expect(sideOf('New Delhi listed Pakistan’s illegal steps along the border.', 'illegal steps')).toBe(
      'India',
    );
    expect(sideOf('The report blamed Pakistani unprovoked shelling for the damage.', 'unprovoked')).toBe(
      'India',
    );
  });

  it('an actor inside the term or right after it in the noun phrase is the target', () => {
    expect(judged('Speakers at the rally spoke of Indian state terrorism.')).toEqual([
      ['Indian state terrorism', 'Pakistan', 'India'],
    ]);
    expect(
      sideOf('Farmers said indiscriminate Indian mortar fire ruined their crops.', 'indiscriminate'),
    ).toBe('Pakistan');
  });

  it('a by/of phrase names the doer, an against/on phrase the party aimed at', () => {
    expect(sideOf('The minister said a misadventure by Pakistan would be answered.', 'misadventure')).toBe(
      'India',
    );
    expect(
      sideOf(
        'Officials answered the baseless allegations made by New Delhi within hours.',
        'baseless allegations',
      ),
    ).toBe('Pakistan');
    const against = analyzeSentence(
      'Diplomats called the dossier a set of false allegations targeting India.',
    ).loadedTerms;
    expect(against.map((t) => [t.text, t.favours, t.targetRole])).toEqual([
      ['false allegations', 'India', 'victim'],
    ]);
  });

  it('a passive participle leads to its by-phrase', () => {
    expect(judged('The act of war imposed by India will be answered.')).toEqual([
      ['act of war', 'Pakistan', 'India'],
    ]);
  });

  it('an armed group counts for the lexicon side it is aligned with', () => {
    // kashmir.json aligns the gazetteers' `militant` side with Pakistan's side of the narrative.
    expect(judged('The brutal attacks by Lashkar-e-Taiba shocked the valley.')).toEqual([
      ['brutal', 'India', 'Lashkar-e-Taiba'],
    ]);
  });

  it('a speaker unknown to the gazetteers takes the side of a demonym before the title', () => {
    expect(sideOf('Pakistani envoy Sana Mirza said the so-called inquiry was a farce.', 'so-called')).toBe(
      'Pakistan',
    );
  });

  it('the speaker’s side when the term stands in a speaker’s words and nothing closer names a target', () => {
    const doc = analyzeSentence(
      '“Whoever carried out this heinous bombing will answer for it,” Prime Minister Narendra Modi said.',
    );
    const heinous = doc.loadedTerms.find((t) => t.text === 'heinous');
    expect(heinous).toMatchObject({
      favours: 'India',
      target: 'Narendra Modi',
      targetRole: 'speaker',
      inQuote: true,
    });
  });

  it('praise favours the side it praises, also for self-praise of a military', () => {
    // The Pakistan Army is an organisation with Pakistan's side (ANNOTATION.md §3, issue #17): it is the target, Pakistan the side.
    expect(
      judged('Soldiers of the Pakistan Army responded effectively when the posts came under fire.'),
    ).toEqual([['responded effectively', 'Pakistan', 'Pakistan Army']]);
    expect(sideOf('The general praised India’s brave soldiers at the ceremony.', 'brave')).toBe('India');
  });

  it('a critic of the term is not its target: the term favours the critic’s side', () => {
    const doc = analyzeSentence('Pakistan strongly rejected the unilateral decision of last week.');
    expect(doc.loadedTerms.map((t) => [t.text, t.favours, t.target, t.targetRole])).toEqual([
      ['unilateral', 'Pakistan', 'Pakistan', 'critic'],
    ]);
  });

  it('the subject is not read for a side’s own vocabulary', () => {
    // India killing militants it calls terrorists is India's usage, not a charge against India.
    expect(sideOf('India said its forces killed three terrorists near the border.', 'terrorists')).toBe(
      'India',
    );
  });

  it('keeps the entry’s default, with no target, when nothing in the sentence names a party', () => {
    expect(judged('The heinous crime shocked the town.')).toEqual([['heinous', 'none', null]]);
  });

  it('an occurrence without a target of its own takes the side of the same entry elsewhere in the text', () => {
    const doc = analyzeSentence(
      'Genocide fears\n\nSpeaking in Geneva, Pakistan’s envoy warned that the valley faced genocide.',
    );
    expect(doc.loadedTerms.map((t) => [t.text, t.favours])).toEqual([
      ['Genocide', 'Pakistan'],
      ['genocide', 'Pakistan'],
    ]);
  });

  it('fixed-side entries keep their side whatever the context', () => {
    expect(sideOf('India rejected any mention of PoK in the statement.', 'pok')).toBe('India');
    expect(sideOf('Pakistan’s envoy raised the situation in IIOJK.', 'iiojk')).toBe('Pakistan');
  });

  it('spans the loaded adjective, not the whole phrase', () => {
    expect(
      analyzeSentence('Troops answered an unprovoked ceasefire violation.').loadedTerms.map((t) => t.text),
    ).toEqual(['unprovoked']);
  });

  it('knows both sides’ stock phrases', () => {
    expect(sideOf('The terror attack on the market drew condemnation.', 'terror attack')).toBe('India');
    expect(sideOf('Briefers showed the terror sites hit overnight.', 'terror sites')).toBe('India');
    expect(sideOf('Analysts on the panel called it a staged attack.', 'staged attack')).toBe('Pakistan');
    expect(
      sideOf('The ministry said the changes are an internal affair of the country.', 'internal affair'),
    ).toBe('India');
  });

  it('leaves the ordinary senses of the new words alone', () => {
    const none = (text: string) => analyzeSentence(text).loadedTerms.map((t) => t.text);
    expect(none('Shareholders voted by proxy at the annual meeting.')).toEqual([]);
    expect(none('The rebels declared a unilateral ceasefire for the holiday.')).toEqual([]);
    expect(none('He is innocent until proven guilty, the court said.')).toEqual([]);
    expect(none('The agency praised the timely response of the fire brigade.')).toEqual([]);
  });

  it('a term quoted alone right after a rejection is mentioned, not used', () => {
    const terms = (text: string) => analyzeSentence(text).loadedTerms.map((t) => t.text);
    expect(terms('Officials dismissed the “jugular vein” remark as absurd.')).toEqual([]);
    expect(terms('The general called the valley Pakistan’s “jugular vein,” drawing protests.')).toEqual([
      'jugular vein',
    ]);
    expect(terms('“We will end this state terrorism,” the senator said, rejecting talks.')).toEqual([
      'state terrorism',
    ]);
  });

  it('illegally occupied territory is a label judged by who uses it of which territory', () => {
    const text = 'Indian spokesman Arun Rao said Pakistan must vacate the illegally occupied territories.';
    expect(judged(text)).toEqual([['illegally occupied territories', 'India', 'Arun Rao']]);
  });
});
