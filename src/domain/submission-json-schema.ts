// The JSON Schema of a sealed submission, generated from the zod schema (one source of truth).
import { z } from "zod";
import { SubmissionSchema } from "./submission";

/** The file's exact text: pretty, keys in the generator's stable order, newline-terminated. */
export function submissionJsonSchemaText(): string {
  const schema = z.toJSONSchema(SubmissionSchema, { target: "draft-2020-12" });
  const doc = {
    $id: "https://self-assess.invalid/schema/submission.schema.json",
    title: "Self-assessment submission (schemaVersion 1)",
    ...schema,
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
