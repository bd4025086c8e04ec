// Excel.Worksheet, its collection, protection, freeze panes and onChanged event.
import type { Bounds } from "./address";
import { parseRef, splitSheet } from "./address";
import { checkLength, LIMITS } from "./limits";
import { HostApiError, notCovered } from "./errors";
import type { HostSheet, Visibility } from "./model";
import type { RequestContextCore } from "./request";
import { HostClientResult, HostObject } from "./request";
import { RangeProxy } from "./range";
import { RangeAreasProxy } from "./range-areas";

const VISIBILITIES: Visibility[] = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetProxy extends HostObject<HostSheet> {
  protected readonly className = "Worksheet";
  protected readonly scalars = ["name", "id", "position", "visibility", "tabColor"] as const;
  private protectionProxy?: WorksheetProtectionProxy;

  constructor(ctx: RequestContextCore, path: string, resolver: () => HostSheet | null, nullable = false) {
    super(ctx, path, resolver, nullable);
  }

  protected read(t: HostSheet, p: string): unknown {
    switch (p) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "position":
        return this.ctx.runtime.model.sheets.indexOf(t);
      case "visibility":
        return t.visibility;
      case "tabColor":
        return t.tabColor;
    }
    return undefined;
  }
  protected override child(name: string): HostObject<unknown> | undefined {
    return name === "protection" ? (this.protection as HostObject<unknown>) : undefined;
  }

  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.queue("name", v, (t) => this.ctx.runtime.model.renameSheet(t, v));
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(v: Visibility) {
    this.queue("visibility", v, (t) => {
      if (!VISIBILITIES.includes(v))
        throw new HostApiError(
          "InvalidArgument",
          `'${v}' is not a sheet visibility.`,
          "Worksheet.visibility",
        );
      this.ctx.runtime.model.setVisibility(t, v);
    });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(v: string) {
    this.queue("tabColor", v, (t) => (t.tabColor = v));
  }

  get protection(): WorksheetProtectionProxy {
    this.protectionProxy ??= new WorksheetProtectionProxy(this.ctx, this.path + ".protection", () =>
      this.target(),
    );
    return this.protectionProxy;
  }

  get freezePanes(): {
    freezeRows(count: number): void;
    freezeAt(range: RangeProxy | string): void;
    unfreeze(): void;
  } {
    const queue = (name: string, args: unknown, fn: (t: HostSheet) => void) =>
      this.ctx.enqueue({ name, path: this.path + ".freezePanes", args, run: () => fn(this.target()) });
    return {
      freezeRows: (count: number) =>
        queue("freezeRows", count, (t) => {
          t.frozenRows = count;
          t.frozenColumns = 0;
        }),
      freezeAt: (range: RangeProxy | string) =>
        queue("freezeAt", typeof range === "string" ? range : range.path, (t) => {
          const b = typeof range === "string" ? parseRef(range) : range.target().bounds;
          if (!b || b.r0 !== 0 || b.c0 !== 0)
            throw new HostApiError(
              "InvalidArgument",
              "freezeAt needs a range that starts at A1.",
              "WorksheetFreezePanes.freezeAt",
            );
          t.frozenRows = b.r1 + 1;
          t.frozenColumns = b.c1 + 1;
        }),
      unfreeze: () =>
        queue("unfreeze", null, (t) => {
          t.frozenRows = 0;
          t.frozenColumns = 0;
        }),
    };
  }

  get pageLayout(): Record<string, unknown> {
    const queue = (name: string, args: unknown, fn: (t: HostSheet) => void) =>
      this.ctx.enqueue({ name, path: this.path + ".pageLayout", args, run: () => fn(this.target()) });
    const footer = (key: string): ProxyHandler<Record<string, unknown>> => ({
      set: (_o, prop, value) => {
        queue(
          `headersFooters.${key}.${String(prop)}`,
          value,
          (t) => (t.pageLayout[`${key}.${String(prop)}`] = value),
        );
        return true;
      },
    });
    const loaded = new Map<string, unknown>();
    const runtime = this.ctx.runtime;
    const target = {
      setPrintTitleRows: (address: string) =>
        queue("setPrintTitleRows", address, (t) => (t.printTitleRows = address)),
      setPrintTitleColumns: (address: string) =>
        queue("setPrintTitleColumns", address, (t) => (t.pageLayout.printTitleColumns = address)),
      setPrintArea: (address: string) =>
        queue("setPrintArea", address, (t) => (t.pageLayout.printArea = address)),
      headersFooters: { defaultForAllPages: new Proxy({}, footer("defaultForAllPages")) },
      /** Only `zoom` can be read back (what the adapter checks after setting it). */
      load: (props: string) => {
        if (props !== "zoom") throw notCovered(`Worksheet.pageLayout.load("${props}")`);
        queue("load", props, (t) => loaded.set("zoom", structuredClone(t.pageLayout.zoom ?? { scale: 100 })));
        return proxy;
      },
    };
    // Page setup is plain data in the host: every property written is kept for snapshot().
    const proxy: Record<string, unknown> = new Proxy(target, {
      set: (_o, prop, value) => {
        queue(String(prop), value, (t) => {
          // office-js issue 1860: fit-to-pages is dropped unless the Page Layout tab is showing.
          const fit = prop === "zoom" && typeof value === "object" && value !== null && !("scale" in value);
          if (fit && runtime.quirks.fitToPagesIgnored) return;
          t.pageLayout[String(prop)] = structuredClone(value);
        });
        return true;
      },
      get: (o, prop) => {
        if (prop in o) return (o as Record<string | symbol, unknown>)[prop];
        if (loaded.has(String(prop))) return loaded.get(String(prop));
        throw notCovered(`Worksheet.pageLayout.${String(prop)} (read)`);
      },
    }) as unknown as Record<string, unknown>;
    return proxy;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getRange(${JSON.stringify(address ?? "")})`, () => {
      const sheet = this.target();
      if (address === undefined || address === "")
        return { sheet, bounds: { r0: 0, c0: 0, r1: 1048575, c1: 16383 } };
      const { sheet: named, ref } = splitSheet(address);
      const bounds = parseRef(ref);
      if (!bounds || (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()))
        throw new HostApiError(
          "InvalidArgument",
          `'${address}' is not a valid address on '${sheet.name}'.`,
          "Worksheet.getRange",
        );
      return { sheet, bounds };
    });
  }

  /** Several areas, comma-separated ("G10:G12,G15"), as RangeAreas (ExcelApi 1.9). */
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      `${this.path}.getRanges(${JSON.stringify(address)})`,
      () => {
        const sheet = this.target();
        checkLength(address, LIMITS.addressList, "Worksheet.getRanges");
        const areas = address.split(",").map((part) => {
          const { sheet: named, ref } = splitSheet(part.trim());
          const bounds = parseRef(ref);
          if (!bounds || (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()))
            throw new HostApiError(
              "InvalidArgument",
              `'${address}' is not a valid address on '${sheet.name}'.`,
              "Worksheet.getRanges",
            );
          return bounds;
        });
        return { sheet, areas };
      },
      false,
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return new RangeProxy(
      this.ctx,
      `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
          throw new HostApiError(
            "InvalidArgument",
            "The range indexes are out of bounds.",
            "Worksheet.getRangeByIndexes",
          );
        const bounds: Bounds = {
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        };
        return { sheet: this.target(), bounds };
      },
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** On an empty sheet Office returns A1. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.target();
      return { sheet, bounds: sheet.usedBounds(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const sheet = this.target();
        const bounds = sheet.usedBounds(valuesOnly);
        return bounds ? { sheet, bounds } : null;
      },
      true,
    );
  }

  activate(): void {
    this.queue("activate", null, (t) => {
      if (t.visibility !== "Visible")
        throw new HostApiError(
          "InvalidOperation",
          `'${t.name}' is hidden and cannot be activated.`,
          "Worksheet.activate",
        );
      this.ctx.runtime.model.activeSheetId = t.id;
    });
  }

  delete(): void {
    this.queue("delete", null, (t) => this.ctx.runtime.model.deleteSheet(t));
  }

  get onChanged(): {
    add(handler: (args: unknown) => Promise<unknown> | void): { context: RequestContextCore; remove(): void };
  } {
    return {
      add: (handler) => {
        const reg = { id: 0 };
        this.queue("onChanged.add", null, (t) => (reg.id = this.ctx.runtime.addChangeHandler(t.id, handler)));
        return {
          context: this.ctx,
          remove: () =>
            this.ctx.enqueue({
              name: "onChanged.remove",
              path: this.path,
              args: null,
              run: () => this.ctx.runtime.removeChangeHandler(reg.id),
            }),
        };
      },
    };
  }
}

export class WorksheetProtectionProxy extends HostObject<HostSheet> {
  protected readonly className = "WorksheetProtection";
  protected readonly scalars = ["protected", "options"] as const;

  protected read(t: HostSheet, p: string): unknown {
    return p === "protected" ? t.protection.protected : structuredClone(t.protection.options);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  get options(): Record<string, unknown> {
    return this.get("options");
  }
  /**
   * Office documents that protect() fails on a sheet that is already protected; since June 2026
   * Excel answers AccessDenied to a protect() or unprotect() that would not change the state
   * (OfficeDev/office-js issue 6784), which a co-author's change can cause.
   */
  protect(options?: Record<string, unknown>, password?: string): void {
    this.queue("protect", { options: options ?? null, password: password ? "***" : null }, (t) => {
      if (t.protection.protected)
        throw new HostApiError(
          "AccessDenied",
          `'${t.name}' is already protected.`,
          "WorksheetProtection.protect",
        );
      t.protection = { protected: true, options: { ...(options ?? {}) }, ...(password ? { password } : {}) };
    });
  }
  /** Unprotecting a sheet that is not protected is refused as well (AccessDenied, see protect). */
  unprotect(password?: string): void {
    this.queue("unprotect", { password: password ? "***" : null }, (t) => {
      if (!t.protection.protected)
        throw new HostApiError(
          "AccessDenied",
          `'${t.name}' is not protected.`,
          "WorksheetProtection.unprotect",
        );
      if ((t.protection.password ?? "") !== (password ?? ""))
        throw new HostApiError(
          "InvalidArgument",
          "The password is incorrect.",
          "WorksheetProtection.unprotect",
        );
      t.protection = { protected: false, options: {} };
    });
  }
}

export class WorksheetCollectionProxy extends HostObject<null> {
  protected readonly className = "WorksheetCollection";
  protected readonly scalars = ["count"] as const;
  private itemsCache: WorksheetProxy[] | null = null;

  constructor(ctx: RequestContextCore) {
    super(ctx, "workbook.worksheets", () => null as never);
  }

  override target(): null {
    return null;
  }

  protected read(): unknown {
    return this.ctx.runtime.model.sheets.length;
  }

  override loadNow(props: string[]): void {
    const items = props.filter((p) => p === "items" || p.startsWith("items/"));
    const rest = props.filter((p) => !(p === "items" || p.startsWith("items/")));
    if (items.length > 0 || props.length === 0) {
      const sub = items.map((p) => p.slice("items/".length)).filter(Boolean);
      this.itemsCache = this.ctx.runtime.model.sheets.map((s) => {
        const proxy = new WorksheetProxy(
          this.ctx,
          `workbook.worksheets.getItem(${JSON.stringify(s.id)})`,
          () => byId(this.ctx, s.id),
        );
        proxy.loadNow(sub);
        return proxy;
      });
      this.loaded.set("items", this.itemsCache);
    }
    if (rest.length > 0) super.loadNow(rest);
  }

  get items(): WorksheetProxy[] {
    return this.get("items");
  }
  get count(): number {
    return this.get("count");
  }

  getItem(key: string): WorksheetProxy {
    const find = remembered(this.ctx, key);
    return new WorksheetProxy(this.ctx, `workbook.worksheets.getItem(${JSON.stringify(key)})`, () => {
      const s = find();
      if (!s)
        throw new HostApiError(
          "ItemNotFound",
          `The requested resource doesn't exist (worksheet '${key}').`,
          "WorksheetCollection.getItem",
        );
      return s;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const find = remembered(this.ctx, key);
    return new WorksheetProxy(
      this.ctx,
      `workbook.worksheets.getItemOrNullObject(${JSON.stringify(key)})`,
      () => find() ?? null,
      true,
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, "workbook.worksheets.getActiveWorksheet()", () => {
      const m = this.ctx.runtime.model;
      const s = m.sheetById(m.activeSheetId);
      if (!s)
        throw new HostApiError(
          "ItemNotFound",
          "The workbook has no active worksheet.",
          "WorksheetCollection.getActiveWorksheet",
        );
      return s;
    });
  }

  getCount(visibleOnly = false): HostClientResult<number> {
    const r = new HostClientResult<number>();
    this.ctx.enqueue({
      name: "getCount",
      path: this.path,
      args: visibleOnly,
      run: () =>
        r.set(this.ctx.runtime.model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length),
    });
    return r;
  }

  add(name?: string): WorksheetProxy {
    const made: { id: string | null } = { id: null };
    this.ctx.enqueue({
      name: "add",
      path: this.path,
      args: name ?? null,
      run: () => {
        made.id = this.ctx.runtime.model.addSheet(name).id;
      },
    });
    return new WorksheetProxy(this.ctx, `workbook.worksheets.add(${JSON.stringify(name ?? "")})`, () => {
      const s = made.id ? byId(this.ctx, made.id) : undefined;
      if (!s)
        throw new HostApiError("ItemNotFound", "The worksheet was not added.", "WorksheetCollection.add");
      return s;
    });
  }
}

/** A proxy keeps pointing at the sheet it first found, as Office's do, even after a rename. */
function remembered(ctx: RequestContextCore, key: string): () => HostSheet | undefined {
  let id: string | null = null;
  return () => {
    if (id !== null) return ctx.runtime.model.sheetById(id);
    const s = byKey(ctx, key);
    if (s) id = s.id;
    return s;
  };
}

function byKey(ctx: RequestContextCore, key: string): HostSheet | undefined {
  const m = ctx.runtime.model;
  return m.sheetByName(key) ?? m.sheetById(key);
}

function byId(ctx: RequestContextCore, id: string): HostSheet {
  const s = ctx.runtime.model.sheetById(id);
  if (!s) throw new HostApiError("ItemNotFound", "The worksheet no longer exists.", "Worksheet");
  return s;
}
