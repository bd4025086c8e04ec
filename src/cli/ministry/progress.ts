// Progress for long runs: a bar redrawn in place when stderr is a terminal. Anywhere else (a log
// file, CI, a test) it stays silent and the summary line at the end says what happened. Always on
// stderr, so stdout stays clean for --json.
import { safeText } from "./text";

export interface ProgressSink {
  tick(label?: string): void;
  done(): void;
}

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  if (stream.isTTY !== true || total < 2) return { tick() {}, done() {} };
  let count = 0;
  const started = Date.now();
  let lastDraw = 0;
  const draw = (label: string): void => {
    const width = 30;
    const filled = Math.round((count / total) * width);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const clean = safeText(label, 10_000);
    const name = clean.length > 40 ? `…${clean.slice(-39)}` : clean;
    stream.write(
      `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}/${total} ${secs}s ${name}\x1b[K`,
    );
  };
  return {
    tick(label = "") {
      count++;
      const now = Date.now();
      if (now - lastDraw > 80 || count === total) {
        lastDraw = now;
        draw(label);
      }
    },
    done() {
      stream.write("\n");
    },
  };
}
