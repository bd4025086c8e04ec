// One in-browser Excel: the model, the Excel namespace the adapter is given (run, enums,
// createWorkbook), a little Office namespace, request counters, onChanged dispatch, and the
// person at the keyboard (user.type) for the playground and the tests.
import type { HyperFormula } from "hyperformula";
import type { Bounds } from "./address";
import { cellAddress, columns, parseRef, refOf, rows } from "./address";
import { HostApiError, UserActionError } from "./errors";
import { toEngine } from "./content";
import type { CultureName, Typed, TypingSettings } from "./typing";
import { typeIntoCell, typingSettings } from "./typing";
import type { Content } from "./content";
import type { HostSheet } from "./model";
import { HostWorkbookModel } from "./model";
import { formulaEngine } from "./engine";
import { RequestContextCore } from "./request";
import { WorkbookProxy } from "./workbook";
import { passes } from "./validation-check";
import { takeSnapshot } from "./snapshot";
import type { UndoClear } from "./undo";
import { undoClearingPlatforms } from "./undo";
import type { SnapshotOptions, WorkbookSnapshot } from "./snapshot";

export class Counters {
  syncCount = 0;
  maxRequestBytes = 0;
  totalRequestBytes = 0;
  /** The largest response (values loaded by one sync), in bytes of JSON. */
  maxResponseBytes = 0;
  /** Bytes of each request since the last reset, in order. */
  requests: number[] = [];

  record(bytes: number): void {
    this.syncCount++;
    this.totalRequestBytes += bytes;
    this.maxRequestBytes = Math.max(this.maxRequestBytes, bytes);
    this.requests.push(bytes);
  }

  recordResponse(bytes: number): void {
    this.maxResponseBytes = Math.max(this.maxResponseBytes, bytes);
  }

  reset(): void {
    this.maxResponseBytes = 0;
    this.syncCount = 0;
    this.maxRequestBytes = 0;
    this.totalRequestBytes = 0;
    this.requests = [];
  }
}

export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  changeType: "RangeEdited";
  source: "Local";
  worksheetId: string;
  /** The changed range without the sheet name, e.g. "H7" or "A1:N40". */
  address: string;
  triggerSource: "ThisLocalAddin" | "Unknown";
}

type Handler = (args: WorksheetChangedArgs) => Promise<unknown> | void;

/** What a person sees after typing: nothing, or the warning a Warning/Information rule shows. */
export interface TypeOutcome {
  /** A Warning- or Information-style validation alert: Excel asks, the person continues, it is stored. */
  alert?: { style: string; title: string; message: string };
}

/** What one cell holds, exactly: its content and number format (typing 80% formats a General cell). */
export interface CellState {
  content?: Content;
  numberFormat?: string;
}

export class HostRequestContext extends RequestContextCore {
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(runtime: HostRuntime) {
    super(runtime);
    this.workbook = new WorkbookProxy(this);
  }
}

export class HostRuntime {
  readonly model = new HostWorkbookModel();
  readonly counters = new Counters();
  /** Workbooks opened with Excel.createWorkbook, as the base64 they were given. */
  readonly openedWorkbooks: string[] = [];
  private handlers = new Map<number, { sheetId: string; handler: Handler }>();
  private nextHandler = 1;
  private changes: { sheetId: string; bounds: Bounds }[] = [];
  private inFlight = new Set<Promise<unknown>>();
  private listeners = new Set<() => void>();
  private userTyping = false;
  /**
   * Excel bugs the host reproduces on demand (off by default), so the adapter's answers to them are
   * tested: fit-to-pages zoom ignored unless the Page Layout tab shows (office-js issue 1860);
   * CustomXmlPartCollection.items coming back undefined on the web (office-js issue 6673).
   */
  quirks = { fitToPagesIgnored: false, customXmlItemsUndefined: false };
  /** The ExcelApi requirement set the host claims (isSetSupported; members above it fail). */
  excelApi = "1.9";
  /** The computer's regional settings and Excel's automatic percent entry (user.type reads with them). */
  typing: TypingSettings = typingSettings("en-US");
  /** Bytes loaded by the request being run (reset by each sync). */
  responseBytes = 0;
  /** The cell a person is editing (typed into, not yet Enter): requests fail or wait meanwhile. */
  editing: { sheet: string; address: string } | null = null;
  private editWaiters: (() => void)[] = [];
  /** Calls made that Microsoft lists as clearing the user's undo stack (src/playground/host/undo.ts). */
  readonly undoClears: UndoClear[] = [];

  /** Told of every API member a request ran, so calls that clear the undo stack are counted. */
  recordCall(member: string): void {
    const platforms = undoClearingPlatforms(member);
    if (platforms.length > 0) this.undoClears.push({ member, platforms });
  }

  constructor() {
    this.model.onChange = (sheet, bounds) => this.changes.push({ sheetId: sheet.id, bounds: { ...bounds } });
  }

  addChangeHandler(sheetId: string, handler: Handler): number {
    const id = this.nextHandler++;
    this.handlers.set(id, { sheetId, handler });
    return id;
  }

  removeChangeHandler(id: number): void {
    if (!this.handlers.delete(id))
      throw new HostApiError(
        "ItemNotFound",
        "The event handler was already removed.",
        "EventHandlerResult.remove",
      );
  }

  /** Called after every request and user action: fires onChanged and tells the UI to redraw. */
  afterRequest(): void {
    const triggerSource = this.userTyping ? "Unknown" : "ThisLocalAddin";
    // A person's one action over several areas (Delete on a multi-selection, a paste) is one event
    // whose address lists them ("G10,K14"); an add-in's writes are one event each.
    const events: { sheetId: string; address: string }[] = [];
    for (const change of this.changes) {
      const last = events[events.length - 1];
      if (this.userTyping && last && last.sheetId === change.sheetId)
        last.address += "," + refOf(change.bounds);
      else events.push({ sheetId: change.sheetId, address: refOf(change.bounds) });
    }
    this.changes = [];
    for (const change of events)
      for (const { sheetId, handler } of this.handlers.values()) {
        if (sheetId !== change.sheetId) continue;
        const args: WorksheetChangedArgs = {
          type: "WorksheetChanged",
          changeType: "RangeEdited",
          source: "Local",
          worksheetId: sheetId,
          address: change.address,
          triggerSource,
        };
        const p: Promise<unknown> = new Promise((resolve) => setTimeout(resolve, 0))
          .then(() => handler(args))
          .catch((e: unknown) => console.error("onChanged handler failed", e))
          .finally(() => this.inFlight.delete(p));
        this.inFlight.add(p);
      }
    for (const l of this.listeners) l();
  }

  /** Resolves when every event handler started so far (and those they started) has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  onUpdate(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when the person leaves cell-edit mode (at once when no cell is being edited). */
  editEnded(): Promise<void> {
    if (!this.editing) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  /** A person starts editing a cell (types into it, or presses F2) and has not pressed Enter yet. */
  startEditing(sheetName: string, address: string): void {
    this.sheetOrThrow(sheetName);
    this.cellOrThrow(address);
    this.editing = { sheet: sheetName, address };
  }

  /** The person presses Enter (with the text typed, stored as user.type does) or Esc (no text). */
  stopEditing(text?: string): TypeOutcome {
    const at = this.editing;
    if (!at) return {};
    this.editing = null;
    try {
      return text === undefined ? {} : this.type(at.sheet, at.address, text);
    } finally {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      for (const w of waiters) w();
    }
  }

  /**
   * Excel.run(batch); Excel.run(object, batch) to keep working with an earlier context's objects;
   * Excel.run(options, batch) with `delayForCellEdit` and `previousObjects` (Excel.RunOptions).
   */
  async run<T>(
    first:
      | ((context: HostRequestContext) => Promise<T>)
      | { context?: unknown }
      | { delayForCellEdit?: boolean; previousObjects?: { context?: unknown } },
    second?: (context: HostRequestContext) => Promise<T>,
  ): Promise<T> {
    let ctx: HostRequestContext;
    let batch: (context: HostRequestContext) => Promise<T>;
    const options = isRunOptions(first) ? first : null;
    if (typeof first === "function") {
      batch = first;
      ctx = new HostRequestContext(this);
    } else if (options && typeof second === "function" && !options.previousObjects) {
      batch = second;
      ctx = new HostRequestContext(this);
    } else if (typeof second === "function") {
      const previous = options ? options.previousObjects! : (first as { context?: unknown });
      const earlier = previous instanceof HostRequestContext ? previous : previous.context;
      if (!(earlier instanceof HostRequestContext))
        throw new HostApiError(
          "InvalidArgument",
          "Excel.run(object, batch) needs a request context or an API object.",
          "Excel.run",
        );
      earlier.reopen();
      ctx = earlier;
      batch = second;
    } else
      throw new HostApiError(
        "NotImplemented",
        "The host covers Excel.run(batch), Excel.run(object, batch) and Excel.run(options, batch).",
        "Excel.run",
      );
    const delayBefore = ctx.delayForCellEdit;
    ctx.delayForCellEdit = options?.delayForCellEdit === true;
    try {
      const p = batch(ctx) as unknown;
      if (!p || typeof (p as Promise<T>).then !== "function")
        throw new HostApiError(
          "GeneralException",
          "The batch function passed to Excel.run must return a promise.",
          "Excel.run",
        );
      const result = await (p as Promise<T>);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.delayForCellEdit = delayBefore;
      ctx.close();
    }
  }

  sheetOrThrow(name: string): HostSheet {
    const s = this.model.sheetByName(name);
    if (!s)
      throw new UserActionError("no-sheet", {
        vi: `Không có trang tính '${name}'.`,
        en: `There is no sheet '${name}'.`,
      });
    return s;
  }

  cellOrThrow(address: string): Bounds {
    const b = parseRef(address);
    if (!b)
      throw new UserActionError("bad-address", {
        vi: `'${address}' không phải địa chỉ ô.`,
        en: `'${address}' is not a cell address.`,
      });
    return b;
  }

  /** Switches the regional settings typing is read with (the playground's and the tests' "computer"). */
  setCulture(name: CultureName, options: { autoPercentEntry?: boolean } = {}): void {
    this.typing = typingSettings(name, {
      autoPercentEntry: options.autoPercentEntry ?? this.typing.autoPercentEntry,
      currentYear: this.typing.currentYear,
    });
  }

  /** What typing `input` into a cell would store (typing.ts), without storing it. */
  readTyping(sheetName: string, address: string, input: string): Typed {
    const sheet = this.sheetOrThrow(sheetName);
    const b = this.cellOrThrow(address);
    return typeIntoCell(input, sheet.cell(b.r0, b.c0)?.numberFormat ?? "General", this.typing, (f) =>
      this.userEngine().validateFormula(f),
    );
  }

  /**
   * A person types into one cell and presses Enter, as in Excel: the text is read with the
   * regional settings and automatic percent entry (typing.ts), protection and Stop-style validation
   * refuse it, a Warning- or Information-style rule lets it through and says what it would show.
   * A number or boolean (a test's shortcut) is stored as it is.
   */
  type(sheetName: string, address: string, input: string | number | boolean): TypeOutcome {
    const sheet = this.sheetOrThrow(sheetName);
    const b = this.cellOrThrow(address);
    if (b.r0 !== b.r1 || b.c0 !== b.c1)
      throw new UserActionError("bad-address", {
        vi: "Chỉ gõ vào một ô.",
        en: "Type into one cell at a time.",
      });
    if (sheet.protection.protected && sheet.isLocked(b.r0, b.c0))
      throw new UserActionError("protected", {
        vi: `Ô ${address} đang được bảo vệ, không sửa được.`,
        en: `The cell ${address} is protected and therefore read-only.`,
      });
    const typed: Typed =
      typeof input === "string"
        ? this.readTyping(sheetName, address, input)
        : { kind: "stored", content: { t: typeof input === "number" ? "n" : "b", v: input } as Content };
    if (typed.kind === "refused") throw new UserActionError("validation", typed.message);
    const outcome: TypeOutcome = {};
    const validation = sheet.validationAt(b.r0, b.c0);
    if (validation && validation.errorAlert?.showAlert !== false) {
      const before = toEngine(sheet.cell(b.r0, b.c0)?.content ?? null);
      this.userEngine().setCellContents({ sheet: this.model.hfId(sheet), row: b.r0, col: b.c0 }, [
        [toEngine(typed.content)],
      ]);
      const ok = passes(this.model, sheet, validation, b.r0, b.c0, typed.content);
      this.model.hf.setCellContents({ sheet: this.model.hfId(sheet), row: b.r0, col: b.c0 }, [[before]]);
      if (!ok) {
        const style = validation.errorAlert?.style ?? "Stop";
        const message =
          validation.errorAlert?.message ||
          "This value doesn't match the data validation restrictions defined for this cell.";
        if (style === "Stop") throw new UserActionError("validation", { vi: message, en: message });
        outcome.alert = { style, title: validation.errorAlert?.title ?? "", message };
      }
    }
    this.edit(() =>
      this.model.writeContents(sheet, b, [[input]], "user.type", () => ({
        content: typed.content,
        ...(typed.impliedFormat ? { impliedFormat: typed.impliedFormat } : {}),
      })),
    );
    return outcome;
  }

  /**
   * A person presses Delete on what they selected: one range, whole columns or rows ("G:G", "5:5"),
   * or several areas ("G10,K14"), all of which they may edit. One change event names them all.
   */
  clear(sheetName: string, address: string): void {
    const sheet = this.sheetOrThrow(sheetName);
    const areas = address.split(",").map((part) => this.cellOrThrow(part.trim()));
    if (sheet.protection.protected)
      for (const b of areas) {
        // Cells that were never written are locked (Excel's default): a whole column has some.
        const existing = sheet.cellsIn(b).filter(([r, c]) => !sheet.isLocked(r, c)).length;
        if (existing < rows(b) * columns(b) || sheet.cellsIn(b).some(([r, c]) => sheet.isLocked(r, c)))
          throw new UserActionError("protected", {
            vi: `Ô trong ${address} đang được bảo vệ.`,
            en: `A cell of ${address} is protected.`,
          });
      }
    this.edit(() => {
      for (const b of areas) this.model.clear(sheet, b, "Contents", "user.clear");
    });
  }

  /**
   * A person pastes text (Ctrl+V) over the block starting at `address`: every field is read as if
   * typed into its cell, in one edit with one change event. As in Excel, a paste that would reach a
   * locked cell of a protected sheet is refused whole, and data validation does not judge a paste.
   */
  paste(sheetName: string, address: string, rows: string[][]): void {
    const sheet = this.sheetOrThrow(sheetName);
    const start = this.cellOrThrow(address);
    const width = rows[0]?.length ?? 0;
    if (width === 0 || rows.some((r) => r.length !== width))
      throw new UserActionError("bad-address", {
        vi: "Khối dán phải là một hình chữ nhật có ít nhất một ô.",
        en: "A pasted block must be a rectangle of at least one cell.",
      });
    const b = { r0: start.r0, c0: start.c0, r1: start.r0 + rows.length - 1, c1: start.c0 + width - 1 };
    if (b.r1 >= 1048576 || b.c1 >= 16384)
      throw new UserActionError("bad-address", {
        vi: "Khối dán vượt ra ngoài trang tính.",
        en: "The pasted block runs off the sheet.",
      });
    this.assertUserMayEdit(sheet, b);
    // Every field read as typed into its own cell (typing.ts), refused whole if Excel refuses one.
    const typed: Typed[][] = rows.map((row, i) =>
      row.map((text, j) => {
        const fmt = sheet.cell(b.r0 + i, b.c0 + j)?.numberFormat ?? "General";
        const t = typeIntoCell(text, fmt, this.typing, (f) => this.userEngine().validateFormula(f));
        if (t.kind === "refused") {
          const at = cellAddress(b.r0 + i, b.c0 + j);
          throw new UserActionError("validation", {
            vi: `Ô ${at}: ${t.message.vi}`,
            en: `Cell ${at}: ${t.message.en}`,
          });
        }
        return t;
      }),
    );
    this.edit(() =>
      this.model.writeContents(sheet, b, typed, "user.paste", (t) => {
        const read = t as Extract<Typed, { kind: "stored" }>;
        return {
          content: read.content,
          ...(read.impliedFormat ? { impliedFormat: read.impliedFormat } : {}),
        };
      }),
    );
  }

  /** What the cells of a range hold, exactly (copies), so an undo can put it back. */
  cells(sheetName: string, address: string): CellState[][] {
    const sheet = this.sheetOrThrow(sheetName);
    const b = this.cellOrThrow(address);
    const out: CellState[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: CellState[] = [];
      for (let c = b.c0; c <= b.c1; c++) {
        const cell = sheet.cell(r, c);
        row.push({
          ...(cell?.content ? { content: { ...cell.content } } : {}),
          ...(cell?.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
        });
      }
      out.push(row);
    }
    return out;
  }

  /** A person's undo or redo: the range holds exactly `states` again (protection applies). */
  restore(sheetName: string, address: string, states: CellState[][]): void {
    const sheet = this.sheetOrThrow(sheetName);
    const b = this.cellOrThrow(address);
    if (states.length !== b.r1 - b.r0 + 1 || states.some((r) => r.length !== b.c1 - b.c0 + 1))
      throw new UserActionError("bad-address", {
        vi: `Dữ liệu khôi phục không khớp vùng ${address}.`,
        en: `What is restored does not fit ${address}.`,
      });
    this.assertUserMayEdit(sheet, b);
    this.edit(() => {
      const m = this.model;
      const engine = states.map((row, i) =>
        row.map((state, j) => {
          const r = b.r0 + i;
          const c = b.c0 + j;
          const cell =
            state.content || state.numberFormat !== undefined ? sheet.ensure(r, c) : sheet.cell(r, c);
          if (cell) {
            if (state.content) cell.content = { ...state.content };
            else delete cell.content;
            if (state.numberFormat !== undefined) cell.numberFormat = state.numberFormat;
            else delete cell.numberFormat;
            if (Object.keys(cell).length === 0) sheet.cells.delete(r * 16384 + c);
          }
          return toEngine(state.content ?? null);
        }),
      );
      m.engineSet(sheet, b.r0, b.c0, engine);
      m.onChange?.(sheet, b);
    });
  }

  /**
   * The formula engine for what a person typed or pasted. Its module loads once the pane is
   * interactive (engine.ts); a formula typed in the moment before, is refused with a "try again".
   */
  private userEngine(): HyperFormula {
    if (!formulaEngine())
      throw new UserActionError("busy", {
        vi: "Bộ tính công thức đang tải. Vui lòng thử lại sau giây lát.",
        en: "The formula engine is still loading. Please try again in a moment.",
      });
    return this.model.hf;
  }

  /** A person may change these cells: none is locked on a protected sheet. */
  private assertUserMayEdit(sheet: HostSheet, b: Bounds): void {
    if (!sheet.protection.protected) return;
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++)
        if (sheet.isLocked(r, c))
          throw new UserActionError("protected", {
            vi: `Ô ${cellAddress(r, c)} đang được bảo vệ, không sửa được.`,
            en: `The cell ${cellAddress(r, c)} is protected and therefore read-only.`,
          });
  }

  select(sheetName: string, address: string): void {
    const sheet = this.sheetOrThrow(sheetName);
    const b = this.cellOrThrow(address);
    this.model.activeSheetId = sheet.id;
    this.model.selection = { sheetId: sheet.id, bounds: b };
    for (const l of this.listeners) l();
  }

  private edit(fn: () => void): void {
    this.userTyping = true;
    try {
      fn();
      this.afterRequest();
    } finally {
      this.userTyping = false;
    }
  }

  snapshot(options: SnapshotOptions = {}): WorkbookSnapshot {
    return takeSnapshot(this.model, options);
  }
}

/** A plain Excel.RunOptions object (not a context, not an API object, not a function). */
function isRunOptions(
  v: unknown,
): v is { delayForCellEdit?: boolean; previousObjects?: { context?: unknown } } {
  if (typeof v !== "object" || v === null || v instanceof HostRequestContext) return false;
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  return "delayForCellEdit" in v || "previousObjects" in v;
}
