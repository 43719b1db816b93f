import { InputError } from './errors';

/** One CSV record with the line on which it starts (1-based), for error messages. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
 * Returns the records in order; the caller decides what the header means.
 */
export function parseCsv(content: string, file = '(csv)'): CsvRecord[] {
  return Array.from(readCsvRecords([content], file));
}

/**
 * The same reader over text that arrives in pieces (a file read in chunks), so a large CSV is never
 * held in memory whole. A piece ending on a character whose meaning depends on the next one (a quote
 * inside quotes, a carriage return) is held back until the next piece arrives.
 */
export function* readCsvRecords(pieces: Iterable<string>, file = '(csv)'): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  /** Where the open quoted field began: an unclosed quote would otherwise swallow the rest of the file silently. */
  let quoteLine = 1;
  let held = '';
  const records: CsvRecord[] = [];
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  const consume = (content: string, final: boolean) => {
    let i = 0;
    while (i < content.length) {
      const ch = content[i];
      if (!final && i === content.length - 1 && (inQuotes ? ch === '"' : ch === '\r')) {
        held = ch;
        return;
      }
      if (inQuotes) {
        if (ch === '"' && content[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (ch === '"') inQuotes = false;
        else {
          if (ch === '\n') line++;
          field += ch;
        }
        i++;
        continue;
      }
      if (ch === '"' && field === '') {
        inQuotes = true;
        quoteLine = line;
      }
      else if (ch === ',') {
        fields.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && content[i + 1] === '\n') i++;
        endRecord();
        line++;
        recordLine = line;
      } else field += ch;
      i++;
    }
  };
  for (const piece of pieces) {
    const content = held + piece;
    held = '';
    consume(content, false);
    for (const record of records.splice(0)) yield record;
  }
  consume(held, true);
  if (inQuotes) throw new InputError(file, 'quoted field opened on this line is never closed: add the closing "', quoteLine);
  if (field !== '' || fields.length > 0) endRecord();
  for (const record of records.splice(0)) yield record;
}
