// Microsoft's own Excel client library as a judge of the adapter's requests (issue #13): the
// library (npm @microsoft/office-js, dist/excel-web-16.00.debug.js) is loaded in Chromium with its
// requirement-set check on and its request executor replaced by a recorder; the adapter runs on it;
// each request is answered by replaying it on the in-browser host (bridge.ts). A member above the
// declared ExcelApi fails as in Excel (ApiNotFound, before any request is sent); every request that
// is sent is recorded with its real size, as the library serialised it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import type { Page } from "playwright-core";
import { createExcelHost } from "../../../src/playground/host";
import type { ExcelHost, HostOptions } from "../../../src/playground/host";
import { launchBrowser, ROOT } from "../../e2e/harness";
import { BridgeSession } from "./bridge";
import type { RequestBody } from "./bridge";

export const OFFICE_JS = join(
  ROOT,
  "node_modules",
  "@microsoft",
  "office-js",
  "dist",
  "excel-web-16.00.debug.js",
);

export interface RecordedRequest {
  /** Bytes of the request body as UTF-8, and its length in UTF-16 code units (a JS string's length). */
  utf8Bytes: number;
  utf16Units: number;
  actions: number;
}

export interface Outcome<T = unknown> {
  ok?: T;
  error?: { code: string; message: string };
  requests: RecordedRequest[];
}

export interface Judge {
  host: ExcelHost;
  /** Calls a port method in the page, on Microsoft's client library. */
  run<T = unknown>(
    method: string,
    args: unknown[],
    options?: { excelApi?: string; plant?: boolean },
  ): Promise<Outcome<T>>;
  /** Starts again on a fresh host (a new workbook). */
  reset(options?: HostOptions): void;
  close(): Promise<void>;
}

function bundle(): string {
  const out = buildSync({
    entryPoints: [join(__dirname, "page.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}

export async function startJudge(hostOptions: HostOptions = {}): Promise<Judge> {
  const browser = await launchBrowser();
  let host = createExcelHost(hostOptions);
  let sessions = new Map<number, BridgeSession>();
  let recorded: RecordedRequest[] = [];
  const page: Page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.exposeFunction("__richApi", async (session: number, flags: number, body: string) => {
    recorded.push({
      utf8Bytes: Buffer.byteLength(body, "utf8"),
      utf16Units: body.length,
      actions: (JSON.parse(body) as RequestBody).Actions.length,
    });
    let s = sessions.get(session);
    if (!s) sessions.set(session, (s = new BridgeSession(host)));
    return JSON.stringify(await s.execute(flags, JSON.parse(body) as RequestBody));
  });
  // A page of its own origin on localhost: the library reads sessionStorage (about:blank refuses it),
  // and the adapter hashes with crypto.subtle (only in a secure context, which localhost is).
  await page.route("http://localhost/office-js-judge/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>office-js judge</title>" }),
  );
  await page.goto("http://localhost/office-js-judge/");
  await page.addScriptTag({ content: readFileSync(OFFICE_JS, "utf8") });
  await page.addScriptTag({ content: bundle() });
  if (pageErrors.length > 0) throw new Error(`the judge's page failed to load: ${pageErrors.join("; ")}`);
  return {
    get host() {
      return host;
    },
    async run<T>(method: string, args: unknown[], options: { excelApi?: string; plant?: boolean } = {}) {
      recorded = [];
      // An expression, not a function: tsx (the bench) would wrap a function with helpers the page lacks.
      const opts = { excelApi: options.excelApi ?? "1.9", plant: options.plant ?? false };
      const raw = (await page.evaluate(
        `judge.run(${JSON.stringify(method)}, ${JSON.stringify(JSON.stringify(args))}, ${JSON.stringify(opts)})`,
      )) as string;
      await host.idle();
      return {
        ...(JSON.parse(raw) as { ok?: T; error?: { code: string; message: string } }),
        requests: recorded,
      };
    },
    reset(options: HostOptions = hostOptions) {
      host = createExcelHost(options);
      sessions = new Map();
    },
    close: () => browser.close(),
  };
}
