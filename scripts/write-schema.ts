// Writes schema/submission.schema.json from the zod schema, so readers in other languages can check
// submissions. A test fails when the committed file is out of date: run `npm run schema`.
import { writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { submissionJsonSchemaText } from "../src/domain/submission-json-schema";

const out = join(__dirname, "..", "schema", "submission.schema.json");
writeFileSync(out + ".tmp", submissionJsonSchemaText());
renameSync(out + ".tmp", out);
console.log(`written ${out}`);
