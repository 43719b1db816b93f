import { InputError } from './corpus/errors';
import { LexiconError } from './lexicons/errors';

/**
 * The one readable line a notebook (or any caller) should show for an error thrown by the library.
 * Input and lexicon problems already carry a message that names the file (and line, or entry and
 * field) and the problem; it is returned as it is. Anything else is a bug rather than bad input:
 * its kind and first message line are returned, without the stack, with a hint where to look
 * (`stackHint`: the CLI points to its --debug option instead).
 */
export function describeError(error: unknown, stackHint = 'error.stack has the details'): string {
  if (error instanceof InputError || error instanceof LexiconError) return oneLine(error.message);
  if (error instanceof Error) return `${error.name}: ${oneLine(error.message)} (unexpected: ${stackHint})`;
  return `unexpected error: ${oneLine(String(error))}`;
}

function oneLine(text: string): string {
  return text.split(/\r?\n/)[0].trim();
}
