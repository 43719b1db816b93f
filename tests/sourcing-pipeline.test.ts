import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze';
import { CUE_VETOES, SOURCING_PASSES } from '../src/features/attributions';
import { parseAnalyzeArgs } from '../src/cli/args';
import type { Document } from '../src/types';
import { ROOT } from './helpers';

const plain = createAnalyzer();
const explaining = createAnalyzer({ explain: true });
const analyze = (text: string, explain = false): Document =>
  (explain ? explaining : plain).analyze({ id: 't', meta: {}, text, origin: { file: '(test)', line: null } });

/** One sentence per pass, none from any benchmark. */
const TEXT = [
  '“We will open the library on Sunday,” the mayor said.',
  'The council said that the budget was balanced.',
  'A poll of parents: “The pier closes at dusk.”',
  'The bridge has been widely criticized by engineers for its cost.',
  'It was announced that the ferry would stop running.',
  'The teacher’s claim that the roof leaked went unanswered.',
].join('\n\n');

describe('the sourcing pipeline', () => {
  it('states its passes in one ordered list', () => {
    expect(SOURCING_PASSES.map((pass) => pass.name)).toEqual([
      'directQuotes',
      'reportedSpeech',
      'colonIntroductions',
      'unstatedSources',
      'nominalReports',
    ]);
  });

  it('names each veto of a cue form', () => {
    expect(Object.keys(CUE_VETOES)).toContain('passive');
    expect(Object.keys(CUE_VETOES)).toContain('afterHyphen');
  });

  it('with explain, tells which pass found each attribution', () => {
    const passes = analyze(TEXT, true).attributions.map((a) => [a.cue.text, a.explain?.pass]);
    expect(passes).toEqual([
      ['said', 'directQuotes'],
      ['said', 'reportedSpeech'],
      [':', 'colonIntroductions'],
      ['has been widely criticized', 'unstatedSources'],
      ['was announced', 'unstatedSources'],
      ['claim', 'nominalReports'],
    ]);
  });

  it('with explain, names the rule that turned each cue candidate down', () => {
    const text =
      'That said, the school reopened. The so-called reform failed. The minister is said to be ill.';
    const rejected = analyze(text, true).explain?.rejectedCues.map((r) => [r.cue.text, r.rule]);
    expect(rejected).toEqual([
      ['said', 'idiomOrAnonymityMarker'],
      ['called', 'afterHyphen'],
      ['said', 'passive'],
    ]);
  });

  it('names the pass rule that turned down a cue the vetoes let through', () => {
    const explain = analyze(
      'Officials from both towns met, and the plan, noted in passing, was dropped.',
      true,
    ).explain;
    expect(explain?.rejectedCues.map((r) => [r.cue.text, r.rule])).toEqual([
      ['noted', 'clauseCueWithoutClause'],
    ]);
  });

  it('leaves the output as it was without explain', () => {
    const document = analyze(TEXT);
    expect(document.explain).toBeUndefined();
    expect(document.attributions.every((a) => !('explain' in a))).toBe(true);
    const explained = analyze(TEXT, true);
    const { explain: _explain, ...rest } = explained;
    const stripped = { ...rest, attributions: rest.attributions.map(({ explain: _e, ...a }) => a) };
    expect(JSON.stringify(stripped)).toBe(JSON.stringify(document));
  });

  it('validates explained output against the document schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const document = JSON.parse(JSON.stringify(analyze(`${TEXT} The so-called reform failed.`, true)));
    expect(validate(document) ? [] : validate.errors).toEqual([]);
  });

  it('lists in the schema exactly the passes of the pipeline', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
    const passes = schema.properties.attributions.items.properties.explain.properties.pass.enum;
    expect(passes).toEqual(SOURCING_PASSES.map((pass) => pass.name));
  });

  it('takes --explain on the command line', () => {
    expect(parseAnalyzeArgs(['corpus', '--explain']).explain).toBe(true);
    expect(parseAnalyzeArgs(['corpus']).explain).toBe(false);
  });
});
