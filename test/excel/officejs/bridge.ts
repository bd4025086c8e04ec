// Answers the requests Microsoft's Excel client library (npm @microsoft/office-js) builds, by
// replaying them on the in-browser host: each object path becomes the host's proxy of the same
// name, each action is queued on it, one host sync per request, and the loaded values go back in
// the client's own response shape (PascalCase properties, "_Items" for collections, null for a
// null object). So the adapter runs unchanged on Microsoft's client, and every request it sends
// is one that client accepted and serialised. Only what the adapter's batches use is covered;
// anything else is answered with an error naming it, never guessed.
import { HostRequestContext } from "../../../src/playground/host/runtime";
import type { ExcelHost } from "../../../src/playground/host";

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; Location: string; HttpStatusCode: number };
}

const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
const PATH = { global: 1, method: 3, property: 4, indexer: 5 } as const;
/** Excel.run({ delayForCellEdit: true }) sets this request flag (the client library's onBeforeExcelRun). */
const DELAY_FOR_CELL_EDIT = 64;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- host proxies are reached by name
type Obj = any;

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

class Unsupported extends Error {
  readonly code = "NotImplemented";
}

function isCollection(o: Obj): boolean {
  try {
    return typeof o?.className === "string" && o.className.endsWith("Collection");
  } catch {
    // Plain-data objects of the host (page layout) refuse reads they do not cover.
    return false;
  }
}

/** Whether a proxy that may be a null object turned out to be one (readable after the sync). */
function isNull(o: Obj): boolean {
  try {
    return o?.isNullObject === true;
  } catch {
    return false;
  }
}

/** The loaded values of `o` for `select` (the client's "a/b" paths), as the client reads a result. */
function serialise(o: Obj, select: string[] | undefined): unknown {
  if (isNull(o)) return null;
  if (isCollection(o)) {
    const items: Obj[] = o.items;
    return { _Items: items.map((item) => serialise(item, select)) };
  }
  const paths = select && select.length > 0 ? select : Object.keys(o.toJSON());
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const parts = path.split("/");
    let source = o;
    let target = out;
    parts.forEach((part, i) => {
      const key = pascal(part);
      source = source[part];
      if (i === parts.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

/** One client request context, answered by one host request context. */
export class BridgeSession {
  private readonly ctx: HostRequestContext;
  private readonly objects = new Map<number, Obj>();
  private paths = new Map<number, ObjectPathInfo>();

  constructor(private readonly host: ExcelHost) {
    this.ctx = new HostRequestContext(host.runtime);
  }

  async execute(flags: number, body: RequestBody): Promise<ResponseBody> {
    for (const p of Object.values(body.ObjectPaths ?? {})) this.paths.set(p.Id, p);
    this.ctx.delayForCellEdit = (flags & DELAY_FOR_CELL_EDIT) !== 0;
    const results: { ActionId: number; Value: unknown }[] = [];
    const after: (() => void)[] = [];
    try {
      for (const a of body.Actions ?? []) this.queue(a, results, after);
      await this.ctx.sync();
      for (const f of after) f();
      return { Results: results };
    } catch (e) {
      const err = e as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
      return {
        Error: {
          Code: err.code ?? "GeneralException",
          Message: err.message ?? String(e),
          Location: err.debugInfo?.errorLocation ?? "",
          HttpStatusCode: 400,
        },
      };
    }
  }

  private queue(a: ActionInfo, results: { ActionId: number; Value: unknown }[], after: (() => void)[]): void {
    switch (a.ActionType) {
      case ACTION.instantiate: {
        const o = this.resolve(a.ObjectPathId);
        after.push(() => results.push({ ActionId: a.Id, Value: isNull(o) ? null : {} }));
        return;
      }
      case ACTION.query: {
        const o = this.resolve(a.ObjectPathId);
        const select = [...(a.QueryInfo?.Select ?? []), ...(a.QueryInfo?.Expand ?? [])];
        const load = isCollection(o) ? select.map((p) => `items/${p}`) : select;
        o.load(load.length > 0 ? load.join(",") : undefined);
        after.push(() => results.push({ ActionId: a.Id, Value: serialise(o, select) }));
        return;
      }
      case ACTION.method: {
        // The client's own bookkeeping of references: nothing for the workbook to do.
        if (a.Name.startsWith("_")) return;
        const o = this.resolve(a.ObjectPathId);
        const result = this.call(o, a.Name, a.ArgumentInfo);
        if (result && typeof result === "object" && "value" in result)
          after.push(() => results.push({ ActionId: a.Id, Value: (result as { value: unknown }).value }));
        return;
      }
      case ACTION.setProperty: {
        const o = this.resolve(a.ObjectPathId);
        o[camel(a.Name)] = this.args(a.ArgumentInfo)[0];
        return;
      }
      default:
        throw new Unsupported(`action type ${a.ActionType} (${a.Name})`);
    }
  }

  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
      if (typeof id === "number" && id !== 0) args[i] = this.resolve(id);
    });
    // The client sends null for an argument left out; the host's optional parameters want undefined.
    while (args.length > 0 && (args[args.length - 1] === null || args[args.length - 1] === undefined))
      args.pop();
    return args.map((x) => (x === null ? undefined : x));
  }

  private call(o: Obj, name: string, info: ArgumentInfo | undefined): unknown {
    const method = o?.[camel(name)];
    if (typeof method !== "function") throw new Unsupported(`${o?.className ?? "object"}.${name}`);
    return method.apply(o, this.args(info));
  }

  private resolve(id: number): Obj {
    if (this.objects.has(id)) return this.objects.get(id);
    const p = this.paths.get(id);
    if (!p) throw new Unsupported(`object path ${id}`);
    let o: Obj;
    switch (p.ObjectPathType) {
      case PATH.global:
        o = this.ctx.workbook;
        break;
      case PATH.property: {
        const parent = this.resolve(p.ParentObjectPathId!);
        o = parent[camel(p.Name)];
        if (o === undefined) throw new Unsupported(`${parent?.className ?? "object"}.${p.Name}`);
        break;
      }
      case PATH.method: {
        const parent = this.resolve(p.ParentObjectPathId!);
        o =
          p.Name === "CreateWorkbook"
            ? this.newWorkbook(this.args(p.ArgumentInfo)[0] as string)
            : this.call(parent, p.Name, p.ArgumentInfo);
        break;
      }
      case PATH.indexer:
        o = this.call(this.resolve(p.ParentObjectPathId!), "GetItem", p.ArgumentInfo);
        break;
      default:
        throw new Unsupported(`object path type ${p.ObjectPathType}`);
    }
    this.objects.set(id, o);
    return o;
  }

  /** Application.createWorkbook(base64).open(): what Excel.createWorkbook sends. */
  private newWorkbook(base64: string): Obj {
    return {
      className: "WorkbookCreated",
      open: () => {
        this.ctx.enqueue({
          name: "open",
          path: "workbook.application.createWorkbook().open()",
          args: null,
          run: () => {
            if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || !base64.startsWith("UEsDB"))
              throw new Error("The workbook is not a base64-encoded .xlsx file.");
            this.host.openedWorkbooks.push(base64);
          },
        });
      },
    };
  }
}
