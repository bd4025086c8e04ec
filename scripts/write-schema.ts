// Writes schema/submission.schema.json and schema/plan.schema.json from the zod schemas, so readers
// in other languages can check submissions and ministries can check their plan files. A test fails
// when a committed file is out of date: run `npm run schema`.
import { writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { submissionJsonSchemaText } from "../src/domain/submission-json-schema";
import { planJsonSchemaText } from "../src/domain/plan-json-schema";

for (const [name, text] of [
  ["submission.schema.json", submissionJsonSchemaText()],
  ["plan.schema.json", planJsonSchemaText()],
] as const) {
  const out = join(__dirname, "..", "schema", name);
  writeFileSync(out + ".tmp", text);
  renameSync(out + ".tmp", out);
  console.log(`written ${out}`);
}
