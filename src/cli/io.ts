// What a command needs from the process, passed in so tests run commands in-process.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The working directory relative paths are resolved against. */
  cwd: string;
  /** Now, as an ISO timestamp (fixed in tests). */
  now(): string;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
  cwd: process.cwd(),
  now: () => new Date().toISOString(),
};

/** Exit codes: 0 done, 1 the work failed (a file could not be read or written), 2 bad arguments. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A message in both languages, Vietnamese first: the ministry's users read it, so do its vendors. */
export function bilingual(text: { vi: string; en: string }): string {
  return `${text.vi}\n${text.en}`;
}

export class UsageError extends Error {
  constructor(public readonly text: { vi: string; en: string }) {
    super(text.en);
  }
}
