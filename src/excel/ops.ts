// A write is a list of operations, each knowing roughly how many bytes it adds to a request, so
// they can be sent in as few round trips as Excel's request limit allows (5 MB on the web).
// Whatever the number of rows, there is one round trip per 4 MB of payload, never one per row.

export interface Op {
  /** Estimated request bytes: the JSON of the arguments plus the object path and envelope. */
  bytes: number;
  apply(ctx: Excel.RequestContext): void;
}

/** Payload per request, leaving a megabyte of the 5 MB limit for Office's own envelope. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
const ENVELOPE = 200;
const encoder = new TextEncoder();

export function bytesOf(args: unknown): number {
  return encoder.encode(JSON.stringify(args ?? null)).length + ENVELOPE;
}

/** Groups operations into requests of at most CHUNK_BYTES (an op larger than that goes alone). */
export function chunk(ops: readonly Op[], limit = CHUNK_BYTES): Op[][] {
  const out: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > limit) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Queues each chunk and syncs it: one round trip per chunk. */
export async function runChunks(
  ctx: Excel.RequestContext,
  chunks: readonly Op[][],
  onChunk?: (done: number, total: number) => void,
): Promise<void> {
  for (let i = 0; i < chunks.length; i++) {
    for (const op of chunks[i]!) op.apply(ctx);
    // The loop runs once per 4 MB of payload (Excel on the web rejects larger requests), so the
    // number of round trips follows the size of the write, not the number of rows.
    await ctx.sync();
    onChunk?.(i + 1, chunks.length);
  }
}
