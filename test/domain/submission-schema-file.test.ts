// The committed JSON Schema must be what the zod schema generates today: run `npm run schema`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { submissionJsonSchemaText } from "../../src/domain/submission-json-schema";

describe("schema/submission.schema.json", () => {
  it("is up to date with the zod schema (regenerate with `npm run schema`)", () => {
    const committed = readFileSync(join(__dirname, "..", "..", "schema", "submission.schema.json"), "utf8");
    expect(committed).toBe(submissionJsonSchemaText());
  });
  it("forbids unknown keys and requires the hash", () => {
    const schema = JSON.parse(submissionJsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain("hash");
    expect(schema.properties.schemaVersion.const).toBe(1);
  });
});
