// The committed plan JSON Schema must be what the zod schema generates today: run `npm run schema`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planJsonSchemaText } from "../../src/domain/plan-json-schema";
import { BUNDLED_PLANS } from "../../src/catalog";

describe("schema/plan.schema.json", () => {
  const schema = JSON.parse(planJsonSchemaText());

  it("is up to date with the zod schema (regenerate with `npm run schema`)", () => {
    const committed = readFileSync(join(__dirname, "..", "..", "schema", "plan.schema.json"), "utf8");
    expect(committed).toBe(planJsonSchemaText());
  });

  it("describes version 2: unit types, receiver and scope required, unknown keys forbidden", () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.schemaVersion.const).toBe(2);
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "receiver", "unitTypes"]));
    const indicator = schema.properties.indicators.items;
    expect(indicator.additionalProperties).toBe(false);
    expect(indicator.required).toEqual(expect.arrayContaining(["scope", "appliesTo"]));
    expect(indicator.properties.entryNote.properties.vi.maxLength).toBe(255);
  });

  it("names every key the bundled plans use, at plan and indicator level", () => {
    const indicatorKeys = Object.keys(schema.properties.indicators.items.properties);
    for (const plan of BUNDLED_PLANS) {
      expect(Object.keys(plan).filter((k) => !(k in schema.properties))).toEqual([]);
      for (const i of plan.indicators)
        expect(Object.keys(i).filter((k) => !indicatorKeys.includes(k))).toEqual([]);
    }
  });
});
