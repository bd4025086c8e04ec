// The web-platform APIs the pure rooms may use: those that every place they run has (browsers,
// Excel's webviews, Node 20+, worker threads). tsconfig.pure.json type-checks src/domain,
// src/catalog, src/workbook and the ministry's rules with no DOM and no Node types, only these.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare function atob(data: string): string;
declare function btoa(data: string): string;

type BufferSource = ArrayBufferView | ArrayBuffer;
/** Opaque: the pure rooms only pass keys from Web Crypto back to Web Crypto. */
interface CryptoKey {
  readonly type: string;
}
interface CryptoKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}
type KeyAlgorithmParams = { name: string; namedCurve?: string; hash?: string };

// eslint-disable-next-line no-var -- a global is declared with var, so globalThis.crypto has it too
declare var crypto: {
  readonly subtle: {
    digest(algorithm: "SHA-256", data: Uint8Array): Promise<ArrayBuffer>;
    importKey(
      format: "pkcs8" | "spki",
      keyData: BufferSource,
      algorithm: KeyAlgorithmParams,
      extractable: boolean,
      usages: ("sign" | "verify")[],
    ): Promise<CryptoKey>;
    exportKey(format: "pkcs8" | "spki", key: CryptoKey): Promise<ArrayBuffer>;
    generateKey(
      algorithm: KeyAlgorithmParams,
      extractable: boolean,
      usages: ("sign" | "verify")[],
    ): Promise<CryptoKeyPair | CryptoKey>;
    sign(algorithm: KeyAlgorithmParams, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
    verify(
      algorithm: KeyAlgorithmParams,
      key: CryptoKey,
      signature: BufferSource,
      data: BufferSource,
    ): Promise<boolean>;
  };
};
