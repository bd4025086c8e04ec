// RangeAreas.dataValidation (ExcelApi 1.9): one rule over several areas. The host keeps one rule
// per area, each formula moved from the first area's top-left cell to the area's own, which is
// how a relative validation formula reads in every cell of the rule. Setting only is modelled:
// reading a rule back through RangeAreas is refused rather than guessed.
import { intersects } from "./address";
import { HostApiError, notCovered } from "./errors";
import { shiftFormula } from "./formula-shift";
import type { Validation } from "./model";
import type { AreasTarget } from "./range-areas";
import type { RequestContextCore } from "./request";
import { HostObject } from "./request";
import { checkAlert, checkPrompt, exactRule, setRule } from "./range-rules";

function moved(rule: Record<string, unknown>, dRow: number, dCol: number): Record<string, unknown> {
  const custom = rule.custom as { formula?: unknown } | undefined;
  if (!custom) {
    const kind = Object.values(rule)[0] as Record<string, unknown> | undefined;
    // A rule whose formulas would have to move too is not modelled.
    if (Object.values(kind ?? {}).some((f) => typeof f === "string" && f.startsWith("=")))
      throw notCovered("RangeAreas.dataValidation with a formula operand");
    return rule;
  }
  return { custom: { ...custom, formula: shiftFormula(String(custom.formula ?? ""), dRow, dCol) } };
}

export class AreasDataValidationProxy extends HostObject<AreasTarget> {
  protected readonly className = "DataValidation";
  protected readonly scalars = [] as const;

  constructor(ctx: RequestContextCore, path: string, resolver: () => AreasTarget | null) {
    super(ctx, path, resolver);
  }

  protected read(): unknown {
    throw notCovered("reading RangeAreas.dataValidation");
  }

  private each(
    location: string,
    t: AreasTarget,
    set: (area: AreasTarget["areas"][number], i: number) => void,
  ) {
    for (let i = 0; i < t.areas.length; i++)
      for (let j = i + 1; j < t.areas.length; j++)
        if (intersects(t.areas[i]!, t.areas[j]!))
          throw new HostApiError("InvalidArgument", "The areas of the rule overlap.", location);
    t.areas.forEach(set);
  }

  set rule(rule: Record<string, unknown>) {
    this.queue("rule", rule, (t) => {
      const first = t.areas[0]!;
      this.each("RangeAreas.dataValidation.rule", t, (area) =>
        setRule(
          this.ctx,
          { sheet: t.sheet, bounds: area },
          moved(rule, area.r0 - first.r0, area.c0 - first.c0),
          "RangeAreas.dataValidation.rule",
        ),
      );
    });
  }
  set prompt(p: Validation["prompt"]) {
    this.queue("prompt", p, (t) =>
      this.each("RangeAreas.dataValidation.prompt", t, (area) => {
        checkPrompt(p, "RangeAreas.dataValidation.prompt");
        this.ctx.runtime.model.assertUnprotected(t.sheet, "RangeAreas.dataValidation.prompt");
        exactRule({ sheet: t.sheet, bounds: area }, "RangeAreas.dataValidation.prompt").prompt = { ...p };
      }),
    );
  }
  set errorAlert(a: Validation["errorAlert"]) {
    this.queue("errorAlert", a, (t) =>
      this.each("RangeAreas.dataValidation.errorAlert", t, (area) => {
        checkAlert(a, "RangeAreas.dataValidation.errorAlert");
        this.ctx.runtime.model.assertUnprotected(t.sheet, "RangeAreas.dataValidation.errorAlert");
        exactRule({ sheet: t.sheet, bounds: area }, "RangeAreas.dataValidation.errorAlert").errorAlert = {
          ...a,
        };
      }),
    );
  }
  set ignoreBlanks(b: boolean) {
    this.queue("ignoreBlanks", b, (t) =>
      this.each("RangeAreas.dataValidation.ignoreBlanks", t, (area) => {
        this.ctx.runtime.model.assertUnprotected(t.sheet, "RangeAreas.dataValidation.ignoreBlanks");
        exactRule({ sheet: t.sheet, bounds: area }, "RangeAreas.dataValidation.ignoreBlanks").ignoreBlanks =
          b;
      }),
    );
  }
}
