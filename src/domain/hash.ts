// The canonical form a submission's hash is computed over, and SHA-256 by Web Crypto, so the browser
// pane and the Node CLI run the same code and get the same digest.

/**
 * The text in Unicode NFC. Below U+0300 every character is its own NFC form and none combines with
 * a character before it (NFC_Quick_Check is Yes), so text of such characters alone is already NFC:
 * most of a submission (ids, keys, numbers, dates) is, and skips ICU's normalizer (DECISIONS D48).
 */
function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return text.normalize("NFC");
  return text;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An object JSON.stringify writes as its own keys: no class, nothing but Object's prototype or none. */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function canonical(value: unknown, ancestors: Set<object>): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(nfc(value));
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      // JSON.stringify gives the shortest round-trip digits (as RFC 8785 does); -0 becomes 0.
      return value === 0 ? "0" : JSON.stringify(value);
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    case "bigint":
      throw new TypeError("canonicalJson: a bigint has no JSON form");
  }
  const obj = value as object;
  if (ancestors.has(obj)) throw new TypeError("canonicalJson: the value contains itself");
  ancestors.add(obj);
  let out: string;
  if (Array.isArray(obj)) {
    out = "[";
    for (let i = 0; i < obj.length; i++)
      out += (i === 0 ? "" : ",") + (canonical(obj[i], ancestors) ?? "null");
    out += "]";
  } else {
    // Keys sorted by UTF-16 code units after NFC, as RFC 8785 sorts them.
    const entries = Object.keys(obj)
      .map((k) => [nfc(k), (obj as Record<string, unknown>)[k]] as const)
      .sort((a, b) => byCodeUnits(a[0], b[0]));
    for (let i = 1; i < entries.length; i++)
      if (entries[i]![0] === entries[i - 1]![0])
        throw new TypeError(`canonicalJson: two keys read "${entries[i]![0]}" once normalised`);
    out = "{";
    for (const [k, v] of entries) {
      const s = canonical(v, ancestors);
      if (s !== undefined) out += (out.length === 1 ? "" : ",") + JSON.stringify(k) + ":" + s;
    }
    out += "}";
  }
  ancestors.delete(obj);
  return out;
}

/**
 * JSON with object keys sorted recursively, no white space, arrays in order, strings and keys in
 * Unicode NFC, -0 written as 0, and undefined members left out (as JSON.stringify does).
 * Unlike the rest of the domain this throws, a TypeError, for what JSON cannot hold: NaN, Infinity,
 * a bigint, a value that contains itself, or two keys that are equal once NFC-normalised. A hash
 * over a silently altered document would be worse.
 */
export function canonicalJson(value: unknown): string {
  if (inCanonicalOrder(value, 0)) return JSON.stringify(value);
  return canonical(value, new Set()) ?? "null";
}

/** Deeper than any document of ours; a value that contains itself ends here and takes the walk. */
const SHALLOW = 64;

/**
 * Whether JSON.stringify writes `value` exactly as canonical() would: plain objects and arrays whose
 * keys already run in ascending order of UTF-16 code units, strings and keys already NFC, finite
 * numbers (JSON.stringify writes -0 as 0 too), nothing JSON leaves out or converts. A submission
 * read back from a seal written by keySortedJson is, and V8's own writer is several times faster
 * than the walk (DECISIONS D52). Anything else takes the walk, which also throws its TypeErrors.
 */
function inCanonicalOrder(value: unknown, depth: number): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
      return nfc(value) === value;
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object":
      break;
    default:
      return false;
  }
  if (depth > SHALLOW || typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!inCanonicalOrder(value[i], depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if ((i > 0 && !(keys[i - 1]! < k)) || nfc(k) !== k) return false;
    if (!inCanonicalOrder((value as Record<string, unknown>)[k], depth + 1)) return false;
  }
  return true;
}

/**
 * JSON.stringify with every plain object's keys in the order canonicalJson sorts them, and every
 * string left as it is (a value typed in decomposed Unicode stays so, as the sheets show it). A seal
 * written so reads back as a value canonicalJson can hand to JSON.stringify whole (D52).
 */
export function keySortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    if (!isPlainObject(v)) return v;
    // No prototype, so a "__proto__" key is an own member here as it was there.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v).sort(byCodeUnits)) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

const planHashes = new WeakMap<object, Promise<string>>();

/**
 * The plan's fingerprint (SHA-256 of its canonical JSON), which templates and submissions record as
 * their catalog hash: the one way it is computed, remembered per plan object.
 */
export function planHash(plan: object): Promise<string> {
  let h = planHashes.get(plan);
  if (!h) {
    h = sha256Hex(canonicalJson(plan));
    planHashes.set(plan, h);
  }
  return h;
}

/** SHA-256 of some bytes, computed at once. */
export type SyncSha256 = (bytes: Uint8Array) => Uint8Array;
let syncSha256: SyncSha256 | null = null;

/**
 * Hashes with `digest` instead of Web Crypto: the ministry's reader gives Node's own SHA-256, the
 * same function without Web Crypto's hop to a thread pool and back for each of thousands of files.
 */
export function useSyncSha256(digest: SyncSha256 | null): void {
  syncSha256 = digest;
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits (globalThis.crypto.subtle). */
export function sha256Hex(text: string): Promise<string> {
  return sha256HexOf(new TextEncoder().encode(text));
}

/** SHA-256 of `bytes` (a file as read), as 64 lowercase hex digits. */
export async function sha256HexOf(bytes: Uint8Array): Promise<string> {
  const digest = syncSha256
    ? syncSha256(bytes)
    : new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new Uint8Array(bytes)));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex;
}
