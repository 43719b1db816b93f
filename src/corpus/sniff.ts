import { InputError } from './errors';

/**
 * Signatures of files people rename or export by mistake. Naming the format tells the user what
 * went wrong ("a PDF", "UTF-16"), where "not valid UTF-8" or "contains NUL bytes" would leave them
 * guessing. Consulted only once the bytes have failed as text, so a text that happens to begin with
 * "GIF8" or "%PDF-" is still read as text.
 */
const SIGNATURES: { bytes: number[]; problem: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], problem: 'file is a PNG image, not text' },
  { bytes: [0xff, 0xd8, 0xff], problem: 'file is a JPEG image, not text' },
  { bytes: [0x47, 0x49, 0x46, 0x38], problem: 'file is a GIF image, not text' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], problem: 'file is a PDF document, not text: extract its text first' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], problem: 'file is a ZIP archive (or a .docx/.xlsx/.odt document), not text: extract its text first' },
  { bytes: [0x1f, 0x8b], problem: 'file is gzip-compressed: decompress it first' },
  // UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
  { bytes: [0xff, 0xfe, 0x00, 0x00], problem: 'file is UTF-32 text: re-save it as UTF-8' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], problem: 'file is UTF-32 text: re-save it as UTF-8' },
  { bytes: [0xff, 0xfe], problem: 'file is UTF-16 text: re-save it as UTF-8' },
  { bytes: [0xfe, 0xff], problem: 'file is UTF-16 text: re-save it as UTF-8' },
];

/** How many leading bytes `notTextError` needs to see. */
export const SIGNATURE_BYTES = 8;

/**
 * The error for a file whose bytes are not UTF-8 text: the format named by its first bytes when it
 * is a known one, else `problem` (what the failed check found).
 */
export function notTextError(head: Uint8Array, file: string, problem: string): InputError {
  const known = SIGNATURES.find(({ bytes }) => bytes.length <= head.length && bytes.every((byte, i) => head[i] === byte));
  return new InputError(file, known ? known.problem : problem);
}
