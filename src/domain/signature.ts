// A unit's signature on its submission: ECDSA P-256 with SHA-256 (Web Crypto, so the pane and the
// CLI run the same code) over the same canonical JSON the hash covers: the document without its
// hash and signature. The hash catches careless edits; only a signature made with the unit's
// private key, checked against the public key the ministry's roster holds, says who made the file.
import { canonicalJson } from "./hash";

export const SIGNATURE_ALGORITHM = "ECDSA-P256-SHA256";

export interface SubmissionSignature {
  algorithm: typeof SIGNATURE_ALGORITHM;
  /** Base64 of the IEEE P1363 signature (r || s, 64 bytes), as Web Crypto gives it. */
  value: string;
}

const ALG = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGN = { name: "ECDSA", hash: "SHA-256" } as const;

function toBase64(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function fromBase64(text: string): Uint8Array {
  const bin = atob(text.replace(/\s+/g, ""));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The bytes that are signed: the canonical JSON of the document without hash and signature. */
export function signedBytes(doc: object): Uint8Array {
  const rest: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
  delete rest.hash;
  delete rest.signature;
  return new TextEncoder().encode(canonicalJson(rest));
}

/** A PEM (PKCS#8 "PRIVATE KEY") or bare base64 private key, for signing only. */
export async function importPrivateKey(text: string): Promise<CryptoKey> {
  const body = text.replace(/-----(BEGIN|END) PRIVATE KEY-----/g, "").replace(/\s+/g, "");
  return crypto.subtle.importKey("pkcs8", fromBase64(body) as BufferSource, ALG, false, ["sign"]);
}

/** A base64 SPKI (as the roster holds it, PEM armour allowed) public key, for verifying only. */
export async function importPublicKey(text: string): Promise<CryptoKey> {
  const body = text.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, "").replace(/\s+/g, "");
  return crypto.subtle.importKey("spki", fromBase64(body) as BufferSource, ALG, false, ["verify"]);
}

export async function signDocument(doc: object, key: CryptoKey): Promise<SubmissionSignature> {
  const sig = new Uint8Array(await crypto.subtle.sign(SIGN, key, signedBytes(doc) as BufferSource));
  return { algorithm: SIGNATURE_ALGORITHM, value: toBase64(sig) };
}

export type SignatureCheck = "valid" | "invalid" | "unsigned" | "bad-key";

/** Never throws: a malformed key is "bad-key", a malformed signature "invalid". */
export async function verifyDocument(
  doc: object & { signature?: SubmissionSignature },
  publicKey: string,
): Promise<SignatureCheck> {
  if (!doc.signature) return "unsigned";
  let key: CryptoKey;
  try {
    key = await importPublicKey(publicKey);
  } catch {
    return "bad-key";
  }
  try {
    if (doc.signature.algorithm !== SIGNATURE_ALGORITHM) return "invalid";
    const ok = await crypto.subtle.verify(
      SIGN,
      key,
      fromBase64(doc.signature.value) as BufferSource,
      signedBytes(doc) as BufferSource,
    );
    return ok ? "valid" : "invalid";
  } catch {
    return "invalid";
  }
}

/** A new key pair for a unit: the private key as PKCS#8 PEM, the public key as base64 SPKI. */
export async function generateUnitKeys(): Promise<{ privatePem: string; publicKey: string }> {
  const pair = (await crypto.subtle.generateKey(ALG, true, ["sign", "verify"])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  const spki = new Uint8Array(await crypto.subtle.exportKey("spki", pair.publicKey));
  const b64 = toBase64(pkcs8);
  const lines = b64.match(/.{1,64}/g) ?? [];
  return {
    privatePem: `-----BEGIN PRIVATE KEY-----\n${lines.join("\n")}\n-----END PRIVATE KEY-----\n`,
    publicKey: toBase64(spki),
  };
}
