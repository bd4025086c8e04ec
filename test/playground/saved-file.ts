// What the grid's tests share about a workbook saved by the playground: how it looks when reopened
// (ids a reopen may renumber left out), and what `self-assess export` makes of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExcelHost } from "../../src/playground/host";
import { runCli } from "../cli/harness";

/** The snapshot without the ids a restore is free to renumber. */
export function look(host: ExcelHost): unknown {
  const s = host.snapshot();
  return {
    ...s,
    sheets: s.sheets.map(({ id: _id, ...rest }) => rest),
    customXmlParts: s.customXmlParts.map(({ id: _id, ...rest }) => rest),
  };
}

/** Runs `self-assess export` on a saved file, expects it accepted, and returns the sealed entries. */
export async function exportAccepted(
  file: string,
  dir: string,
): Promise<{ indicatorId: string; value: unknown }[]> {
  const json = join(dir, "submission.json");
  const r = await runCli(
    ["export", file, "--out", join(dir, "submission.xlsx"), "--json", json, "--force"],
    dir,
  );
  expect(r.err).toMatch(/✔/);
  expect(r.code).toBe(0);
  return (JSON.parse(readFileSync(json, "utf8")) as { entries: { indicatorId: string; value: unknown }[] })
    .entries;
}
