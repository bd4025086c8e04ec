// Data validation and conditional formats of a range. Excel refuses to change either on a
// protected sheet; the host also refuses to lay a rule over cells that already have a different
// one (Excel's own behaviour there is not documented, so the host is the stricter of the two).
import type { Bounds } from "./address";
import { intersects } from "./address";
import { HostApiError, notCovered } from "./errors";
import type { ConditionalFormatModel, Validation } from "./model";
import { cfIntersects } from "./model";
import { checkLength, LIMITS } from "./limits";
import type { RequestContextCore } from "./request";
import type { HostClientResult } from "./request";
import { HostObject } from "./request";
import type { RangeTarget } from "./range";
import { normaliseColor } from "./range";

const RULE_KINDS = ["wholeNumber", "decimal", "date", "time", "textLength", "list", "custom"] as const;
const TYPE_NAMES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  list: "List",
  custom: "Custom",
};

function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.r0 === b.r0 && a.r1 === b.r1 && a.c0 === b.c0 && a.c1 === b.c1;
}

/** The rule laid over exactly this range (its prompt and alert are set after the rule). */
export function exactRule(t: RangeTarget, location: string): Validation {
  const v = t.sheet.validations.find((x) => sameBounds(x.bounds, t.bounds));
  if (!v)
    throw new HostApiError(
      "InvalidOperation",
      "Set the rule of this exact range before its prompt or error alert.",
      location,
    );
  return v;
}

export function setRule(
  ctx: RequestContextCore,
  t: RangeTarget,
  rule: Record<string, unknown>,
  location: string,
): void {
  ctx.runtime.model.assertUnprotected(t.sheet, location);
  for (const operand of Object.values(Object.values(rule ?? {})[0] ?? {}))
    if (typeof operand === "string") checkLength(operand, LIMITS.ruleFormula, location);
  const kinds = Object.keys(rule ?? {});
  if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0] as (typeof RULE_KINDS)[number]))
    throw new HostApiError("InvalidArgument", "A data validation rule has exactly one kind.", location);
  const clash = t.sheet.validations.find(
    (x) => intersects(x.bounds, t.bounds) && !sameBounds(x.bounds, t.bounds),
  );
  if (clash)
    throw new HostApiError(
      "InvalidOperation",
      "Part of the range already has another data validation; clear it first.",
      location,
    );
  const existing = t.sheet.validations.find((x) => sameBounds(x.bounds, t.bounds));
  if (existing) existing.rule = structuredClone(rule);
  else t.sheet.validations.push({ bounds: { ...t.bounds }, rule: structuredClone(rule), ignoreBlanks: true });
}

export class DataValidationProxy extends HostObject<RangeTarget> {
  protected readonly className = "DataValidation";
  protected readonly scalars = ["rule", "prompt", "errorAlert", "ignoreBlanks", "type"] as const;

  constructor(ctx: RequestContextCore, path: string, resolver: () => RangeTarget) {
    super(ctx, path, resolver);
  }

  private exact(t: RangeTarget, location: string): Validation {
    return exactRule(t, location);
  }

  protected read(t: RangeTarget, p: string): unknown {
    const v = t.sheet.validations.find((x) => intersects(x.bounds, t.bounds));
    switch (p) {
      case "rule":
        return v?.rule ?? {};
      case "prompt":
        return v?.prompt ?? { showPrompt: false, title: "", message: "" };
      case "errorAlert":
        return v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
      case "ignoreBlanks":
        return v?.ignoreBlanks ?? true;
      case "type": {
        if (!v) return "None";
        const kind = Object.keys(v.rule)[0] ?? "";
        return TYPE_NAMES[kind] ?? "Inconsistent";
      }
    }
    return undefined;
  }

  get rule(): Record<string, unknown> {
    return this.get("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.queue("rule", rule, (t) => setRule(this.ctx, t, rule, "DataValidation.rule"));
  }
  get prompt(): Validation["prompt"] {
    return this.get("prompt");
  }
  set prompt(p: Validation["prompt"]) {
    this.queue("prompt", p, (t) => {
      this.ctx.runtime.model.assertUnprotected(t.sheet, "DataValidation.prompt");
      checkPrompt(p, "DataValidation.prompt");
      this.exact(t, "DataValidation.prompt").prompt = { ...p };
    });
  }
  get errorAlert(): Validation["errorAlert"] {
    return this.get("errorAlert");
  }
  set errorAlert(a: Validation["errorAlert"]) {
    this.queue("errorAlert", a, (t) => {
      this.ctx.runtime.model.assertUnprotected(t.sheet, "DataValidation.errorAlert");
      checkAlert(a, "DataValidation.errorAlert");
      this.exact(t, "DataValidation.errorAlert").errorAlert = { ...a };
    });
  }
  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }
  set ignoreBlanks(b: boolean) {
    this.queue("ignoreBlanks", b, (t) => {
      this.ctx.runtime.model.assertUnprotected(t.sheet, "DataValidation.ignoreBlanks");
      this.exact(t, "DataValidation.ignoreBlanks").ignoreBlanks = b;
    });
  }
  get type(): string {
    return this.get("type");
  }
  clear(): void {
    this.queue("clear", null, (t) => {
      this.ctx.runtime.model.assertUnprotected(t.sheet, "DataValidation.clear");
      const keep: Validation[] = [];
      for (const v of t.sheet.validations) {
        if (!intersects(v.bounds, t.bounds)) keep.push(v);
        else if (!sameBounds(v.bounds, t.bounds) && !covers(t.bounds, v.bounds))
          throw notCovered("DataValidation.clear on part of another rule's range");
      }
      t.sheet.validations = keep;
    });
  }
}

/** Excel's limits on an input message (title 32, message 255) and an error alert (title 32, message 225). */
export function checkPrompt(p: Validation["prompt"], location: string): void {
  checkLength(p?.title ?? "", LIMITS.title, `${location}.title`);
  checkLength(p?.message ?? "", LIMITS.promptMessage, `${location}.message`);
}

export function checkAlert(a: Validation["errorAlert"], location: string): void {
  checkLength(a?.title ?? "", LIMITS.title, `${location}.title`);
  checkLength(a?.message ?? "", LIMITS.alertMessage, `${location}.message`);
}

function covers(outer: Bounds, inner: Bounds): boolean {
  return outer.r0 <= inner.r0 && outer.r1 >= inner.r1 && outer.c0 <= inner.c0 && outer.c1 >= inner.c1;
}

export class ConditionalFormatCollectionProxy extends HostObject<RangeTarget> {
  protected readonly className = "ConditionalFormatCollection";
  protected readonly scalars = ["count"] as const;

  constructor(ctx: RequestContextCore, path: string, resolver: () => RangeTarget) {
    super(ctx, path, resolver);
  }

  protected read(t: RangeTarget): unknown {
    return t.sheet.conditionalFormats.filter((f) => cfIntersects(f, t.bounds)).length;
  }

  get count(): number {
    return this.get("count");
  }

  getCount(): HostClientResult<number> {
    return this.result(
      "getCount",
      null,
      (t) => t.sheet.conditionalFormats.filter((f) => cfIntersects(f, t.bounds)).length,
    );
  }

  add(type: string): ConditionalFormatProxy {
    return addConditionalFormat(this, (t) => ({ sheet: t.sheet, areas: [t.bounds] }), type);
  }

  clearAll(): void {
    this.queue("clearAll", null, (t) => {
      this.ctx.runtime.model.assertUnprotected(t.sheet, "ConditionalFormatCollection.clearAll");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => !cfIntersects(f, t.bounds));
    });
  }
}

type CfTarget = { model: ConditionalFormatModel; sheet: RangeTarget["sheet"] };

/**
 * ConditionalFormatCollection.add, for a range or for RangeAreas: Office adds the new format "at the
 * first/top priority" (the API reference), so it goes to the front, where it wins a conflict.
 */
export function addConditionalFormat<T>(
  collection: HostObject<T> & { readonly ctx: RequestContextCore },
  areasOf: (t: T) => { sheet: RangeTarget["sheet"]; areas: RangeTarget["bounds"][] },
  type: string,
): ConditionalFormatProxy {
  const created: { v: CfTarget | null } = { v: null };
  const ctx = collection.ctx;
  ctx.enqueue({
    name: "add",
    path: collection.path,
    args: type,
    member: "ConditionalFormatCollection.add",
    run: () => {
      const { sheet, areas } = areasOf(collection.target());
      if (type !== "Custom" && type !== "CellValue") throw notCovered(`conditional format type ${type}`);
      ctx.runtime.model.assertUnprotected(sheet, "ConditionalFormatCollection.add");
      for (let i = 0; i < areas.length; i++)
        for (let j = i + 1; j < areas.length; j++)
          if (intersects(areas[i]!, areas[j]!))
            throw new HostApiError(
              "InvalidArgument",
              "The areas overlap.",
              "ConditionalFormatCollection.add",
            );
      const model: ConditionalFormatModel = {
        id: ctx.runtime.model.newId("cf"),
        bounds: { ...areas[0]! },
        ...(areas.length > 1 ? { areas: areas.map((a) => ({ ...a })) } : {}),
        type,
        formula: "",
        stopIfTrue: false,
      };
      sheet.conditionalFormats.unshift(model);
      created.v = { model, sheet };
    },
  });
  return new ConditionalFormatProxy(ctx, `${collection.path}.add(${type})`, () => created.v);
}

/** One conditional format; `custom` and `cellValue` lead to the same rule and format here. */
export class ConditionalFormatProxy extends HostObject<CfTarget> {
  protected readonly className = "ConditionalFormat";
  protected readonly scalars = ["id", "type", "stopIfTrue", "priority"] as const;

  protected read(t: CfTarget, p: string): unknown {
    if (p === "id") return t.model.id;
    if (p === "type") return t.model.type;
    if (p === "stopIfTrue") return t.model.stopIfTrue;
    return t.sheet.conditionalFormats.indexOf(t.model);
  }
  get id(): string {
    return this.get("id");
  }
  get type(): string {
    return this.get("type");
  }
  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.edit("stopIfTrue", v, (m) => (m.stopIfTrue = v));
  }
  get custom(): CfPart {
    return this.part("Custom");
  }
  get cellValue(): CfPart {
    return this.part("CellValue");
  }
  delete(): void {
    this.edit(
      "delete",
      null,
      (m, sheet) => (sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== m)),
    );
  }

  /** Queues a change to the format, refused on a protected sheet or on the wrong rule type. */
  edit(
    name: string,
    args: unknown,
    fn: (m: ConditionalFormatModel, sheet: CfTarget["sheet"]) => void,
    type?: string,
  ): void {
    this.queue(name, args, (t) => {
      this.ctx.runtime.model.assertUnprotected(t.sheet, `ConditionalFormat.${name}`);
      if (type && t.model.type !== type)
        throw new HostApiError(
          "InvalidArgument",
          `This conditional format is of type ${t.model.type}, not ${type}.`,
          `ConditionalFormat.${name}`,
        );
      fn(t.model, t.sheet);
    });
  }

  private part(type: string): CfPart {
    const edit = (name: string, args: unknown, fn: (m: ConditionalFormatModel) => void) =>
      this.edit(name, args, fn, type);
    const format = {
      fill: {
        set color(v: string) {
          edit("format.fill.color", v, (m) => (m.fill = normaliseColor(v)));
        },
      },
      font: {
        set color(v: string) {
          edit("format.font.color", v, (m) => (m.fontColor = normaliseColor(v)));
        },
        set bold(v: boolean) {
          edit("format.font.bold", v, (m) => (m.bold = v));
        },
      },
      set numberFormat(v: string) {
        edit("format.numberFormat", v, (m) => (m.numberFormat = v));
      },
    };
    if (type === "Custom")
      return {
        rule: {
          set formula(f: string) {
            edit("rule.formula", f, (m) => {
              checkLength(f, LIMITS.ruleFormula, "ConditionalFormat.custom.rule.formula");
              m.formula = f;
            });
          },
        },
        format,
      } as unknown as CfPart;
    return {
      set rule(r: { formula1: string; formula2?: string; operator: string }) {
        edit("rule", r, (m) => {
          m.formula = r.formula1;
          m.formula2 = r.formula2;
          m.operator = r.operator;
        });
      },
      format,
    } as unknown as CfPart;
  }
}

/** The members of CustomConditionalFormat / CellValueConditionalFormat the host covers (write-only). */
export interface CfPart {
  rule: { formula: string } & { formula1?: string; formula2?: string; operator?: string };
  format: { fill: { color: string }; font: { color: string; bold: boolean }; numberFormat: string };
}
