// Excel.Workbook and its workbook-level collections: names and custom XML parts.
import { parseRef, splitSheet } from "./address";
import { HostApiError } from "./errors";
import type { CustomXmlPartModel, NamedItemModel } from "./model";
import type { RequestContextCore } from "./request";
import { HostClientResult, HostObject } from "./request";
import { RangeProxy } from "./range";
import { WorksheetCollectionProxy } from "./worksheet";
import { ApplicationProxy } from "./application";

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(private readonly ctx: RequestContextCore) {
    this.application = new ApplicationProxy(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
    this.customXmlParts = new CustomXmlPartCollectionProxy(ctx, "workbook.customXmlParts", null);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, "workbook.getSelectedRange()", () => {
      const m = this.ctx.runtime.model;
      const sel = m.selection;
      const sheet = sel ? m.sheetById(sel.sheetId) : m.sheetById(m.activeSheetId);
      if (!sheet) throw new HostApiError("ItemNotFound", "Nothing is selected.", "Workbook.getSelectedRange");
      return { sheet, bounds: sel?.bounds ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
}

export class NamedItemCollectionProxy extends HostObject<null> {
  protected readonly className = "NamedItemCollection";
  protected readonly scalars = [] as const;

  constructor(ctx: RequestContextCore) {
    super(ctx, "workbook.names", () => null as never);
  }
  override target(): null {
    return null;
  }
  protected read(): unknown {
    return undefined;
  }
  override loadNow(props: string[]): void {
    const sub = props.map((p) => (p.startsWith("items/") ? p.slice(6) : "")).filter(Boolean);
    if (props.some((p) => p !== "items" && !p.startsWith("items/")))
      throw new HostApiError(
        "InvalidArgument",
        "NamedItemCollection loads only items.",
        "NamedItemCollection.load",
      );
    this.loaded.set(
      "items",
      this.ctx.runtime.model.names.map((n) => {
        const proxy = this.itemProxy(n.name, false);
        proxy.loadNow(sub);
        return proxy;
      }),
    );
  }
  get items(): NamedItemProxy[] {
    return this.get("items");
  }

  private itemProxy(name: string, nullable: boolean): NamedItemProxy {
    const find = () =>
      this.ctx.runtime.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
    return new NamedItemProxy(
      this.ctx,
      `workbook.names.getItem${nullable ? "OrNullObject" : ""}(${JSON.stringify(name)})`,
      nullable
        ? find
        : () => {
            const n = find();
            if (!n)
              throw new HostApiError(
                "ItemNotFound",
                `The name '${name}' does not exist.`,
                "NamedItemCollection.getItem",
              );
            return n;
          },
      nullable,
    );
  }

  getItem(name: string): NamedItemProxy {
    return this.itemProxy(name, false);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return this.itemProxy(name, true);
  }

  /** `reference` is a Range proxy or a formula such as "=Sheet1!$A$1:$A$9". */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const refArg = typeof reference === "string" ? reference : reference.path;
    this.ctx.enqueue({
      name: "add",
      path: this.path,
      args: { name, reference: refArg, comment: comment ?? "" },
      run: () => {
        const m = this.ctx.runtime.model;
        let formula: string;
        if (typeof reference === "string") {
          const body = reference.startsWith("=") ? reference.slice(1) : reference;
          const { sheet, ref } = splitSheet(body);
          if (sheet === null || !m.sheetByName(sheet) || !parseRef(ref))
            throw new HostApiError(
              "InvalidArgument",
              `'${reference}' is not a reference the host covers.`,
              "NamedItemCollection.add",
            );
          formula = m.rangeFormula(m.sheetByName(sheet)!, parseRef(ref)!);
        } else {
          const t = reference.target();
          formula = m.rangeFormula(t.sheet, t.bounds);
        }
        m.addName(name, formula, comment ?? "");
      },
    });
    return this.itemProxy(name, false);
  }
}

export class NamedItemProxy extends HostObject<NamedItemModel> {
  protected readonly className = "NamedItem";
  protected readonly scalars = ["name", "formula", "comment", "visible", "type", "value"] as const;

  protected read(t: NamedItemModel, p: string): unknown {
    switch (p) {
      case "name":
        return t.name;
      case "formula":
        return t.formula;
      case "comment":
        return t.comment;
      case "visible":
        return t.visible;
      case "type":
        return "Range";
      case "value":
        return t.formula.slice(1);
    }
    return undefined;
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get comment(): string {
    return this.get("comment");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(v: boolean) {
    this.queue("visible", v, (t) => (t.visible = v));
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  delete(): void {
    this.queue("delete", null, (t) => this.ctx.runtime.model.deleteName(t.name));
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, this.path + ".getRange()", () => {
      const m = this.ctx.runtime.model;
      const { sheet, ref } = splitSheet(this.target().formula.slice(1));
      const s = sheet === null ? undefined : m.sheetByName(sheet);
      const b = parseRef(ref);
      if (!s || !b)
        throw new HostApiError(
          "InvalidReference",
          "The name does not refer to a range.",
          "NamedItem.getRange",
        );
      return { sheet: s, bounds: b };
    });
  }
}

/** workbook.customXmlParts, or the parts of one namespace (getByNamespace). */
export class CustomXmlPartCollectionProxy extends HostObject<null> {
  protected readonly className = "CustomXmlPartCollection";
  protected readonly scalars = [] as const;

  constructor(
    ctx: RequestContextCore,
    path: string,
    private readonly namespaceUri: string | null,
  ) {
    super(ctx, path, () => null as never);
  }
  override target(): null {
    return null;
  }
  protected read(): unknown {
    return undefined;
  }
  private parts(): CustomXmlPartModel[] {
    return this.ctx.runtime.model.customXmlParts.filter(
      (p) => this.namespaceUri === null || p.namespaceUri === this.namespaceUri,
    );
  }
  override loadNow(props: string[]): void {
    const sub = props.map((p) => (p.startsWith("items/") ? p.slice(6) : "")).filter(Boolean);
    // office-js issue 6673: on the web, items has come back undefined.
    if (this.ctx.runtime.quirks.customXmlItemsUndefined) {
      this.loaded.set("items", undefined);
      return;
    }
    this.loaded.set(
      "items",
      this.parts().map((part) => {
        const proxy = this.partProxy(part.id, false);
        proxy.loadNow(sub);
        return proxy;
      }),
    );
  }
  get items(): CustomXmlPartProxy[] {
    return this.get("items");
  }
  getCount(): HostClientResult<number> {
    const r = new HostClientResult<number>();
    this.ctx.enqueue({
      name: "getCount",
      path: this.path,
      args: null,
      run: () => r.set(this.parts().length),
    });
    return r;
  }
  private partProxy(id: string, nullable: boolean): CustomXmlPartProxy {
    const find = () => this.parts().find((p) => p.id === id) ?? null;
    return new CustomXmlPartProxy(
      this.ctx,
      `${this.path}.getItem(${JSON.stringify(id)})`,
      nullable
        ? find
        : () => {
            const p = find();
            if (!p)
              throw new HostApiError(
                "ItemNotFound",
                `No custom XML part has the id ${id}.`,
                "CustomXmlPartCollection.getItem",
              );
            return p;
          },
      nullable,
    );
  }
  getItem(id: string): CustomXmlPartProxy {
    return this.partProxy(id, false);
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return this.partProxy(id, true);
  }
  getByNamespace(namespaceUri: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(
      this.ctx,
      `${this.path}.getByNamespace(${JSON.stringify(namespaceUri)})`,
      namespaceUri,
    );
  }
  add(xml: string): CustomXmlPartProxy {
    const made: { id: string | null } = { id: null };
    this.ctx.enqueue({
      name: "add",
      path: this.path,
      args: xml,
      run: () => {
        const part = { id: this.ctx.runtime.model.newId("x"), xml, namespaceUri: rootNamespace(xml) };
        this.ctx.runtime.model.customXmlParts.push(part);
        made.id = part.id;
      },
    });
    return new CustomXmlPartProxy(this.ctx, `${this.path}.add()`, () => {
      const p = this.ctx.runtime.model.customXmlParts.find((x) => x.id === made.id);
      if (!p)
        throw new HostApiError(
          "ItemNotFound",
          "The custom XML part was not added.",
          "CustomXmlPartCollection.add",
        );
      return p;
    });
  }
}

/** The default namespace of the root element; the XML must be one well-formed-looking element. */
function rootNamespace(xml: string): string {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(xml);
  if (!m || !new RegExp(`</${m[1]!.replace(/[.]/g, "\\.")}>\\s*$`).test(xml))
    throw new HostApiError(
      "InvalidArgument",
      "The XML is not a single well-formed element.",
      "CustomXmlPartCollection.add",
    );
  const prefix = m[1]!.includes(":") ? m[1]!.split(":")[0] : null;
  const attr = prefix ? new RegExp(`xmlns:${prefix}="([^"]*)"`) : /xmlns="([^"]*)"/;
  return attr.exec(m[2]!)?.[1] ?? "";
}

export class CustomXmlPartProxy extends HostObject<CustomXmlPartModel> {
  protected readonly className = "CustomXmlPart";
  protected readonly scalars = ["id", "namespaceUri"] as const;
  protected read(t: CustomXmlPartModel, p: string): unknown {
    return p === "id" ? t.id : t.namespaceUri;
  }
  get id(): string {
    return this.get("id");
  }
  get namespaceUri(): string {
    return this.get("namespaceUri");
  }
  getXml(): HostClientResult<string> {
    return this.result("getXml", null, (t) => t.xml);
  }
  setXml(xml: string): void {
    this.queue("setXml", xml, (t) => {
      t.namespaceUri = rootNamespace(xml);
      t.xml = xml;
    });
  }
  delete(): void {
    this.queue("delete", null, (t) => {
      const m = this.ctx.runtime.model;
      m.customXmlParts = m.customXmlParts.filter((p) => p !== t);
    });
  }
}
