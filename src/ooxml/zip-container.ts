// The zip container around already-compressed parts: local headers, the central directory and its
// end record. The lean writer streams its outputs through it part by part, straight to the file;
// the tests use it to craft packages that lie about their sizes, which is why the declared size is
// the caller's to give.

export interface PackedPart {
  name: string;
  /** The part's bytes as stored: deflated (method 8) or as they are (method 0). */
  packed: Buffer;
  method: 0 | 8;
  crc: number;
  /** The inflated size the headers declare. */
  size: number;
}

/**
 * Where a package's bytes go, in order. `patch` rewrites bytes already written: a part's local
 * header is written before its data and completed once the data's CRC and sizes are known, so the
 * package needs no data descriptors and is laid out exactly as one written whole.
 */
export interface ByteSink {
  write(bytes: Uint8Array): void;
  patch(at: number, bytes: Uint8Array): void;
}

/** A sink that keeps the bytes, for callers that want the package as one buffer. */
export class MemorySink implements ByteSink {
  private readonly chunks: Buffer[] = [];
  private readonly starts: number[] = [];
  private length = 0;
  write(bytes: Uint8Array): void {
    this.starts.push(this.length);
    // A copy: a writer may reuse its buffer once written.
    this.chunks.push(Buffer.from(bytes));
    this.length += bytes.byteLength;
  }
  /** Patches start where a write started (a local header), which is all ZipStream asks. */
  patch(at: number, bytes: Uint8Array): void {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    this.chunks[lo]!.set(bytes, at - this.starts[lo]!);
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

interface Written {
  name: Buffer;
  method: 0 | 8;
  crc: number;
  packedSize: number;
  size: number;
  offset: number;
}

/** Writes a package part by part: begin, its packed bytes in slices, end; then finish. */
export class ZipStream {
  private offset = 0;
  private readonly written: Written[] = [];
  private open: { name: Buffer; method: 0 | 8; offset: number; packedSize: number } | null = null;

  constructor(private readonly out: ByteSink) {}

  private put(bytes: Uint8Array): void {
    this.out.write(bytes);
    this.offset += bytes.byteLength;
  }

  begin(name: string, method: 0 | 8): void {
    if (this.open) throw new Error(`zip: the part ${this.open.name.toString()} is still open`);
    const n = Buffer.from(name, "utf8");
    this.open = { name: n, method, offset: this.offset, packedSize: 0 };
    // Its CRC and sizes are filled in by end().
    this.put(localHeader(n, method, 0, 0, 0));
    this.put(n);
  }

  data(packed: Uint8Array): void {
    if (!this.open) throw new Error("zip: no part is open");
    this.put(packed);
    this.open.packedSize += packed.byteLength;
  }

  /** Closes the open part with its CRC and the inflated size its headers declare. */
  end(crc: number, size: number): void {
    const p = this.open;
    if (!p) throw new Error("zip: no part is open");
    this.open = null;
    this.out.patch(p.offset, localHeader(p.name, p.method, crc, p.packedSize, size));
    this.written.push({
      name: p.name,
      method: p.method,
      crc,
      packedSize: p.packedSize,
      size,
      offset: p.offset,
    });
  }

  part(p: PackedPart): void {
    this.begin(p.name, p.method);
    this.data(p.packed);
    this.end(p.crc, p.size);
  }

  /** The central directory and its end record. */
  finish(): void {
    if (this.open) throw new Error(`zip: the part ${this.open.name.toString()} is still open`);
    const start = this.offset;
    for (const p of this.written) {
      const cd = Buffer.alloc(46);
      cd.writeUInt32LE(0x02014b50, 0);
      cd.writeUInt16LE(20, 4);
      cd.writeUInt16LE(20, 6);
      cd.writeUInt16LE(0x0800, 8);
      cd.writeUInt16LE(p.method, 10);
      cd.writeUInt32LE(p.crc, 16);
      cd.writeUInt32LE(p.packedSize, 20);
      cd.writeUInt32LE(p.size, 24);
      cd.writeUInt16LE(p.name.length, 28);
      cd.writeUInt32LE(p.offset, 42);
      this.put(cd);
      this.put(p.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
  }
}

function localHeader(name: Buffer, method: 0 | 8, crc: number, packedSize: number, size: number): Buffer {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packedSize, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  return local;
}

export function zipContainer(parts: readonly PackedPart[]): Buffer {
  const sink = new MemorySink();
  const zip = new ZipStream(sink);
  for (const p of parts) zip.part(p);
  zip.finish();
  return sink.toBuffer();
}
