import { describe, expect, it } from 'vitest';
import { analyzeSentence } from './helpers';

/** `[cue, source, content]` of every attribution, in text order. */
const triples = (text: string) =>
  analyzeSentence(text).attributions.map((a) => [
    a.cue.text,
    a.source?.text ?? null,
    a.content?.text ?? null,
  ]);

describe('attributions: beliefs and intentions need a clause after the cue', () => {
  it('takes a belief with a clause without `that`', () => {
    const doc = analyzeSentence(
      'External Affairs Minister S. Jaishankar believes the border talks will resume after the monsoon.',
    );
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text, a.sourceType])).toEqual([
      [
        'believes',
        'External Affairs Minister S. Jaishankar',
        'the border talks will resume after the monsoon',
        'person',
      ],
    ]);
  });

  it('does not take a belief with a plain object', () => {
    expect(triples('The Congress party believes in secularism.')).toEqual([]);
  });

  it('takes an intention with an infinitive', () => {
    expect(triples('The Samajwadi Party wants to contest all 80 seats in Uttar Pradesh.')).toEqual([
      ['wants', 'The Samajwadi Party', 'to contest all 80 seats in Uttar Pradesh'],
    ]);
    expect(triples('A spokesperson for the ministry declined to comment on the report.')).toEqual([
      ['declined', 'A spokesperson for the ministry', 'to comment on the report'],
    ]);
  });

  it('takes a named object with an infinitive, but not a noun’s own infinitive', () => {
    expect(triples('The BJP expects the Election Commission to announce the poll dates next week.')).toEqual([
      ['expects', 'The BJP', 'the Election Commission to announce the poll dates next week'],
    ]);
    expect(
      triples('The minister’s visit highlights the state’s determination to hold panchayat polls.'),
    ).toEqual([]);
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
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.speaker, a.mode])).toEqual([
      ['called', 'Rahul Gandhi', 'Rahul Gandhi', 'direct'],
    ]);
  });

  it('does not take `called` a meeting, nor a group called something', () => {
    expect(triples('The ministry called a meeting of state officials on Monday.')).toEqual([]);
    expect(
      triples('Police arrested three members of a group called the “Kashmir Tigers” on Sunday.'),
    ).toEqual([]);
  });
});

describe('attributions: paragraph-opening colons', () => {
  it('takes a headline `Name: claim` with the name as source', () => {
    const doc = analyzeSentence(
      'Jaishankar: Terror and talks cannot go together\n\nNEW DELHI — India on Monday ruled out talks with Pakistan.',
    );
    expect(doc.attributions[0]).toMatchObject({
      cue: { text: ':' },
      source: { text: 'Jaishankar' },
      content: { text: 'Terror and talks cannot go together' },
      mode: 'indirect',
    });
  });

  it('does not take a section title or a colon after a verb', () => {
    expect(
      triples('The Latest: Modi to visit Srinagar next week\n\nThe prime minister will travel on Friday.'),
    ).toEqual([]);
    expect(triples('Officials listed the priorities of the package: more jobs, water and roads.')).toEqual(
      [],
    );
  });
});

describe('attributions: participial reference phrases', () => {
  it('gives `…, referring to X` the source of the attribution it follows', () => {
    expect(
      triples('“We will not accept any mediation,” the minister said, referring to the US offer.'),
    ).toEqual([
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
    for (const a of doc.attributions)
      expect(a.content === null || a.content.end - a.content.start < 400).toBe(true);
    expect(seconds).toBeLessThan(20);
  });
});

describe('attributions: subjects the cue finds past modifiers and clause openers', () => {
  const sources = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null]);

  it('takes the subject after a subordinating word', () => {
    expect(
      sources('The talks stalled after the Indian delegation said the agenda was not acceptable.'),
    ).toEqual([['said', 'the Indian delegation']]);
    expect(sources('The vote was close, although his advisers say the margin will grow.')).toEqual([
      ['say', 'his advisers'],
    ]);
  });

  it('keeps a prepositional modifier inside the subject', () => {
    expect(sources('Sources close to the prime minister said a reshuffle was likely.')).toEqual([
      ['said', 'Sources close to the prime minister'],
    ]);
    expect(sources('People with knowledge of the negotiations said a deal was near.')).toEqual([
      ['said', 'People with knowledge of the negotiations'],
    ]);
    expect(sources('Many in the crowd said the rally was the largest in years.')).toEqual([
      ['said', 'Many in the crowd'],
    ]);
    expect(
      sources(
        'A study by the Lahore University of Management Sciences found that turnout fell in rural districts.',
      ),
    ).toEqual([['found', 'A study by the Lahore University of Management Sciences']]);
  });

  it('still skips a participle phrase back to the document that speaks', () => {
    expect(
      sources('A joint communiqué issued after the meeting declared that the talks would continue.'),
    ).toEqual([['declared', 'A joint communiqué']]);
  });

  it('takes poll shares as sources', () => {
    expect(sources('About three in 10 said they would vote for the ruling party.')).toEqual([
      ['said', 'About three in 10'],
    ]);
    expect(sources('About half of the respondents said the economy was their main concern.')).toEqual([
      ['said', 'About half of the respondents'],
    ]);
    expect(sources('Again, those surveyed said the governor was best able to handle the crisis.')).toEqual([
      ['said', 'those surveyed'],
    ]);
    expect(
      sources('Support rose to 40 percent, compared with the 25 percent who said the same in May.'),
    ).toEqual([['said', 'the 25 percent who']]);
  });

  it('takes the name before an appositive or a dashed aside', () => {
    expect(sources('Omar Abdullah, the former chief minister, said the elections were overdue.')).toEqual([
      ['said', 'Omar Abdullah'],
    ]);
    expect(sources('Maria Lopez — a teacher from El Paso — says she will vote for the first time.')).toEqual([
      ['says', 'Maria Lopez'],
    ]);
  });

  it('takes a capitalised name wink tags as something else', () => {
    expect(sources('Mr. Burke said he would march from the square to the arena.')).toEqual([
      ['said', 'Mr. Burke'],
    ]);
  });
});

describe('attributions: cue forms wink tags unexpectedly', () => {
  const cues = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null]);

  it('takes the progressive as active speech; the passive does not make its subject the source', () => {
    expect(cues('Opposition leaders are saying the budget ignores farmers.')).toEqual([
      ['saying', 'Opposition leaders'],
    ]);
    expect(cues('The general is said to be furious with the decision.')).toEqual([['is said', null]]);
  });

  it('takes a verb form tagged as a noun between a subject and a clause, and in a title-case headline', () => {
    expect(cues('The latest polling in Punjab shows Congress winning the state.')).toEqual([
      ['shows', 'The latest polling in Punjab'],
    ]);
    expect(cues('Sharif Slams Modi Over Water Treaty Remarks')).toEqual([['Slams', 'Sharif']]);
  });

  it('does not take a verb form inside a name or a noun after an article', () => {
    expect(cues('A senior official told Daily Express.')).toEqual([['told', 'A senior official']]);
    expect(cues('Campaign spokeswoman Hope Hicks confirmed the meeting.').map(([cue]) => cue)).toEqual([
      'confirmed',
    ]);
    expect(
      cues('An earlier report in a Srinagar paper said that the curfew would be lifted.').map(([cue]) => cue),
    ).toEqual(['said']);
  });

  it('does not take the verb of an anonymity marker, nor `add to`', () => {
    expect(
      cues('A police officer, who requested anonymity, said two militants were killed.').map(([cue]) => cue),
    ).toEqual(['said']);
    expect(cues('The win in Kerala, adding to the party’s run of victories, surprised analysts.')).toEqual(
      [],
    );
  });

  it('takes a noun wink tags as a verb after `according to`', () => {
    expect(cues('Turnout was low, according to polls at the time.')).toEqual([['according to', 'polls']]);
  });
});

describe('attributions: naming with call and parenthetical cues', () => {
  const cues = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null]);

  it('takes call + object + the name given', () => {
    expect(cues('They called him a political opportunist.')).toEqual([['called', 'They']]);
    expect(cues('Khan calls Modi reckless in an interview.')).toEqual([['calls', 'Khan']]);
    expect(
      cues('The ministry called the decision to revoke the status of the region “a grave violation”.').map(
        ([cue]) => cue,
      ),
    ).toEqual(['called']);
    expect(cues('The army has ended what officials call an insurgency.')).toEqual([
      ['call', 'what officials'],
    ]);
  });

  it('takes a parenthetical belief cue', () => {
    const doc = analyzeSentence('Loyalty, he noted, has long been a core value of the party.');
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text])).toEqual([['noted', 'he']]);
  });

  it('takes a quotation after a sentence-opening name and colon inside a paragraph', () => {
    const doc = analyzeSentence('The two leaders met for an hour. Sharif: “Kashmir is the core issue.”');
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.mode])).toEqual([
      [':', 'Sharif', 'direct'],
    ]);
  });
});

describe('attributions: subjects in longer sentences', () => {
  const cues = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null]);

  it('takes a finite cue after a noun phrase that ends in an indefinite object (`the organizer of a rally said`)', () => {
    expect(
      cues('Even the organizer of a pro-government rally said the new rules raised the risk of violence.'),
    ).toEqual([['said', 'the organizer of a pro-government rally']]);
    // A naming participle after an indefinite noun still names and does not speak.
    expect(cues('Members of a group called the People’s Front marched on Friday.')).toEqual([]);
  });

  it('gives a participle after `by`, `after`, `while` or a dash the main clause’s subject', () => {
    expect(
      cues('Imran Khan distanced himself from the protest by saying he had not been consulted.'),
    ).toEqual([['saying', 'Imran Khan']]);
    expect(cues('The minister, after initially saying he would resign, stayed in office.')).toEqual([
      ['saying', 'The minister'],
    ]);
    expect(cues('Modi changed course – saying the talks could resume in March.')).toEqual([
      ['saying', 'Modi'],
    ]);
  });

  it('takes the noun phrase of `with … saying` as the source', () => {
    expect(
      cues('Support for the accord has grown, with 30 percent of Kashmiris saying they back it.'),
    ).toEqual([['saying', '30 percent of Kashmiris']]);
  });

  it('takes a name set off by commas after a role noun, and an adverb aside', () => {
    expect(
      cues(
        'A foreign ministry spokesman, Zahid Hafeez Chaudhri, said on Monday that the visit was cancelled.',
      ),
    ).toEqual([['said', 'A foreign ministry spokesman, Zahid Hafeez Chaudhri']]);
    const doc = analyzeSentence(
      'A foreign ministry spokesman, Zahid Hafeez Chaudhri, said on Monday that the visit was cancelled.',
    );
    expect(doc.attributions[0].content?.text).toBe('the visit was cancelled');
    expect(cues('Sharma, meanwhile, who leads the opposition bench, said the vote was rigged.')).toEqual([
      ['said', 'Sharma'],
    ]);
  });

  it('takes a relative clause inside the subject and an attributive `inside`', () => {
    expect(
      cues('Current and former officials who spoke with Dawn said the agency had become a shell.'),
    ).toEqual([['said', 'Current and former officials who spoke with Dawn']]);
    expect(cues('The plan, an inside source said, is to reopen the crossing.')).toEqual([
      ['said', 'an inside source'],
    ]);
  });

  it('reads a share of people as the subject of a verb wink tagged as a noun, but not a count', () => {
    expect(cues('Six in 10 say the army should leave the valley.')).toEqual([['say', 'Six in 10']]);
    expect(cues('And 64 percent call him competent.')).toEqual([['call', '64 percent']]);
    expect(cues('The hashtag drew one million tweets.')).toEqual([]);
  });

  it('leaves a time phrase out of a document subject and reads a participle or gerund subject', () => {
    expect(cues('A Gallup Pakistan poll this month found the prime minister ahead in Punjab.')).toEqual([
      ['found', 'A Gallup Pakistan poll'],
    ]);
    expect(
      cues('A CVoter/IANS survey of Bihar released on Tuesday showed the alliance with a narrow lead.'),
    ).toEqual([['showed', 'A CVoter/IANS survey of Bihar']]);
    expect(cues('Exit polling showed that the ruling party had lost ground.')).toEqual([
      ['showed', 'Exit polling'],
    ]);
    expect(cues('They think the progress on the water talks is real.')).toEqual([['think', 'They']]);
  });

  it('does not end a sentence inside initials (`Rep. Gregory Meeks (D-N.Y.) said`)', () => {
    expect(cues('Rep. Gregory Meeks (D-N.Y.) said the vote would be close.')).toEqual([
      ['said', 'Rep. Gregory Meeks'],
    ]);
  });
});

describe('attributions: cues that report only beside a quotation', () => {
  const cues = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null, a.mode]);

  it('takes `continued` next to a quote or before `that`, and nowhere else', () => {
    expect(cues('“The first loser of such a policy would be India,” he continued.')).toEqual([
      ['continued', 'he', 'direct'],
    ]);
    expect(cues('She continued, “We will not accept the change of status.”')).toEqual([
      ['continued', 'She', 'direct'],
    ]);
    expect(cues('Prices continued to rise in Srinagar after the curfew.')).toEqual([]);
    expect(cues('The minister continued that the talks would go on.')).toEqual([
      ['continued', 'The minister', 'indirect'],
    ]);
    expect(cues('The army continued its operations in Kupwara.')).toEqual([]);
  });
});

describe('attributions: colons', () => {
  const cues = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null, a.mode]);

  it('keeps a headline colon whose claim holds a reporting verb of its own', () => {
    expect(
      cues('Foreign Office: Indian rhetoric threatens regional peace').map(([cue, source]) => [cue, source]),
    ).toEqual([
      [':', 'Foreign Office'],
      ['threatens', 'Indian rhetoric'],
    ]);
  });

  it('gives a quotation after a colon to the full name right before it', () => {
    expect(
      cues(
        'The result did not surprise the analyst Ayesha Siddiqa: “Lesser-known candidates often gain in early contests.”',
      ),
    ).toEqual([[':', 'Ayesha Siddiqa', 'direct']]);
    expect(cues('He listed three demands: “freedom, dignity and justice.”')).toEqual([]);
  });

  it('names the source after `according to` when a quotation follows', () => {
    expect(
      cues('The town was quiet, according to resident Ghulam Nabi Dar: “Nobody came out today.”'),
    ).toEqual([['according to', 'resident Ghulam Nabi Dar', 'direct']]);
  });
});

describe('attributions: words that look like cues but report nothing', () => {
  it('skips non-responses and actions, keeps a response that says something', () => {
    expect(triples('The ministry did not respond to a request for comment.')).toEqual([]);
    expect(
      triples('A spokesman for the army did not immediately respond to questions about the raid.'),
    ).toEqual([]);
    expect(triples('Beijing responded by building a bank of its own.')).toEqual([]);
    expect(
      triples('The embassy responded by saying that the visas had been issued.').map(([cue, source]) => [
        cue,
        source,
      ]),
    ).toEqual([
      ['responded', 'The embassy'],
      ['saying', 'The embassy'],
    ]);
  });

  it('skips a participle between a determiner and its noun, and a reporter’s dateline', () => {
    expect(triples('Clinton leads Sanders by roughly 270 pledged delegates.')).toEqual([]);
    expect(triples('The investments make up a tiny fraction of his reported net worth.')).toEqual([]);
    expect(triples('Ahmed reported from Srinagar.')).toEqual([]);
    expect(
      triples('Reuters reported attacks on two police posts.').map(([cue, source]) => [cue, source]),
    ).toEqual([['reported', 'Reuters']]);
  });
});

describe('attributions: signs and messages that read, views held', () => {
  const cues = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null, a.sourceType]);

  it('takes `read` beside a quotation, not a person reading', () => {
    expect(cues('“Go India go back,” read one of the banners.')).toEqual([
      ['read', 'one of the banners', 'unnamed'],
    ]);
    expect(cues('The minister read the statement in Urdu and left.')).toEqual([]);
  });

  it('takes `see … as` and `see that`, not seeing someone somewhere', () => {
    expect(triples('Four in 10 voters see the campaign as unfair.')).toEqual([
      ['see', 'Four in 10 voters', 'the campaign as unfair'],
    ]);
    expect(triples('Many Kashmiris view the move as a betrayal.')).toEqual([
      ['view', 'Many Kashmiris', 'the move as a betrayal'],
    ]);
    expect(triples('Residents saw the soldiers at the checkpoint.')).toEqual([]);
    expect(triples('The region has seen candidates such as Abdullah lose ground.')).toEqual([]);
  });
});

describe('attributions: sources the text leaves unstated', () => {
  const rows = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [
      a.cue.text,
      a.source?.text ?? null,
      a.sourceType,
      a.anonymous,
    ]);

  it('types an agentless reporting passive as implicit, not anonymous', () => {
    expect(rows('The Modi government is said to be under mounting pressure.')).toEqual([
      ['is said', null, 'implicit', false],
    ]);
    expect(rows('It was announced that the talks would resume in Geneva.')).toEqual([
      ['was announced', null, 'implicit', false],
    ]);
    expect(triples('Sharif is expected to win the by-election.')).toEqual([
      ['is expected', null, 'Sharif is expected to win the by-election'],
    ]);
  });

  it('leaves passives with an agent, of naming or of purpose, and those inside another source’s words', () => {
    expect(rows('The plan was described as a sham.')).toEqual([]);
    expect(rows('The fence is intended to stop infiltration.')).toEqual([]);
    expect(
      rows('Suspected militants are believed to have fled, an army spokesman said.').map(([cue]) => cue),
    ).toEqual(['said']);
  });

  it('gives the question of an unnamed interviewer to nobody, and a named asker to the asker', () => {
    expect(rows('Asked whether the talks had failed, the minister said no.')).toEqual([
      ['Asked', null, 'implicit', false],
      ['said', 'the minister', 'unnamed', true],
    ]);
    expect(triples('Asked by reporters about the curfew, Khan said it would be lifted.')[0]).toEqual([
      'Asked',
      'reporters',
      'about the curfew',
    ]);
    expect(
      rows('“We will win,” Imran Khan said when asked about the vote.').map(([cue, source, type]) => [
        cue,
        source,
        type,
      ]),
    ).toEqual([
      ['said', 'Imran Khan', 'person'],
      ['asked', null, 'implicit'],
    ]);
  });

  it('takes a sourcing adverb from the lexicon, unless another source already holds the clause', () => {
    expect(
      rows('Nawaz Sharif reportedly told aides that he would resign.').map(([cue, , type]) => [cue, type]),
    ).toEqual([
      ['reportedly', 'implicit'],
      ['told', 'person'],
    ]);
    expect(
      rows('The militants, reportedly members of Jaish-e-Mohammed, were killed, police said.').map(
        ([cue]) => cue,
      ),
    ).toEqual(['said']);
  });
});

describe('attributions: stances held by a share of people (poll findings)', () => {
  it('takes support/back/favor/prefer when a share of people holds the stance, not an act of a group', () => {
    expect(triples('About three-quarters support a temporary ban on the rallies.')).toEqual([
      ['support', 'About three-quarters', 'a temporary ban on the rallies'],
    ]);
    expect(
      triples('Six in 10 Kashmiri voters favored early elections.').map(([cue, source]) => [cue, source]),
    ).toEqual([['favored', 'Six in 10 Kashmiri voters']]);
    expect(triples('The 30 percent who backed the plan were mostly young.').map(([cue]) => cue)).toEqual([
      'backed',
    ]);
    expect(triples('The party backed her bid for the Senate.')).toEqual([]);
    expect(triples('Groups supporting the candidate spent $6 million.')).toEqual([]);
    expect(triples('Trump leads the field with 36 percent support.')).toEqual([]);
  });

  it('keeps a preference with an infinitive, as other intentions', () => {
    expect(triples('The minister prefers to travel by road.')).toEqual([
      ['prefers', 'The minister', 'to travel by road'],
    ]);
  });
});

describe('attributions: an infinitive cue takes the subject of the verb it depends on', () => {
  it('gives the infinitive the governing verb’s subject', () => {
    expect(triples('Several actors went on Twitter to applaud the announcement.')).toEqual([
      ['applaud', 'Several actors', 'the announcement'],
    ]);
    expect(triples('The panel is right to note that the tax would fall on small investors.')).toEqual([
      ['note', 'The panel', 'the tax would fall on small investors'],
    ]);
  });

  it('gives nothing for a dummy subject, an obligation, or an infinitive after a reporting verb', () => {
    expect(triples('It is too soon to say whether the ceasefire will hold.')).toEqual([]);
    expect(triples('She would have to tell the court about the raid.')).toEqual([]);
    expect(triples('Princely states were to decide their future by referendum.')).toEqual([]);
    expect(triples('Turkey was the second country to recognize the new government.')).toEqual([]);
    expect(triples('The minister wants to say that the talks failed.').map(([cue]) => cue)).toEqual([
      'wants',
    ]);
  });
});

describe('attributions: passives of reporting verbs', () => {
  const rows = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null, a.sourceType]);

  it('gives a passive with `by` to its agent, and keeps other senses out', () => {
    expect(rows('The curfew has been criticized by the Hurriyat Conference.')).toEqual([
      ['has been criticized', 'the Hurriyat Conference', 'organization'],
    ]);
    expect(
      rows('Khan was asked by reporters whether the talks had failed.').map(([cue, source]) => [cue, source]),
    ).toEqual([['was asked', 'reporters']]);
    expect(rows('The voter rolls are maintained by the election commission.')).toEqual([]);
    expect(rows('The seat was decided by fewer than 300 votes.')).toEqual([]);
  });

  it('takes an unnamed interviewer’s quoted question and a `that` after a short adverbial', () => {
    expect(rows('Khan was asked, “Will the curfew be lifted?”')).toEqual([['was asked', null, 'implicit']]);
    expect(triples('It was revealed in March that the minister had used a private server.')).toEqual([
      ['was revealed', null, 'the minister had used a private server'],
    ]);
  });
});

describe('attributions: `as X noted` frames the clause', () => {
  it('takes the clause after or before an `as` frame, without the `as`', () => {
    expect(triples('But as Abdullah noted, the voters will give the party a second look.')).toEqual([
      ['noted', 'Abdullah', 'the voters will give the party a second look'],
    ]);
    expect(triples('The voters will give the party a second look, as Abdullah noted.')).toEqual([
      ['noted', 'Abdullah', 'The voters will give the party a second look'],
    ]);
    expect(triples('She arrived as the band played.')).toEqual([]);
  });
});

describe('attributions: quotation digests', () => {
  it('gives a quotation after a dash and a name (or coordinated names) and a colon to those names', () => {
    expect(
      triples(
        'Polls were close - Mark Blumenthal and Jon Cohen: “Although the polls failed to predict the win, it was close.”',
      ).map(([cue, source]) => [cue, source]),
    ).toEqual([[':', 'Mark Blumenthal and Jon Cohen']]);
    expect(
      triples('The turnout story - Jones: “Keep on contacting voters as late as possible.”').map(
        ([cue, source]) => [cue, source],
      ),
    ).toEqual([[':', 'Jones']]);
  });
});

describe('attributions: frames around quotes and subjects', () => {
  it('reads an opening mark that closes a quote, and keeps it out of the content', () => {
    expect(triples('“Apparently not,“ he said. “The talks are over.”')).toEqual([
      ['said', 'he', 'Apparently not'],
    ]);
  });

  it('takes a one-word quotation that opens its sentence when a cue follows it, not a scare quote', () => {
    expect(triples('“Peace,” said Omar Abdullah, the former chief minister.')).toEqual([
      ['said', 'Omar Abdullah', 'Peace'],
    ]);
    expect(triples('The “talks” resumed in Geneva.')).toEqual([]);
  });

  it('finds the subject past a bracket and a time phrase, and after an opening phrase without its comma', () => {
    expect(triples('Sen. Chris Van Hollen (D-Md.) last week said the aid would resume.')).toEqual([
      ['said', 'Sen. Chris Van Hollen', 'the aid would resume'],
    ]);
    expect(triples('Saturday at the party convention Farooq Abdullah said the talks must resume.')).toEqual([
      ['said', 'Farooq Abdullah', 'the talks must resume'],
    ]);
    expect(
      triples(
        'Chris Murphy (a Connecticut Democrat so young he has been mistaken for a junior staffer) says he was adrift.',
      ),
    ).toEqual([['says', 'Chris Murphy', 'he was adrift']]);
  });

  it('gives the main verb after a quoted aside to the subject before the aside', () => {
    expect(
      triples('Mehbooba Mufti, who calls the move “a betrayal,” said the party would go to court.'),
    ).toEqual([
      ['calls', 'who', 'a betrayal'],
      ['said', 'Mehbooba Mufti', 'the party would go to court'],
    ]);
    expect(
      triples('The move is “a betrayal of trust,” said Mehbooba Mufti, the former chief minister.'),
    ).toEqual([['said', 'Mehbooba Mufti', 'a betrayal of trust']]);
  });

  it('takes no cue from idioms, but keeps the same words inside a clause', () => {
    expect(triples('That said, the talks are easier said than done.')).toEqual([]);
    expect(triples('Protesters carried banners that said, “Kashmir is ours.”').map(([cue]) => cue)).toEqual([
      'said',
    ]);
  });

  it('gives an interview transcript’s A: lines to the one answering', () => {
    expect(triples('Q: Will the talks resume?\n\nA: I think so, but not before the elections.')).toEqual([
      [':', 'Q', 'Will the talks resume'],
      [':', 'A', 'I think so, but not before the elections'],
    ]);
    expect(triples('A: list of demands was read out at the rally.')).toEqual([]);
  });
});

describe('attributions: asides, dashes and tail reports', () => {
  it('does not end a sentence inside a state abbreviation followed by a comma', () => {
    expect(
      analyzeSentence(
        '“Let me be clear,” Senate Majority Leader Mitch McConnell, R-Ky., said.',
      ).attributions.map((a) => [a.cue.text, a.mode]),
    ).toEqual([['said', 'direct']]);
  });

  it('skips an aside between a pair of dashes, spaced hyphens included, but not a hyphen inside a word', () => {
    expect(
      triples('Insiders in the next two states — Nevada and South Carolina — said the gap must close.'),
    ).toEqual([['said', 'Insiders in the next two states', 'the gap must close']]);
    expect(
      triples(
        'Some economists - including a minority of the bank’s own policy-making committee - warn that growth could slow.',
      ),
    ).toEqual([['warn', 'Some economists', 'growth could slow']]);
    expect(triples('Jason Sims - a teacher from Mount Pleasant - says the school is closed.')).toEqual([
      ['says', 'Jason Sims', 'the school is closed'],
    ]);
  });

  it('takes `put it` as a report of the clause it frames, not as an act', () => {
    expect(triples('As Omar Abdullah put it, the talks are dead.')).toEqual([
      ['put it', 'Omar Abdullah', 'the talks are dead'],
    ]);
    expect(triples('He put it on the table.')).toEqual([]);
  });

  it('takes the question an unnamed interviewer put', () => {
    expect(
      analyzeSentence('Farooq Abdullah was asked whether the talks would resume.').attributions.map((a) => [
        a.cue.text,
        a.content?.text,
        a.sourceType,
      ]),
    ).toEqual([['was asked', 'whether the talks would resume', 'implicit']]);
  });

  it('finds a mis-tagged surname before a tail cue, a coordinated clause’s subject and a subject before a comma aside', () => {
    expect(triples('The talks would take years, Lone said.')).toEqual([
      ['said', 'Lone', 'The talks would take years'],
    ]);
    expect(triples('He was copied on the questions and Gates said he spoke to Manafort.')).toEqual([
      ['said', 'Gates', 'he spoke to Manafort'],
    ]);
    expect(
      triples(
        'Mr. Sharif, in an interview on Friday, barely mentioned India, saying that he was looking ahead.',
      ),
    ).toEqual([['saying', 'Mr. Sharif', 'he was looking ahead']]);
  });
});

describe('attributions: clause heads and document subjects', () => {
  it('reads a contracted `is` as the verb of the reported clause, and adverbs before its verb', () => {
    expect(triples('I think it’s good.')).toEqual([['think', 'I', 'it’s good']]);
    expect(
      triples('But I think the army’s plan quietly concedes the point.').map(([cue, source]) => [
        cue,
        source,
      ]),
    ).toEqual([
      ['think', 'I'],
      ['concedes', 'the army’s plan'],
    ]);
  });

  it('finds a document subject behind a partitive, a noun wink tags as a verb, and a participle aside', () => {
    const rows = (text: string) =>
      analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text, a.sourceType]);
    expect(rows('A new batch of ministry emails released this week showed the close ties.')).toEqual([
      ['showed', 'A new batch of ministry emails', 'document'],
    ]);
    expect(rows('The most recent polling in Punjab shows the party closing the gap.')).toEqual([
      ['shows', 'The most recent polling in Punjab', 'document'],
    ]);
    expect(rows('A Gallup poll, conducted jointly with two firms, shows the party with 47 percent.')).toEqual(
      [['shows', 'A Gallup poll', 'document']],
    );
  });

  it('takes an `as` frame that ends the sentence, with a quantifier in its subject', () => {
    expect(triples('The numbers are not as grim as most insiders believe.')).toEqual([
      ['believe', 'most insiders', 'The numbers are not as grim'],
    ]);
  });
});

describe('attributions: views without a stated holder, and think tanks', () => {
  it('takes a passive view verb with `as` as an implicit attribution, not being seen somewhere', () => {
    expect(
      analyzeSentence(
        'The union is widely regarded as one of the more liberal in the movement.',
      ).attributions.map((a) => [a.cue.text, a.sourceType]),
    ).toEqual([['is widely regarded', 'implicit']]);
    expect(triples('He was seen at the rally.')).toEqual([]);
  });

  it('takes no cue from `think tank`', () => {
    expect(
      triples('Matt Bennett, a founder of the think tank Third Way, said the party was split.').map(
        ([cue, source]) => [cue, source],
      ),
    ).toEqual([['said', 'Matt Bennett']]);
  });
});

describe('attributions: evidence verbs wink tags as nouns', () => {
  it('reads `records show`, `polls show` as a document reporting, not `a TV show`', () => {
    const rows = (text: string) =>
      analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text, a.sourceType]);
    expect(rows('Election Commission records from the 2014 cycle show he backed both parties.')).toEqual([
      ['show', 'Election Commission records from the 2014 cycle', 'document'],
    ]);
    expect(rows('Polls show voters trust the Congress more.')).toEqual([['show', 'Polls', 'document']]);
    expect(rows('The TV show host laughed.')).toEqual([]);
  });
});

describe('attributions: reporting nouns with a holder and a stated content', () => {
  it('takes a possessive, a reporting noun and its `that` clause or infinitive', () => {
    expect(
      triples('Delhi rejected the ministry’s denial that troops crossed the line.').filter(
        ([cue]) => cue === 'denial',
      ),
    ).toEqual([['denial', 'the ministry', 'troops crossed the line']]);
    // the relative clause is a passive evaluation of the claim, not the claim's content
    expect(triples('His claim that was rejected last week came up again.')).toEqual([
      ['was rejected', null, 'His claim'],
    ]);
    expect(
      triples('Sharif rallied supporters with his calls to end the occupation.').map(
        ([cue, source, content]) => [cue, source, content],
      ),
    ).toEqual([['calls', 'his', 'to end the occupation']]);
  });

  it('leaves nouns that name a topic, and infinitives of purpose after other nouns', () => {
    expect(triples('Warren’s comment about superdelegates drew little notice.')).toEqual([]);
    expect(triples('He looked in his speech to find a better example.')).toEqual([]);
    expect(triples('Khan’s appeal to working-class voters is half the story.')).toEqual([]);
  });
});

describe('attributions: clause cues after an adverbial, and gerund clauses', () => {
  it('takes a `that` clause after a short adverbial, and an `as` frame with one', () => {
    expect(
      triples(
        'Rep. Chris Collins, R-N.Y., noted in a guest column in Saturday’s New York Times that anger was rising.',
      ),
    ).toEqual([['noted', 'Rep. Chris Collins', 'anger was rising']]);
    expect(
      triples('But as the Global Times tabloid noted in an op-ed Thursday, the candidate has fans in China.'),
    ).toEqual([['noted', 'the Global Times tabloid', 'the candidate has fans in China']]);
  });

  it('takes a gerund clause after a clause cue, not a plain object', () => {
    expect(
      triples('David Simas, the White House political director, recalled sitting in on focus groups.'),
    ).toEqual([['recalled', 'David Simas', 'sitting in on focus groups']]);
    expect(triples('Pakistan recalled its ambassador.')).toEqual([]);
  });
});

describe('attributions: quotations continued without a cue', () => {
  const continued = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [
      a.cue.text,
      a.source?.text,
      a.content?.text,
      a.continuation.map((c) => c.text),
    ]);

  it('gives a quote resumed after the cue, and one reopened in the next paragraph, to the same source', () => {
    expect(
      continued(
        '“We will take this to every forum,” Qureshi said. “The world cannot look away.\n\n“Kashmir is not an internal matter of India.”',
      ),
    ).toEqual([
      [
        'said',
        'Qureshi',
        'We will take this to every forum',
        ['The world cannot look away.', 'Kashmir is not an internal matter of India.'],
      ],
    ]);
  });

  it('leaves a closed quote in a new paragraph, and a quote after narration, to their own cues', () => {
    expect(
      continued('Qureshi said: “We will take this to every forum.”\n\n“Kashmir is not an internal matter.”'),
    ).toEqual([['said', 'Qureshi', 'We will take this to every forum.', []]]);
    expect(continued('“A fine day,” he said. Then the rain came. “We must go,” said Khan.')).toEqual([
      ['said', 'he', 'A fine day', []],
      ['said', 'Khan', 'We must go', []],
    ]);
  });
});

describe('attributions: institutions, members and reduced relatives', () => {
  const typed = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text, a.sourceType]);

  it('types an unnamed institution as an organization, and one member of a named body as unnamed', () => {
    expect(typed('Three militants were killed in a gunfight, police said.')).toEqual([
      ['said', 'police', 'organization'],
    ]);
    expect(typed('Authorities imposed a curfew, according to police.')).toEqual([
      ['according to', 'police', 'organization'],
    ]);
    // An office-holder the text never names is unnamed (ANNOTATION.md §1, §3; issue #17).
    expect(typed('The search could take days, an army spokesman said.')).toEqual([
      ['said', 'an army spokesman', 'unnamed'],
    ]);
    expect(typed('The protests will go on, a Hurriyat leader claimed.')).toEqual([
      ['claimed', 'a Hurriyat leader', 'unnamed'],
    ]);
  });

  it('keeps a hyphenated word inside the subject, and finds the subject of a reduced relative after a reporting noun', () => {
    expect(typed('Police in Indian-administered Kashmir said they had arrested 20 people.')).toEqual([
      ['said', 'Police in Indian-administered Kashmir', 'organization'],
    ]);
    expect(
      typed('The military said its forces had shot down two jets, a claim New Delhi disputed.').map(
        ([cue, source]) => [cue, source],
      ),
    ).toEqual([
      ['said', 'The military'],
      ['disputed', 'New Delhi'],
    ]);
  });

  it('takes a finite agentless passive of a reporting verb as implicit, not a possible one, a perception or a coordinated participle', () => {
    expect(typed('His rhetoric has been widely condemned.')).toEqual([
      ['has been widely condemned', undefined, 'implicit'],
    ]);
    expect(typed('The case could be appealed to the Supreme Court.')).toEqual([]);
    expect(typed('In the video McDonald is seen walking down a street.')).toEqual([]);
    expect(typed('The figures were possibly revised and indeed disputed.')).toEqual([]);
  });
});

describe('attributions: adjectives used as nouns, and hearers inside the cue', () => {
  it('reads `The military said` as a subject and a verb, and keeps `An earlier report` whole', () => {
    const typed = (text: string) =>
      analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text, a.sourceType]);
    expect(typed('The military said the talks failed.')).toEqual([['said', 'The military', 'organization']]);
    expect(typed('An earlier report said the talks failed.')).toEqual([
      ['said', 'An earlier report', 'document'],
    ]);
  });

  it('does not skip a second noun phrase after `told reporters`', () => {
    expect(triples('The wounded told reporters the army fired first.')).toEqual([
      ['told reporters', 'The wounded', 'the army fired first'],
    ]);
  });
});

describe('attributions: coordinated speakers', () => {
  const speakers = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.speaker, a.speakers]);

  it('gives every named conjunct of a coordinated source a voice, the first as `speaker`', () => {
    expect(speakers('India and Pakistan said the ceasefire would hold.')).toEqual([
      ['said', 'India', ['India', 'Pakistan']],
    ]);
    expect(
      speakers(
        'Prime Minister Imran Khan and Foreign Minister Shah Mahmood Qureshi said the talks had failed.',
      ),
    ).toEqual([['said', 'Imran Khan', ['Imran Khan', 'Shah Mehmood Qureshi']]]);
  });

  it('reads a list of titled names from the sentence start as one subject, but not a clause after `, and`', () => {
    expect(
      speakers(
        'The President of Azad Jammu and Kashmir (AJK), Barrister Sultan Mahmood Chaudhry, and Prime Minister Chaudhry Anwar ul Haq have vowed to strengthen efforts.',
      ),
    ).toEqual([['vowed', 'Sultan Mahmood Chaudhry', ['Sultan Mahmood Chaudhry', 'Chaudhry Anwar-ul-Haq']]]);
    expect(speakers('He met Khan, and Modi said the talks failed.')).toEqual([
      ['said', 'Narendra Modi', ['Narendra Modi']],
    ]);
  });

  it('resolves a plural reference to the actors just named together', () => {
    expect(
      speakers('Narendra Modi and Nawaz Sharif met in Lahore. The two leaders said the visit was historic.'),
    ).toEqual([['said', 'Narendra Modi', ['Narendra Modi', 'Nawaz Sharif']]]);
  });
});

describe('attributions: a present participle phrase after the subject', () => {
  it('skips `speaking on condition of anonymity` back to its noun, which stays anonymous', () => {
    expect(
      analyzeSentence(
        'Two officials speaking on condition of anonymity said the talks had stalled.',
      ).attributions.map((a) => [a.cue.text, a.source?.text, a.anonymous]),
    ).toEqual([['said', 'Two officials', true]]);
    expect(triples('Protesters marching through Srinagar said they would not stop.')).toEqual([
      ['said', 'Protesters', 'they would not stop'],
    ]);
  });
});

describe('attributions: dash introductions and responses to come', () => {
  it('gives a quotation after a dash to the person named right before it, not to a place', () => {
    expect(triples('Foreign Minister Shah Mahmood Qureshi — “We will not accept this.”')).toEqual([
      ['—', 'Shah Mahmood Qureshi', 'We will not accept this.'],
    ]);
    expect(triples('The loss in New Hampshire — “a blow to the campaign” — hurt.')).toEqual([]);
  });

  it('takes no attribution from a response to come', () => {
    expect(triples('The ministry said India would respond firmly.').map(([cue]) => cue)).toEqual(['said']);
  });
});

describe('attributions: titles with a bracketed abbreviation and asides opened by `via` (issue #17)', () => {
  const speakerOf = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text, a.speaker]);

  it('keeps a title’s bracketed abbreviation inside the source, after `according to` and before a cue', () => {
    expect(
      speakerOf('According to Senior Superintendent of Police (SSP) Farid Ahmad Lone, two shops burned.'),
    ).toEqual([
      ['According to', 'Senior Superintendent of Police (SSP) Farid Ahmad Lone', 'Farid Ahmad Lone'],
    ]);
    expect(speakerOf('Director General of Forests (DGF) Aamir Latif said the fire was contained.')).toEqual([
      ['said', 'Director General of Forests (DGF) Aamir Latif', 'Aamir Latif'],
    ]);
  });

  it('does not join an abbreviation that ends the phrase to the cue after it', () => {
    expect(speakerOf('The report by the Food Agency (FAO) said prices rose.')[0][1]).toBe(
      'The report by the Food Agency',
    );
  });

  it('skips an aside opened by `via` back to the subject', () => {
    expect(
      triples(
        'The regional council, via a statement, blamed the floods on poor drains, adding that aid was coming.',
      ).map((t) => t[1]),
    ).toEqual(['The regional council', 'The regional council']);
  });
});

describe('attributions: a cue that opens a quotation finds its source as reported speech does (issue #17)', () => {
  const sources = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null, a.mode]);

  it('takes the main clause subject for a second verb, after a leading adverbial phrase', () => {
    expect(
      sources(
        'In a message posted at 9.10 am, Lone shared two maps and said the road "was open again to all traffic."',
      ),
    ).toEqual([['said', 'Lone', 'direct']]);
  });

  it('takes the main clause subject for a participle after an aside opened by `via`', () => {
    expect(
      sources(
        'The regional council, via Twitter, blamed the floods on drains, saying: "We will fix every drain this year."',
      ),
    ).toEqual([
      ['blamed', 'The regional council', 'indirect'],
      ['saying', 'The regional council', 'direct'],
    ]);
  });

  it('takes the subject before an aside with a subordinate clause', () => {
    expect(
      sources(
        'Second Secretary Asha Thapa, while using her right of reply, had said, "Rarely has this hall seen such abuse of a chance."',
      ),
    ).toEqual([['said', 'Second Secretary Asha Thapa', 'direct']]);
  });
});

describe('attributions: a rank split from its full stop (issue #17)', () => {
  it('keeps `Maj. Gen.` inside the sentence and reads the ranked name as an aside of the subject', () => {
    const doc = analyzeSentence(
      'The army’s spokesman, Maj. Gen. Tariq Lone, said one of the soldiers was hurt.',
    );
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text, a.speaker])).toEqual([
      ['said', 'The army’s spokesman, Maj. Gen. Tariq Lone', 'Tariq Lone'],
    ]);
  });

  it('still ends a sentence at a full stop after an ordinary word', () => {
    const doc = analyzeSentence('The town was quiet. Dr. Lone said so.');
    expect(doc.attributions.map((a) => [a.cue.text, a.source?.text])).toEqual([['said', 'Dr. Lone']]);
  });
});

describe('attributions: subjects with an acronym or a name set off by commas (issue #17)', () => {
  const sources = (text: string) =>
    analyzeSentence(text).attributions.map((a) => [a.cue.text, a.source?.text ?? null]);

  it('keeps a bracketed acronym with the subject before a long aside', () => {
    expect(
      sources(
        'On Monday, the Valley Liberation Front (VLF), an offshoot of the banned Lions group, claimed responsibility for the attack.',
      ),
    ).toEqual([['claimed', 'the Valley Liberation Front (VLF)']]);
  });

  it('takes a name set off by commas with the main clause subject of a participle cue', () => {
    expect(
      sources(
        'Nepal’s army media wing, NAMW, put the toll at five, adding two soldiers were hurt “while guarding the post.”',
      ),
    ).toEqual([['adding', 'Nepal’s army media wing, NAMW']]);
  });
});
