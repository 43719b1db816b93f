import { describe, expect, it } from 'vitest';
import { highlight, highlightSummary } from '../src/notebook/highlight';
import { showHighlight } from '../src/notebook/show';
import type { DisplayContent } from '../src/notebook/tslabChannel';
import type { Actor, Cue, Document, Span } from '../src/types';
import { documentA, documentB, fixtureDocuments } from './fixtures/documents';

/** Tags the highlighter writes, and which of them never have a closing tag. */
const VOID_TAGS = new Set(['br']);
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescape = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

interface Char {
  char: string;
  /** CSS classes of the highlight spans around this character. */
  classes: Set<string>;
}

/**
 * A strict little parser for the markup `highlight` emits: fails on any closing tag that does
 * not match the innermost open one, and returns the text of the `fk-text` block character by
 * character with the classes around each character, one array per paragraph.
 */
function parse(html: string): { paragraphs: Char[][]; tags: string[] } {
  const stack: Array<{ tag: string; classes: string[] }> = [];
  const paragraphs: Char[][] = [];
  const tags: string[] = [];
  const token = /<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*>|([^<]+)/gy;
  let inText = false;
  let consumed = 0;
  for (const m of html.matchAll(token)) {
    consumed = m.index! + m[0].length;
    const [, closing, tag, attributes, text] = m;
    if (text !== undefined) {
      if (inText && stack.some((e) => e.tag === 'p')) {
        const classes = new Set(stack.filter((e) => e.tag === 'span').flatMap((e) => e.classes));
        for (const char of unescape(text)) paragraphs[paragraphs.length - 1].push({ char, classes });
      } else if (inText) {
        expect(text.trim()).toBe(''); // nothing but layout newlines between paragraphs
      }
      continue;
    }
    tags.push(closing ? `/${tag}` : tag);
    if (VOID_TAGS.has(tag)) continue;
    if (closing) {
      const open = stack.pop();
      expect(open?.tag, `</${tag}> closes <${open?.tag}>`).toBe(tag);
      if (tag === 'div' && open && open.classes.includes('fk-text')) inText = false;
      continue;
    }
    const classes = /class="([^"]*)"/.exec(attributes)?.[1].split(' ') ?? [];
    stack.push({ tag, classes });
    if (classes.includes('fk-text')) inText = true;
    if (tag === 'p' && inText) paragraphs.push([]);
  }
  expect(consumed).toBe(html.length); // the tokenizer understood every byte
  expect(stack).toEqual([]);
  return { paragraphs, tags };
}

/** Document offsets → rendered characters, for a document whose text is one paragraph. */
function classesAt(html: string, document: Document): Set<string>[] {
  const { paragraphs } = parse(html);
  expect(paragraphs).toHaveLength(1);
  const rendered = paragraphs[0];
  // `<br>` stands for a line break; the newline after it is the verbatim one.
  expect(rendered.map((c) => c.char).join('')).toBe(document.text);
  return rendered.map((c) => c.classes);
}

function expectMarked(classes: Set<string>[], span: { start: number; end: number }, cls: string): void {
  for (let i = span.start; i < span.end; i++) expect(classes[i].has(cls), `${cls} at ${i}`).toBe(true);
}

function span(text: string, fragment: string, from = 0): Span {
  const start = text.indexOf(fragment, from);
  if (start < 0) throw new Error(`"${fragment}" not in text`);
  return { start, end: start + fragment.length, text: fragment };
}

describe('highlight', () => {
  it('marks every loaded term, cue, source, hedge and booster exactly on its characters', () => {
    const classes = classesAt(highlight(documentA), documentA);
    for (const term of documentA.loadedTerms) expectMarked(classes, term, 'fk-loaded');
    for (const a of documentA.attributions) {
      expectMarked(classes, a.cue, 'fk-cue');
      if (a.source) expectMarked(classes, a.source, 'fk-source');
    }
    for (const h of documentA.hedges) expectMarked(classes, h, 'fk-hedge');
    for (const b of documentA.boosters) expectMarked(classes, b, 'fk-booster');
    // And nothing else: characters outside every loaded term carry no loaded-term class.
    const inTerm = (i: number): boolean => documentA.loadedTerms.some((t) => t.start <= i && i < t.end);
    classes.forEach((c, i) => expect(c.has('fk-loaded')).toBe(inTerm(i)));
    const words = documentA.text.indexOf('must end');
    expect(classes[words + 'must '.length].size).toBe(0);
  });

  it('puts the favoured side and the neutral alternative in the hover title', () => {
    const html = highlight(documentA);
    expect(html).toContain(
      '<span class="fk-loaded" title="Loaded term (kashmir, kashmir/iiojk): favours Pakistan; neutral alternative: Indian-administered Kashmir" data-favours="Pakistan">IOJK</span>',
    );
    expect(html).toContain('favours no side');
    expect(html).toMatch(/class="fk-hedge" title="Hedge \(hedges\/may\), the outlet&#39;s own voice">may</);
  });

  it('says whom a loaded term judged by target is said of, and how', () => {
    const term = documentA.loadedTerms[0];
    const judged = (role: 'agent' | 'speaker') =>
      highlight({
        ...documentA,
        loadedTerms: [{ ...term, favours: 'Pakistan', target: 'India', targetRole: role }],
      });
    expect(judged('agent')).toContain('favours Pakistan (said of India); neutral alternative');
    expect(judged('agent')).toContain('data-favours="Pakistan" data-target="India"');
    expect(judged('speaker')).toContain('favours Pakistan (in the words of India)');
  });

  it('marks a quotation continued without a cue as content of the same source', () => {
    const text = '“We will go to every forum,” Qureshi said. “The world cannot look away.”';
    const doc: Document = {
      ...documentB,
      id: 'continued',
      text,
      attributions: [
        {
          cue: span(text, 'said'),
          source: span(text, 'Qureshi'),
          content: span(text, 'We will go to every forum'),
          continuation: [span(text, 'The world cannot look away.')],
          speaker: 'Shah Mahmood Qureshi',
          speakers: ['Shah Mahmood Qureshi'],
          sourceType: 'person',
          anonymous: false,
          mode: 'direct',
        },
      ],
      loadedTerms: [],
      actors: [],
      hedges: [],
      boosters: [],
    };
    const html = highlight(doc);
    expect(html).toContain(
      'title="Content attributed to Shah Mahmood Qureshi (direct, continued without a cue of its own)">The world cannot look away.</span>',
    );
  });

  it('nests overlapping spans without crossing tags, reopening the inner span where needed', () => {
    // "Indian occupation forces": an actor mention over the first two words, a loaded term
    // over the last two, inside the content of an attribution that starts mid-sentence.
    const text = 'He said Indian occupation forces must leave now.';
    const doc: Document = {
      ...documentB,
      id: 'overlap',
      text,
      attributions: [
        {
          cue: span(text, 'said'),
          source: span(text, 'He'),
          content: span(text, 'Indian occupation forces must leave'),
          continuation: [],
          speaker: 'X',
          speakers: ['X'],
          sourceType: 'person',
          anonymous: false,
          mode: 'indirect',
        },
      ],
      loadedTerms: [
        {
          ...span(text, 'occupation forces'),
          entry: 'k/occupation-forces',
          category: 'delegitimizing',
          favours: 'Pakistan',
          target: null,
          targetRole: null,
          neutral: 'security forces',
          inQuote: false,
        },
      ],
      actors: [
        {
          name: 'India',
          type: 'state',
          side: 'India',
          mentions: [span(text, 'Indian occupation')],
          asSource: 0,
          asAgent: 0,
          asPatient: 0,
        } as Actor,
      ],
      hedges: [],
      boosters: [{ ...span(text, 'must'), entry: 'boosters/must', inQuote: false } as Cue],
    };
    const html = highlight(doc);
    const classes = classesAt(html, doc);
    expectMarked(classes, span(text, 'Indian occupation'), 'fk-actor');
    expectMarked(classes, span(text, 'occupation forces'), 'fk-loaded');
    expectMarked(classes, span(text, 'Indian occupation forces must leave'), 'fk-content');
    expect(classes[text.indexOf('forces')].has('fk-actor')).toBe(false);
    // The loaded term starts inside the actor mention and outlives it: it is split in two.
    const body = html.slice(html.indexOf('class="fk-text"'));
    expect(body.match(/class="fk-loaded"/g)).toHaveLength(2);
    expect(body).toContain('>occupation</span></span><span class="fk-loaded"');
  });

  it('escapes the text and the titles', () => {
    const text = 'A <b>bold</b> & "quoted" claim: Tom said R&D is <script>alert(1)</script>.';
    const doc: Document = {
      ...documentB,
      id: 'escape',
      meta: { title: 'T <i>' },
      text,
      attributions: [],
      actors: [],
      hedges: [],
      boosters: [],
      loadedTerms: [
        {
          ...span(text, 'R&D'),
          entry: 'x/r&d',
          category: 'emotive',
          favours: '"A" & <B>',
          target: null,
          targetRole: null,
          neutral: 'research <neutral>',
          inQuote: false,
        },
      ],
    };
    const html = highlight(doc);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('data-favours="&quot;A&quot; &amp; &lt;B&gt;"');
    expect(html).toContain('neutral alternative: research &lt;neutral&gt;');
    expectMarked(classesAt(html, doc), span(text, 'R&D'), 'fk-loaded');
  });

  it('keeps paragraphs and line breaks, closing and reopening spans across a paragraph break', () => {
    const text = 'First paragraph, line one\nline two said it.\n\nSecond "quote that\n\nruns on" here.';
    const content = span(text, 'quote that\n\nruns on');
    const doc: Document = {
      ...documentB,
      id: 'paragraphs',
      text,
      attributions: [
        {
          cue: span(text, 'said'),
          source: null,
          content,
          continuation: [],
          speaker: null,
          speakers: [],
          sourceType: 'unnamed',
          anonymous: true,
          mode: 'direct',
        },
      ],
      loadedTerms: [],
      actors: [],
      hedges: [],
      boosters: [],
    };
    const html = highlight(doc, { layers: { furniture: false } });
    const { paragraphs, tags } = parse(
      html.slice(html.indexOf('<div class="fk-text">'), html.lastIndexOf('</div>')),
    );
    expect(paragraphs.map((p) => p.map((c) => c.char).join(''))).toEqual([
      'First paragraph, line one\nline two said it.',
      'Second "quote that',
      'runs on" here.',
    ]);
    expect(tags.filter((t) => t === 'br')).toHaveLength(1); // the single line break, not the blank lines
    expect(tags.filter((t) => t === 'p')).toHaveLength(3);
    expect(
      paragraphs[1]
        .filter((c) => c.classes.has('fk-content'))
        .map((c) => c.char)
        .join(''),
    ).toBe('quote that');
    expect(
      paragraphs[2]
        .filter((c) => c.classes.has('fk-content'))
        .map((c) => c.char)
        .join(''),
    ).toBe('runs on');
  });

  it('dims page furniture found in the verbatim text', () => {
    const text = 'By Hilal Ahmad\n\nSRINAGAR, India (AP) — Officials said the curfew may be lifted.';
    const doc: Document = {
      ...documentB,
      id: 'furniture',
      text,
      attributions: [],
      loadedTerms: [],
      actors: [],
      hedges: [],
      boosters: [],
    };
    const { paragraphs } = parse(highlight(doc));
    expect(paragraphs[0].every((c) => c.classes.has('fk-furniture'))).toBe(true);
    expect(paragraphs[1].find((c) => c.char === 'O')?.classes.has('fk-furniture')).toBe(false);
  });

  it('has a legend for the layers shown, with counts, and leaves switched-off layers out', () => {
    const html = highlight(documentA);
    expect(html).toContain('<div class="fk-legend">');
    expect(html).toMatch(/<span class="fk-loaded">loaded term<\/span> [^<]*\(3\)/);
    expect(html).toMatch(/<span class="fk-cue">said<\/span> attribution cue \(3\)/);
    const without = highlight(documentA, { layers: { loadedTerms: false, attributions: false } });
    expect(without).not.toContain('fk-loaded');
    expect(without).not.toContain('class="fk-cue"');
    expect(without).toContain('class="fk-hedge"');
    expect(highlight(documentA, { legend: false })).not.toContain('<div class="fk-legend">');
  });

  it('is static and scoped: no script, styles only under its own class', () => {
    const html = highlight(documentA);
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    const css = /<style>\n([\s\S]*?)\n<\/style>/.exec(html)![1];
    for (const rule of css.split('\n')) expect(rule.startsWith('.framing-kit-highlight')).toBe(true);
  });

  it('gives the same bytes every time, whatever the order of the input spans', () => {
    const reordered: Document = {
      ...documentA,
      loadedTerms: [...documentA.loadedTerms].reverse(),
      attributions: [...documentA.attributions].reverse(),
    };
    expect(highlight(documentA)).toBe(highlight(documentA));
    // Identical spans of different kinds nest by kind, not by input order.
    const body = (html: string): string => html.slice(html.indexOf('class="fk-text"'));
    expect(body(highlight(reordered)).replace(/ title="[^"]*"/g, '')).toBe(
      body(highlight(documentA)).replace(/ title="[^"]*"/g, ''),
    );
  });

  it('is sent as HTML with a text fallback', () => {
    const sent: DisplayContent[] = [];
    // The test replaces a property of tslab's CommonJS module object, which an import would freeze.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jupyter = require('tslab/dist/jupyter') as { lastWriteDisplayData: unknown };
    jupyter.lastWriteDisplayData = (content: DisplayContent) => sent.push(content);
    try {
      showHighlight(documentA);
    } finally {
      jupyter.lastWriteDisplayData = null;
    }
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0].data).sort()).toEqual(['text/html', 'text/plain']);
    expect(sent[0].data['text/html']).toBe(highlight(documentA));
    expect(sent[0].data['text/plain']).toBe(highlightSummary(documentA));
    expect(highlightSummary(documentA)).toBe(
      'Highlighted text of a-occupation — attributions: 3, loaded terms: 3, hedges: 1, boosters: 1, actors: 0 (mentions: 0)',
    );
  });

  it('renders every fixture document as well-formed markup', () => {
    for (const doc of fixtureDocuments) parse(highlight(doc));
  });
});
