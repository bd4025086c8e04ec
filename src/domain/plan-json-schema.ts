// The JSON Schema of a plan file (schema version 2), generated from the zod schema, so that a
// ministry writing its own plan in an editor gets completion and the shape checked as it types.
// The cross-checks that JSON Schema cannot state (unit types declared before use, unique ids, safe
// code patterns, numbers that fit their value type) are parsePlanFile's: run `self-assess plans
// --plan-file PLAN.json` to see them.
import { z } from "zod";
import { PLAN_SCHEMA_VERSION, PlanV2Schema } from "./plan";

/** The file's exact text: pretty, keys in the generator's stable order, newline-terminated. */
export function planJsonSchemaText(): string {
  const schema = z.toJSONSchema(PlanV2Schema, { target: "draft-2020-12" });
  const doc = {
    $id: "https://self-assess.invalid/schema/plan.schema.json",
    title: `Emulation plan (schemaVersion ${PLAN_SCHEMA_VERSION})`,
    ...schema,
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
