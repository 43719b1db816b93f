/** framingDiff and its static view, on two short articles made up for the test. */
import { describe, expect, it } from 'vitest';
import { framingDiff } from '../src/compare/framingDiff';
import { framingDiffHtml, framingDiffText, FRAMING_DIFF_CLASS } from '../src/notebook/framingDiffView';
import { showFramingDiff } from '../src/notebook/show';
import type { DisplayContent } from '../src/notebook/tslabChannel';
import type { Document } from '../src/types';
import { analyzeSentence } from './helpers';

function article(id: string, meta: Document['meta'], text: string): Document {
  return { ...analyzeSentence(text), id, meta };
}

const indian = article(
  'in-attack',
  { title: 'Terrorists strike convoy', outlet: 'Delhi Daily', perspective: 'indian' },
  'Terrorists attacked an army convoy in Jammu and Kashmir on Monday, killing four soldiers. ' +
    '"This cowardly attack will not go unpunished," Prime Minister Narendra Modi said. ' +
    'Officials said the attackers had clearly crossed from Pakistan-occupied Kashmir.',
);
const pakistani = article(
  'pk-attack',
  { title: 'Blast in occupied Kashmir', outlet: 'Lahore Times', perspective: 'pakistani' },
  'Freedom fighters may have attacked an Indian convoy in occupied Kashmir on Monday, and four soldiers were killed. ' +
    'Foreign Office spokesperson Mumtaz Zahra Baloch said India should not blame Pakistan without evidence. ' +
    'Shehbaz Sharif said the people of Kashmir had suffered for decades.',
);

describe('framingDiff', () => {
  const diff = framingDiff(indian, pakistani);

  it('lists each article’s speakers with counts and sides, and who only one of them quotes', () => {
    const modi = diff.speakers.find((s) => s.speaker === 'Narendra Modi');
    expect(modi).toMatchObject({ side: 'India', a: 1, b: 0 });
    expect(diff.speakersOnlyA).toContain('Narendra Modi');
    expect(diff.speakersOnlyB).toEqual(expect.arrayContaining(['Shehbaz Sharif']));
    expect(diff.speakersOnlyA.some((s) => diff.speakersOnlyB.includes(s))).toBe(false);
  });

  it('sets the two articles’ wordings for the same referent side by side', () => {
    const militants = diff.referents.find((r) => r.referent === 'militants')!;
    expect(militants.a.map((w) => [w.wording, w.favours])).toEqual([['terrorists', 'India']]);
    expect(militants.b.map((w) => [w.wording, w.favours])).toEqual([['freedom fighters', 'Pakistan']]);
    // Referents named by both come first.
    const firstOneSided = diff.referents.findIndex((r) => r.a.length === 0 || r.b.length === 0);
    expect(
      diff.referents.slice(0, firstOneSided === -1 ? undefined : firstOneSided).map((r) => r.referent),
    ).toContain('militants');
    // Every referent shown has at least one loaded wording: plain-only ones say nothing about framing.
    expect(diff.referents.every((r) => [...r.a, ...r.b].some((w) => w.loaded))).toBe(true);
  });

  it('names the actors only one article mentions and each one’s top actor; hedging and loaded balance per article', () => {
    expect(diff.actorsOnlyA.map((x) => x.name)).toContain('Narendra Modi');
    expect(diff.actorsOnlyB.map((x) => x.name)).toContain('Shehbaz Sharif');
    expect(diff.a.topActor?.name).toBe(indian.actors[0].name);
    expect(diff.b.hedgesPer1kOutlet).toBeGreaterThan(0); // "may have attacked"
    expect(diff.a.loadedLeans).toBe('India');
    expect(diff.b.loadedLeans).toBe('Pakistan');
    expect(diff.a.loadedBySide.India).toBe(indian.loadedTerms.filter((t) => t.favours === 'India').length);
    expect(diff.a.perspective).toBe('indian');
  });

  it('is symmetric: swapping the articles swaps the sides', () => {
    const swapped = framingDiff(pakistani, indian);
    expect(swapped.a).toEqual(diff.b);
    expect(swapped.speakersOnlyA).toEqual(diff.speakersOnlyB);
    expect(swapped.actorsOnlyB).toEqual(diff.actorsOnlyA);
  });
});

describe('showFramingDiff', () => {
  const html = framingDiffHtml(indian, pakistani);

  it('is static HTML: a two-column summary, then both texts highlighted side by side', () => {
    expect(html.startsWith(`<div class="${FRAMING_DIFF_CLASS}">`)).toBe(true);
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    expect(html).toContain('grid-template-columns:1fr 1fr');
    expect(html.match(/class="framing-kit-highlight"/g)).toHaveLength(2);
    expect(html.indexOf('<table class="fk-diff">')).toBeLessThan(
      html.indexOf('class="framing-kit-highlight"'),
    );
    expect(html).toContain('<th>A · in-attack</th><th>B · pk-attack</th>');
    expect(html).toContain(
      'Wording for “militants”</th><td>terrorists ×1 (loaded, favours India)</td><td>freedom fighters ×1 (loaded, favours Pakistan)</td>',
    );
    // Tags balance.
    for (const tag of ['div', 'table', 'tr', 'td', 'span', 'p']) {
      expect((html.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length, tag).toBe(
        (html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length,
      );
    }
    expect(framingDiffHtml(indian, pakistani)).toBe(html);
  });

  it('escapes metadata, and is sent as HTML with the summary as text', () => {
    const hostile = { ...indian, meta: { ...indian.meta, title: '<b>"x" & y</b>' } };
    expect(framingDiffHtml(hostile, pakistani)).not.toContain('<b>"x"');
    const sent: DisplayContent[] = [];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jupyter = require('tslab/dist/jupyter') as { lastWriteDisplayData: unknown };
    jupyter.lastWriteDisplayData = (content: DisplayContent) => sent.push(content);
    try {
      showFramingDiff(indian, pakistani);
    } finally {
      jupyter.lastWriteDisplayData = null;
    }
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0].data).sort()).toEqual(['text/html', 'text/plain']);
    expect(sent[0].data['text/html']).toBe(html);
    expect(sent[0].data['text/plain']).toBe(framingDiffText(framingDiff(indian, pakistani)));
    expect(sent[0].data['text/plain']).toContain('Named speakers\n  A: ');
  });
});
