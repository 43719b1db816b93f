#!/usr/bin/env node
/*
 * Builds the gold files (tests/gold/<id>.json, tests/gold/sentences.json) from the hand-written
 * sources in tests/gold/src/*.yaml. The sources name every span by its exact text (plus an
 * occurrence index or context), so an annotator never types an offset; this script turns them into
 * [start, end) offsets and fails loudly on anything it cannot resolve uniquely.
 *
 * Plain JavaScript on purpose: it must run with bare `node` (no TS loader in this repo).
 * Usage: node scripts/gold-build.js [--check]   (--check: resolve and verify, write nothing,
 *        exit 1 if a written gold file differs from what the sources produce)
 *
 * Span spec syntax (a string):
 *   "IOJK"                 the only occurrence of IOJK (error if 0 or several)
 *   "IOJK@3"               the 3rd occurrence (1-based)
 *   "of [[IOJK]] in"       IOJK where it occurs inside the unique context "of IOJK in"
 *   "A ~~ B"               from the start of A (resolved as above) to the end of the first B after it
 * An occurrence must sit on token boundaries: "India" never matches inside "Indian".
 * Actor mentions and refs may end in " | agent", " | patient", " | source" (comma-separated).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const YAML = require('yaml');

const ROOT = path.resolve(__dirname, '..');
const GOLD_DIR = path.join(ROOT, 'tests', 'gold');
const SRC_DIR = path.join(GOLD_DIR, 'src');
const CORPUS_DIR = path.join(ROOT, 'corpus');
const ROLES = new Set(['agent', 'patient', 'source']);
const SOURCE_TYPES = new Set(['person', 'organization', 'document', 'unnamed', 'implicit']);
const CATEGORIES = new Set(['toponym', 'violence-label', 'delegitimizing', 'emotive', 'valorizing']);
const ACTOR_TYPES = new Set(['person', 'state', 'organization', 'group']);

class GoldError extends Error {}
const fail = (where, msg) => {
  throw new GoldError(`${where}: ${msg}`);
};

/** The analysed text: everything after the closing `---` line of the front matter. */
function bodyOf(markdown, file) {
  const m = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  if (!m) fail(file, 'no YAML front matter block');
  return markdown.slice(m[0].length);
}

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Every start offset of `needle` in `text` that does not cut a word at either edge. */
function occurrences(text, needle) {
  const found = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const cutsLeft = isWordChar(needle[0]) && isWordChar(text[i - 1]);
    const cutsRight = isWordChar(needle[needle.length - 1]) && isWordChar(text[i + needle.length]);
    if (!cutsLeft && !cutsRight) found.push(i);
  }
  return found;
}

function resolveSimple(text, spec, where, from = 0) {
  let needle = spec;
  let index = null;
  const at = /@(\d+)$/.exec(spec);
  if (at) {
    needle = spec.slice(0, at.index);
    index = Number(at[1]);
  }
  const ctx = /^([\s\S]*)\[\[([\s\S]+)\]\]([\s\S]*)$/.exec(needle);
  const whole = ctx ? ctx[1] + ctx[2] + ctx[3] : needle;
  const offsetInWhole = ctx ? ctx[1].length : 0;
  const target = ctx ? ctx[2] : needle;
  const hits = occurrences(text, whole).filter((i) => i >= from);
  if (hits.length === 0) fail(where, `not found: ${JSON.stringify(spec)}`);
  let start;
  if (index !== null) {
    if (index < 1 || index > hits.length)
      fail(where, `${JSON.stringify(spec)}: only ${hits.length} occurrence(s)`);
    start = hits[index - 1];
  } else {
    if (hits.length > 1) fail(where, `ambiguous (${hits.length} occurrences): ${JSON.stringify(spec)}`);
    start = hits[0];
  }
  start += offsetInWhole;
  return { start, end: start + target.length };
}

function resolveSpan(text, spec, where) {
  if (typeof spec !== 'string') fail(where, `span spec must be a string, got ${JSON.stringify(spec)}`);
  const parts = spec.split(' ~~ ');
  let span;
  if (parts.length === 1) span = resolveSimple(text, spec, where);
  else if (parts.length === 2) {
    const a = resolveSimple(text, parts[0], where);
    const bHits = occurrences(text, parts[1]).filter((i) => i >= a.start);
    if (bHits.length === 0) fail(where, `range end not found after start: ${JSON.stringify(parts[1])}`);
    span = { start: a.start, end: bHits[0] + parts[1].length };
  } else fail(where, `bad range spec ${JSON.stringify(spec)}`);
  const result = { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  if (text.slice(result.start, result.end) !== result.text) fail(where, 'internal: slice mismatch');
  return result;
}

/** Splits "IOJK@2 | agent,source" into the span spec and its roles. */
function splitRoles(entry, where) {
  const bar = entry.lastIndexOf(' | ');
  if (bar === -1) return { spec: entry, roles: [] };
  const roles = entry
    .slice(bar + 3)
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  for (const r of roles)
    if (!ROLES.has(r)) fail(where, `unknown role ${JSON.stringify(r)} in ${JSON.stringify(entry)}`);
  return { spec: entry.slice(0, bar), roles };
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const inside = (inner, outer) => inner.start >= outer.start && inner.end <= outer.end;

const OPEN_QUOTES = new Set(['"', '\u201C']);
const CLOSE_QUOTES = new Set(['"', '\u201D']);

function buildQuotes(text, specs, where) {
  return (specs || []).map((spec, i) => {
    const q = resolveSpan(text, spec, `${where} quotes[${i}]`);
    if (!OPEN_QUOTES.has(q.text[0]) || !CLOSE_QUOTES.has(q.text[q.text.length - 1])) {
      fail(
        `${where} quotes[${i}]`,
        `a quote span must start and end with a quotation mark: ${JSON.stringify(q.text)}`,
      );
    }
    return q;
  });
}

/** Cross-check: every quotation-mark pair in the (non-furniture) text must be listed as a quote. */
function checkAllQuotesListed(text, quotes, furniture, where) {
  const re = /["\u201C][^"\u201C\u201D]*["\u201D]/g;
  for (let m; (m = re.exec(text));) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (furniture.some((f) => inside(span, f))) continue;
    if (!quotes.some((q) => q.start === span.start && q.end === span.end)) {
      fail(where, `quotation at ${span.start} not listed under quotes: ${JSON.stringify(m[0].slice(0, 40))}`);
    }
  }
}

function requireOneOf(set, value, where, field) {
  if (!set.has(value))
    fail(where, `${field} must be one of ${[...set].join(', ')}, got ${JSON.stringify(value)}`);
}

function buildAttributions(text, items, where) {
  return (items || []).map((a, i) => {
    const w = `${where} attributions[${i}]`;
    const sourceType = a.type;
    requireOneOf(SOURCE_TYPES, sourceType, w, 'type');
    requireOneOf(new Set(['direct', 'indirect']), a.mode, w, 'mode');
    const anonymous = sourceType === 'unnamed';
    if (a.anonymous !== undefined && a.anonymous !== anonymous)
      fail(w, 'anonymous must equal (type === unnamed) per ANNOTATION.md');
    if (a.speaker === undefined) fail(w, 'speaker missing (write null when not recoverable)');
    return {
      cue: resolveSpan(text, a.cue, `${w}.cue`),
      source: a.source == null ? null : resolveSpan(text, a.source, `${w}.source`),
      content: a.content == null ? null : resolveSpan(text, a.content, `${w}.content`),
      speaker: a.speaker,
      // Coordinated sources ("X and Y said"): every canonical speaker; a prediction naming any is right.
      speakers: a.speakers || (a.speaker == null ? [] : [a.speaker]),
      sourceType,
      anonymous,
      mode: a.mode,
      ...(a.note ? { note: a.note } : {}),
    };
  });
}

function buildLoadedTerms(text, items, defaults, quotes, where) {
  return (items || []).map((item, i) => {
    const w = `${where} loadedTerms[${i}]`;
    const entry = typeof item === 'string' ? { span: item } : item;
    const span = resolveSpan(text, entry.span, w);
    const key = span.text.toLowerCase().replace(/\s+/g, ' ');
    const base = defaults[key] || {};
    const category = entry.category || base.category;
    const favours = entry.favours || base.favours;
    const neutral = entry.neutral || base.neutral;
    if (!category || !favours || !neutral)
      fail(
        w,
        `no category/favours/neutral for ${JSON.stringify(span.text)} (add it to loaded-defaults.yaml or inline)`,
      );
    requireOneOf(CATEGORIES, category, w, 'category');
    requireOneOf(new Set(['Pakistan', 'India', 'none']), favours, w, 'favours');
    return { ...span, category, favours, neutral, inQuote: quotes.some((q) => inside(span, q)) };
  });
}

function buildCues(text, items, quotes, where, kind) {
  return (items || []).map((spec, i) => {
    const span = resolveSpan(text, spec, `${where} ${kind}[${i}]`);
    return { ...span, inQuote: quotes.some((q) => inside(span, q)) };
  });
}

function buildActors(text, items, where) {
  const names = new Set();
  return (items || []).map((a, i) => {
    const w = `${where} actors[${i}] ${a.name}`;
    if (!a.name) fail(w, 'name missing');
    if (names.has(a.name)) fail(w, 'duplicate actor');
    names.add(a.name);
    requireOneOf(ACTOR_TYPES, a.type, w, 'type');
    const roles = [];
    const mentions = (a.mentions || []).map((entry, j) => {
      const { spec, roles: rs } = splitRoles(entry, `${w} mentions[${j}]`);
      const span = resolveSpan(text, spec, `${w} mentions[${j}]`);
      for (const role of rs)
        roles.push({ mention: { start: span.start, end: span.end, text: span.text }, role, named: true });
      return span;
    });
    (a.refs || []).forEach((entry, j) => {
      const { spec, roles: rs } = splitRoles(entry, `${w} refs[${j}]`);
      if (rs.length === 0)
        fail(`${w} refs[${j}]`, 'a ref (pronoun/role noun) is listed only to carry a role: give one');
      const span = resolveSpan(text, spec, `${w} refs[${j}]`);
      for (const role of rs)
        roles.push({ mention: { start: span.start, end: span.end, text: span.text }, role, named: false });
    });
    if (mentions.length === 0) fail(w, 'an actor needs at least one named mention');
    roles.sort((x, y) => x.mention.start - y.mention.start);
    const count = (r) => roles.filter((x) => x.role === r).length;
    return {
      name: a.name,
      type: a.type,
      mentions: mentions.sort((x, y) => x.start - y.start),
      asSource: count('source'),
      asAgent: count('agent'),
      asPatient: count('patient'),
      roles,
    };
  });
}

/** Nothing may be annotated inside furniture; furniture spans must not overlap each other. */
function checkFurnitureIsClean(doc, where) {
  const spans = [];
  for (const a of doc.attributions)
    for (const k of ['cue', 'source', 'content']) if (a[k]) spans.push([`attribution ${k}`, a[k]]);
  for (const t of doc.loadedTerms) spans.push(['loaded term', t]);
  for (const h of doc.hedges) spans.push(['hedge', h]);
  for (const b of doc.boosters) spans.push(['booster', b]);
  for (const a of doc.actors) for (const m of a.mentions) spans.push([`mention of ${a.name}`, m]);
  for (const a of doc.actors) for (const r of a.roles) spans.push([`role of ${a.name}`, r.mention]);
  for (const [what, s] of spans) {
    const f = doc.furniture.find((x) => overlaps(x, s));
    if (f)
      fail(
        where,
        `${what} ${JSON.stringify(s.text)} at ${s.start} lies in furniture ${JSON.stringify(f.text)}`,
      );
  }
  for (let i = 0; i < doc.furniture.length; i++)
    for (let j = i + 1; j < doc.furniture.length; j++) {
      if (overlaps(doc.furniture[i], doc.furniture[j])) fail(where, 'furniture spans overlap');
    }
}

/** Duplicate spans in one feature list are annotation slips. */
function checkNoDuplicates(list, where, kind) {
  const seen = new Set();
  for (const s of list) {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) fail(where, `duplicate ${kind} ${JSON.stringify(s.text)} at ${s.start}`);
    seen.add(key);
  }
}

function buildDocument(id, text, src, defaults, where) {
  const furniture = (src.furniture || [])
    .map((s, i) => resolveSpan(text, s, `${where} furniture[${i}]`))
    .sort((a, b) => a.start - b.start);
  const quotes = buildQuotes(text, src.quotes, where);
  checkAllQuotesListed(text, quotes, furniture, where);
  const doc = {
    id,
    textLength: text.length,
    textSha256: crypto.createHash('sha256').update(text, 'utf8').digest('hex'),
    furniture,
    quotes,
    attributions: buildAttributions(text, src.attributions, where),
    loadedTerms: buildLoadedTerms(text, src.loadedTerms, defaults, quotes, where),
    actors: buildActors(text, src.actors, where),
    hedges: buildCues(text, src.hedges, quotes, where, 'hedges'),
    boosters: buildCues(text, src.boosters, quotes, where, 'boosters'),
  };
  checkFurnitureIsClean(doc, where);
  checkNoDuplicates(doc.loadedTerms, where, 'loaded term');
  checkNoDuplicates(doc.hedges, where, 'hedge');
  checkNoDuplicates(doc.boosters, where, 'booster');
  checkNoDuplicates(
    doc.attributions.map((a) => a.cue),
    where,
    'attribution cue',
  );
  return doc;
}

function readYaml(file) {
  return YAML.parse(fs.readFileSync(file, 'utf8'));
}

function loadDefaults() {
  const raw = readYaml(path.join(SRC_DIR, 'loaded-defaults.yaml'));
  const out = {};
  for (const [term, v] of Object.entries(raw)) out[term.toLowerCase().replace(/\s+/g, ' ')] = v;
  return out;
}

function buildAll() {
  const defaults = loadDefaults();
  const outputs = new Map();
  const files = fs
    .readdirSync(SRC_DIR)
    .filter((f) => f.endsWith('.yaml') && f !== 'loaded-defaults.yaml' && f !== 'sentences.yaml')
    .sort();
  for (const file of files) {
    const src = readYaml(path.join(SRC_DIR, file));
    const id = path.basename(file, '.yaml');
    if (src.id !== id) fail(file, `id ${src.id} does not match file name`);
    const text = bodyOf(fs.readFileSync(path.join(CORPUS_DIR, `${id}.md`), 'utf8'), `${id}.md`);
    outputs.set(path.join(GOLD_DIR, `${id}.json`), buildDocument(id, text, src, defaults, file));
  }
  const sentencesFile = path.join(SRC_DIR, 'sentences.yaml');
  if (fs.existsSync(sentencesFile)) {
    const items = readYaml(sentencesFile);
    const ids = new Set();
    const sentences = items.map((s, i) => {
      const where = `sentences.yaml[${i}] ${s.id}`;
      if (!s.id || ids.has(s.id)) fail(where, 'missing or duplicate id');
      ids.add(s.id);
      const doc = buildDocument(s.id, s.text, s, defaults, where);
      return { style: s.style, covers: s.covers || [], text: s.text, ...doc };
    });
    outputs.set(path.join(GOLD_DIR, 'sentences.json'), sentences);
  }
  return outputs;
}

function main() {
  const check = process.argv.includes('--check');
  let outputs;
  try {
    outputs = buildAll();
  } catch (e) {
    if (e instanceof GoldError) {
      console.error(`gold-build: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  let stale = 0;
  for (const [file, data] of outputs) {
    const json = JSON.stringify(data, null, 2) + '\n';
    if (check) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (current !== json) {
        console.error(`gold-build: ${path.relative(ROOT, file)} is stale; run node scripts/gold-build.js`);
        stale++;
      }
    } else fs.writeFileSync(file, json);
  }
  if (stale) process.exit(1);
  console.log(`gold-build: ${check ? 'checked' : 'wrote'} ${outputs.size} file(s)`);
}

if (require.main === module) main();
module.exports = { bodyOf, occurrences, resolveSpan };
