/**
 * The progress line on standard error: documents done (of how many, when known), documents per
 * second and the time left, redrawn in place with `\r` at most every `intervalMs`. Only for a
 * terminal: when standard error is a file or a pipe nothing is written, so logs stay clean.
 */
export interface Progress {
  /** One more document written. */
  tick(): void;
  /** Writes a line of its own (a warning) without mangling the progress line. */
  note(line: string): void;
  /** Draws the final state and ends the line. */
  finish(): void;
  /** Ends the line so that an error message starts on a fresh one. */
  abort(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  /** Documents expected in all, or null when not counted. */
  total: number | null;
  write: (text: string) => void;
  now?: () => number;
  intervalMs?: number;
}

export function createProgress(options: ProgressOptions): Progress {
  const { enabled, total, write } = options;
  const now = options.now ?? (() => performance.now());
  const intervalMs = options.intervalMs ?? 100;
  const started = now();
  let done = 0;
  let drawnAt = -Infinity;
  let shown = '';

  const render = (): string => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const parts = [
      total === null ? `${done} documents` : `${done}/${total} documents`,
      `${rate.toFixed(1)} docs/s`,
    ];
    if (total !== null && rate > 0 && done < total) parts.push(`ETA ${duration((total - done) / rate)}`);
    if (total !== null && done >= total) parts.push(`${duration(seconds)}`);
    return parts.join(' · ');
  };
  const draw = () => {
    const line = render();
    // Pad with spaces so a shorter line fully covers the previous one.
    write(`\r${line}${' '.repeat(Math.max(0, shown.length - line.length))}`);
    shown = line;
    drawnAt = now();
  };
  const clear = () => {
    if (shown !== '') write(`\r${' '.repeat(shown.length)}\r`);
    shown = '';
  };

  return {
    tick() {
      done++;
      if (enabled && now() - drawnAt >= intervalMs) draw();
    },
    note(line) {
      if (!enabled) return write(`${line}\n`);
      clear();
      write(`${line}\n`);
      draw();
    },
    finish() {
      if (!enabled) return;
      draw();
      write('\n');
      shown = '';
    },
    abort() {
      if (enabled && shown !== '') write('\n');
      shown = '';
    },
  };
}

/** `42s`, `3m 05s`, `2h 07m`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
