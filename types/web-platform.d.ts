// The web-platform APIs the pure rooms may use: those that every place they run has (browsers,
// Excel's webviews, Node 20+, worker threads). tsconfig.pure.json type-checks src/domain,
// src/catalog, src/workbook and the ministry's rules with no DOM and no Node types, only these.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

// eslint-disable-next-line no-var -- a global is declared with var, so globalThis.crypto has it too
declare var crypto: {
  readonly subtle: { digest(algorithm: "SHA-256", data: Uint8Array): Promise<ArrayBuffer> };
};
