// Writes the ribbon and manifest icons (assets/icon-<size>.png) without any image tool: the icon is
// described as shapes, sampled 4x4 per pixel for smooth edges, and encoded as PNG with node:zlib.
// Run: node assets/make-icons.mjs   (the PNGs are committed; rerun only to change the design)
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

// The ribbon sizes Office asks for (16, 32, 80 required; 20, 24, 40, 48, 64 for high DPI, and 20 among
// the "absolutely required" 100% sizes of the icon guide), plus 128 for listings.
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const BACKGROUND = [0x0f, 0x6c, 0xbd]; // Fluent's brand blue, readable in light and dark ribbons
const MARK = [0xff, 0xff, 0xff];

/** Distance from point p to segment ab, all in unit-square coordinates. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

/** A check mark: "results checked against targets". */
function insideMark(x, y) {
  const check =
    Math.min(segmentDistance(x, y, 0.22, 0.5, 0.42, 0.7), segmentDistance(x, y, 0.42, 0.7, 0.8, 0.28)) <=
    0.075;
  return check;
}

function pixel(size, px, py) {
  const n = 4;
  let bg = 0;
  let mark = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = (px + (i + 0.5) / n) / size;
      const y = (py + (j + 0.5) / n) / size;
      if (insideRoundedSquare(x, y)) {
        bg++;
        if (insideMark(x, y)) mark++;
      }
    }
  const alpha = bg / (n * n);
  const m = bg === 0 ? 0 : mark / bg;
  const rgb = BACKGROUND.map((c, k) => Math.round(c * (1 - m) + MARK[k] * m));
  return [...rgb, Math.round(alpha * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < size; x++) rows.push(...pixel(size, x, y));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) writeFileSync(join(here, `icon-${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
