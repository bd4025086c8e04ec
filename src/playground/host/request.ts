// Office's batching model: calls on proxy objects only queue actions; context.sync() sends the
// queue as one request, runs it in order, and stops at the first failure (actions before it stay
// done, as in Office). Properties are readable only after they were loaded and synced.
import { HostApiError, propertyNotLoaded } from "./errors";
import type { HostRuntime } from "./runtime";
import { formulaEngine, loadFormulaEngine } from "./engine";

/** Excel on the web refuses requests above 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export interface QueuedAction {
  name: string;
  path: string;
  args: unknown;
  run: () => void;
  /** "Class.member" as Microsoft's tables name it (for the undo table, src/playground/host/undo.ts). */
  member?: string;
}

const encoder = new TextEncoder();

/** Bytes of a value as JSON, how Office sends loaded values back. */
export function jsonBytes(v: unknown): number {
  return encoder.encode(JSON.stringify(v ?? null)).length;
}

/**
 * The request as Office sends it, near enough: each object path once, then the actions, each
 * naming its path by id with its arguments. A path reused by several actions costs once.
 */
export function requestBytes(actions: QueuedAction[]): number {
  const paths = new Map<string, number>();
  const wire = actions.map((a, i) => {
    let id = paths.get(a.path);
    if (id === undefined) {
      id = paths.size + 1;
      paths.set(a.path, id);
    }
    return { Id: i + 1, ObjectPathId: id, Name: a.name, Args: a.args ?? null };
  });
  const objectPaths = Object.fromEntries([...paths].map(([path, id]) => [id, path]));
  return encoder.encode(JSON.stringify({ Actions: wire, ObjectPaths: objectPaths })).length;
}

export class RequestContextCore {
  private queue: QueuedAction[] = [];
  private closed = false;
  /** Excel.run({ delayForCellEdit: true }): wait for the person to leave cell-edit mode instead of failing. */
  delayForCellEdit = false;

  constructor(readonly runtime: HostRuntime) {}

  enqueue(action: QueuedAction): void {
    if (this.closed)
      throw new HostApiError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts.",
        action.path,
      );
    this.queue.push(action);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const bytes = requestBytes(batch);
    this.runtime.counters.record(bytes);
    // A round trip is never synchronous in Office; callers that forget `await` must see that.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    // The formula engine loads on demand (engine.ts): only a request that just reads a workbook
    // without formulas, names or rules (the pane opening on an empty workbook) goes without it.
    const reads = batch.every((a) => a.name === "load" || a.name === "resolve");
    if (!formulaEngine() && (!reads || this.runtime.model.needsEngine())) await loadFormulaEngine();
    // A request that reaches Excel while a person edits a cell fails, unless the batch asked to
    // wait (Excel.RunOptions.delayForCellEdit, learn.microsoft.com "Delay execution while cell is
    // being edited"); then it runs when the edit ends.
    if (this.runtime.editing) {
      if (!this.delayForCellEdit)
        throw new HostApiError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
          "RequestContext.sync",
        );
      await this.runtime.editEnded();
    }
    if (bytes > REQUEST_LIMIT_BYTES)
      throw new HostApiError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit of ${REQUEST_LIMIT_BYTES} bytes.`,
        "RequestContext.sync",
      );
    this.runtime.responseBytes = 0;
    try {
      for (const action of batch) {
        try {
          action.run();
          if (action.member) this.runtime.recordCall(action.member);
        } catch (e) {
          if (e instanceof HostApiError) throw e;
          throw new HostApiError(
            "GeneralException",
            `${action.name} failed: ${(e as Error).message}`,
            `${action.path}.${action.name}`,
          );
        }
      }
    } finally {
      this.runtime.counters.recordResponse(this.runtime.responseBytes);
      this.runtime.afterRequest();
    }
    // Excel on the web caps responses at 5 MB too; what was loaded never reaches the add-in.
    if (this.runtime.responseBytes > REQUEST_LIMIT_BYTES)
      throw new HostApiError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${this.runtime.responseBytes} bytes) has exceeded the limit of ${REQUEST_LIMIT_BYTES} bytes.`,
        "RequestContext.sync",
      );
  }

  close(): void {
    this.closed = true;
  }

  reopen(): void {
    this.closed = false;
  }
}

/** A value returned by a method (getXml, getCount): readable after the sync that fetched it. */
export class HostClientResult<T> {
  private has = false;
  private v: T | undefined;

  constructor(private readonly runtime?: HostRuntime) {}

  set(v: T): void {
    this.v = v;
    this.has = true;
    if (this.runtime) this.runtime.responseBytes += jsonBytes(v);
  }

  get value(): T {
    if (!this.has)
      throw new HostApiError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        "ClientResult.value",
      );
    return this.v as T;
  }
}

type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

function loadList(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadList(s));
  return [...loadList(spec.select), ...loadList(spec.expand)];
}

/**
 * A proxy for one object of the workbook. `resolve` finds the object when the request runs (never
 * earlier), and returns null only for the *OrNullObject variants.
 */
export abstract class HostObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly ctx: RequestContextCore,
    readonly path: string,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {
    if (nullable)
      ctx.enqueue({
        name: "resolve",
        path,
        args: null,
        run: () => {
          this.nullState = this.resolver() === null;
        },
      });
  }

  protected abstract readonly className: string;
  /** Scalar properties `load()` may fetch. */
  protected abstract readonly scalars: readonly string[];
  protected abstract read(target: T, property: string): unknown;
  /** Navigation properties (format, protection, ...) that `load("format/fill/color")` walks. */
  protected child(_name: string): HostObject<unknown> | undefined {
    return undefined;
  }

  get context(): RequestContextCore {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject", this.className);
    return this.nullState;
  }

  /** The object, or ItemNotFound; for a null object too (Office cannot act on what is not there). */
  target(): T {
    const t = this.resolver();
    if (t === null)
      throw new HostApiError(
        "ItemNotFound",
        `The requested resource doesn't exist (${this.path}).`,
        this.path,
      );
    return t;
  }

  load(spec?: LoadSpec): this {
    const props = loadList(spec);
    this.ctx.enqueue({ name: "load", path: this.path, args: props, run: () => this.loadNow(props) });
    return this;
  }

  loadNow(props: string[]): void {
    if (this.nullable && this.resolver() === null) {
      this.nullState = true;
      return;
    }
    const t = this.target();
    const list = props.length === 0 ? [...this.scalars] : props;
    for (const p of list) {
      const slash = p.indexOf("/");
      const head = slash < 0 ? p : p.slice(0, slash);
      const rest = slash < 0 ? [] : [p.slice(slash + 1)];
      const nav = this.child(head);
      if (nav) nav.loadNow(rest);
      else if (this.scalars.includes(head) && slash < 0) {
        const value = this.read(t, head);
        this.loaded.set(head, value);
        this.ctx.runtime.responseBytes += jsonBytes(value);
      } else
        throw new HostApiError(
          "InvalidArgument",
          `Cannot load '${p}': ${this.className} has no such property.`,
          `${this.className}.load`,
        );
    }
  }

  protected get<V>(property: string): V {
    if (this.nullState === true)
      throw new HostApiError(
        "InvalidObjectPath",
        `The object is a null object; check isNullObject before reading '${property}'.`,
        `${this.className}.${property}`,
      );
    if (!this.loaded.has(property)) throw propertyNotLoaded(property, `${this.className}.${property}`);
    return this.loaded.get(property) as V;
  }

  protected queue(name: string, args: unknown, run: (target: T) => void): void {
    this.ctx.enqueue({
      name,
      path: this.path,
      args,
      run: () => run(this.target()),
      member: `${this.className}.${name}`,
    });
  }

  protected result<V>(name: string, args: unknown, compute: (target: T) => V): HostClientResult<V> {
    const r = new HostClientResult<V>(this.ctx.runtime);
    this.queue(name, args, (t) => r.set(compute(t)));
    return r;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
