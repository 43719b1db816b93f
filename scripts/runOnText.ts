/**
 * A text of ordinary, cue-dense words with no sentence-ending punctuation, as OCR output,
 * transcripts and scraped pages often are: the input that made output, time and memory grow with
 * the square of its size (issue #19). Used by the property suite (output size) and the bench
 * (time ratio, peak memory). Seeded, so the same size gives the same text.
 */
import { mulberry32 } from '../src/stats/random';

/** Short phrases of news prose, with reporting verbs, sources, hedges and loaded terms among them. */
const PHRASES = [
  'the minister said',
  'officials told reporters',
  'according to the police',
  'a spokesman claimed',
  'the government denied',
  'witnesses said',
  'she added',
  'he warned',
  'analysts believe',
  'the report suggests',
  'it may be',
  'perhaps',
  'clearly',
  'sources said',
  'the army announced',
  'Prime Minister Imran Khan said',
  'Narendra Modi told the crowd',
  'India',
  'Pakistan',
  'Kashmir',
  'terrorists',
  'militants',
  'protesters',
  'the people of the valley',
  'in the city',
  'on Monday',
  'that the talks would continue',
  'and the troops',
  'but the residents',
  'with the leaders',
  'after the attack',
  'during the curfew',
  'the so-called',
  'Reuters reported',
  'might',
  'certainly',
];

/** About `bytes` bytes of words separated by spaces: no full stop, question mark, line break or quote. */
export function runOnText(bytes: number, seed = 19): string {
  const random = mulberry32(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const phrase = PHRASES[Math.floor(random() * PHRASES.length)];
    parts.push(phrase);
    length += phrase.length + 1;
  }
  return parts.join(' ');
}
