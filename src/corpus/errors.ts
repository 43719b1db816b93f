/**
 * A problem with something the user gave us. The message is one readable line that names the
 * file (and line, when there is one); CLI and notebooks print it as is, without a stack trace.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;

  constructor(file: string, problem: string, line: number | null = null) {
    super(`${line === null ? file : `${file}:${line}`}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
