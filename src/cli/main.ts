// Entry point of `npm run cli` and of bin/self-assess.js.
import { main } from "./dispatch";
import { processIo } from "./io";

// `self-assess plans | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

void main(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
