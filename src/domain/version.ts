// The product's version, read once from package.json (the only file that may read it; lint holds
// every other import of package.json to this one), and the names that record what made a file.
import pkg from "../../package.json";

export const VERSION: string = pkg.version;

/** What made a submission or a template, as its metadata records it. */
export const GENERATORS = {
  cli: { name: "self-assess-cli", version: VERSION },
  addin: { name: "self-assess-excel-addin", version: VERSION },
} as const;

/** A generator as one line of template metadata, e.g. "self-assess-cli/0.1.0". */
export function generatorLine(g: { name: string; version: string }): string {
  return `${g.name}/${g.version}`;
}
