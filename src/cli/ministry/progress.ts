// Progress for long runs: a bar redrawn in place on a terminal, plain lines otherwise (so a log
// file gets a line per tenth instead of thousands of carriage returns). Always on stderr, so
// stdout stays clean for --json.

export interface ProgressSink {
  tick(label?: string): void;
  done(): void;
}

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  let count = 0;
  const started = Date.now();
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastTenth = 0;
  const draw = (label: string): void => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((count / total) * width);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    stream.write(
      `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}/${total} ${secs}s ${name}\x1b[K`,
    );
  };
  return {
    tick(label = "") {
      count++;
      if (tty) {
        const now = Date.now();
        if (now - lastDraw > 80 || count === total) {
          lastDraw = now;
          draw(label);
        }
      } else {
        const tenth = total === 0 ? 10 : Math.floor((count * 10) / total);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          stream.write(`${count}/${total} files read\n`);
        }
      }
    },
    done() {
      if (tty && total > 0) stream.write("\n");
    },
  };
}
