import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { loadFurniture, loadHedgingContextWords, loadRoleWords, loadSyntaxWords } from '../src/lexicons/load';
import { ROOT, tempDir } from './helpers';

/** Every JSON file under lexicons/, sorted. */
function shippedFiles(dir = path.join(ROOT, 'lexicons')): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? shippedFiles(path.join(dir, entry.name))
        : entry.name.endsWith('.json')
          ? [path.join(dir, entry.name)]
          : [],
    )
    .sort();
}

const ajv = new Ajv2020({ allErrors: true });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(schemaFile: string) {
  let validate = compiled.get(schemaFile);
  if (!validate) {
    validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    compiled.set(schemaFile, validate);
  }
  return validate;
}

describe('every shipped lexicon, gazetteer and word list against its JSON Schema', () => {
  const files = shippedFiles();

  it('finds the shipped files', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  for (const file of files) {
    const name = path.relative(ROOT, file);
    it(`${name} names a schema in schema/ and validates against it`, () => {
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(typeof data.$schema, `${name} has no "$schema"`).toBe('string');
      const schemaFile = path.resolve(path.dirname(file), data.$schema);
      expect(path.dirname(schemaFile)).toBe(path.join(ROOT, 'schema'));
      const validate = validatorFor(schemaFile);
      expect(validate(data) ? [] : validate.errors).toEqual([]);
    });
  }

  it('a schema rejects what its loader rejects: an unknown field', () => {
    const schemaFile = path.join(ROOT, 'schema', 'syntax-words.schema.json');
    const data = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'lexicons', 'sourcing', 'syntax-words.json'), 'utf8'),
    );
    expect(validatorFor(schemaFile)({ ...data, partitive: ['batch'] })).toBe(false);
  });

  it('the loaders of the plain word lists validate too, naming file and field', () => {
    const dir = tempDir();
    const words = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'lexicons', 'sourcing', 'syntax-words.json'), 'utf8'),
    );
    const bad = path.join(dir, 'syntax-words.json');
    fs.writeFileSync(bad, JSON.stringify({ ...words, partitives: ['batch', 'Handful'] }));
    expect(() => loadSyntaxWords(bad)).toThrow(/syntax-words\.json.*partitives\[1\].*one lower-case word/s);
    const context = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'lexicons', 'hedging', 'context-words.json'), 'utf8'),
    );
    const badContext = path.join(dir, 'context-words.json');
    fs.writeFileSync(badContext, JSON.stringify({ ...context, units: ['year', 'light year'] }));
    expect(() => loadHedgingContextWords(badContext)).toThrow(
      /context-words\.json.*units\[1\].*one lower-case word/s,
    );
    // Past-time markers are phrases: spaces are allowed there, capitals are not.
    fs.writeFileSync(
      badContext,
      JSON.stringify({ ...context, pastTimeMarkers: ['years ago', 'In those days'] }),
    );
    expect(() => loadHedgingContextWords(badContext)).toThrow(/pastTimeMarkers\[1\].*lower case/s);
    expect(loadHedgingContextWords().pastTimeMarkers).toContain('at the time');
    const roles = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'lexicons', 'actors', 'role-words.json'), 'utf8'),
    );
    const badRoles = path.join(dir, 'role-words.json');
    fs.writeFileSync(badRoles, JSON.stringify({ ...roles, venueVerbs: ['visit', 'Tour'] }));
    expect(() => loadRoleWords(badRoles)).toThrow(/role-words\.json.*venueVerbs\[1\].*one lower-case word/s);
    const { stativeNouns: _dropped, ...missing } = roles;
    fs.writeFileSync(badRoles, JSON.stringify(missing));
    expect(() => loadRoleWords(badRoles)).toThrow(/role-words\.json.*stativeNouns/s);
    expect(loadRoleWords().targetingVerbs).toContain('condemn');
    const furniture = path.join(dir, 'furniture.json');
    fs.writeFileSync(
      furniture,
      JSON.stringify({ description: 'x', footerHeadings: ['More in *'], lineHeadings: [] }),
    );
    expect(() => loadFurniture(furniture)).toThrow(/furniture\.json/);
  });
});
