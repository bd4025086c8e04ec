// Where the pane's load goes (issue #15, pane.interactiveMs; DECISIONS D40, D46): loads a built
// playground in Chromium under a CDP trace (devtools timeline and V8's sampling profiler), each load
// from about:blank, and prints, from navigation start to the pane's "pane-interactive" mark or Setup's
// form in the page (whichever is later, so older builds compare), the main thread's tasks and where
// its JavaScript time went, mapped to source files through the build's source maps (`source-map`,
// a dev dependency of its own, at the version webpack's tools use). Not a bench: a tool to read one.
// Usage:
//   npx tsx bench/profile-pane.ts DIST [loads=5]
// where DIST is a folder with the playground's production build (index.html and its source maps),
// e.g. `webpack --config webpack.playground.config.js --mode production --output-path DIST`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SourceMapConsumer, type RawSourceMap } from "source-map";
import { launchBrowser, serve } from "../test/e2e/harness";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "v8",
  "blink.user_timing",
  "loading",
  "toplevel",
  // V8's sampling profiler; PANE_PROFILE_SAMPLES=0 leaves it out (it slows the page down).
  ...(process.env.PANE_PROFILE_SAMPLES === "0" ? [] : ["disabled-by-default-v8.cpu_profiler"]),
].join(",");

async function traceOneLoad(url: string, page: Page): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((res) => cdp.once("Tracing.tracingComplete", () => res()));
  await page.goto("about:blank");
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
  await page.goto(url);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("pane-interactive").length > 0 &&
      performance.getEntriesByName("setup-form").length > 0,
    null,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(300);
  await cdp.send("Tracing.end");
  await done;
  await cdp.detach();
  return events;
}

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const named = events.find(
    (e) =>
      e.name === "thread_name" &&
      (e.args as { name?: string })?.name === "CrRendererMain" &&
      events.some((x) => x.pid === e.pid && x.name === "pane-interactive"),
  );
  if (!named) throw new Error("no renderer main thread with the mark in the trace");
  return { pid: named.pid, tid: named.tid };
}

/** A source (package or file) whose functions are listed one by one (PANE_PROFILE_DETAIL=zod). */
const DETAIL = process.env.PANE_PROFILE_DETAIL ?? "";

const maps = new Map<string, SourceMapConsumer | null>();
async function mapperFor(dist: string, url: string): Promise<SourceMapConsumer | null> {
  const file = url.split("/").pop()?.split("?")[0] ?? "";
  if (!maps.has(file)) {
    try {
      const raw = JSON.parse(readFileSync(join(dist, `${file}.map`), "utf8")) as RawSourceMap;
      maps.set(file, await new SourceMapConsumer(raw));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file)!;
}

/** A source file as a short name: node_modules/<package>, or the path under src/. */
function sourceName(source: string | null, url: string): string {
  if (!source) return url.split("/").pop() || "(native)";
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return `pkg:${nm[1]}`;
  const src = /src\/(.*)$/.exec(source);
  return src ? src[1]! : source.replace(/^webpack:\/\/[^/]*\//, "");
}

/** What loads after the first add up to: self time by source, and the main thread's CPU time. */
const totals = { loads: 0, mainCpu: [] as number[], bySource: new Map<string, number>() };

async function analyse(dist: string, events: TraceEvent[], top: number, count: boolean): Promise<number> {
  const { pid, tid } = mainThread(events);
  const nav = events.find(
    (e) =>
      e.name === "navigationStart" &&
      e.pid === pid &&
      e.args?.data &&
      (e.args.data as { isLoadingMainFrame?: boolean }).isLoadingMainFrame !== false &&
      (e.args.data as { documentLoaderURL?: string }).documentLoaderURL?.includes("index.html"),
  );
  const mark = events.find((e) => e.name === "pane-interactive" && e.pid === pid);
  const form = events.find((e) => e.name === "setup-form" && e.pid === pid);
  if (!nav || !mark || !form) throw new Error("navigationStart or a mark is missing");
  const t0 = nav.ts;
  const t1 = Math.max(mark.ts, form.ts);
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(5);
  console.log(
    `pane-interactive at ${ms(mark.ts - t0)} ms, Setup's form in the page at ${ms(form.ts - t0)} ms`,
  );
  const main = events.filter(
    (e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.ts >= t0 && e.ts < t1,
  );
  const tasks = main.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");
  const busy = tasks.reduce((n, e) => n + (e.dur ?? 0), 0);
  console.log(`window ${ms(t1 - t0)} ms; main thread busy ${ms(busy)} ms in ${tasks.length} tasks`);
  // CPU time (thread time, which other processes on the machine do not inflate) of the renderer's
  // threads in the window: the outermost events of each thread, summed.
  const cpu = new Map<number, number>();
  const names = new Map(
    events
      .filter((e) => e.pid === pid && e.name === "thread_name")
      .map((e) => [e.tid, (e.args as { name?: string }).name ?? String(e.tid)]),
  );
  const byThread = new Map<number, TraceEvent[]>();
  for (const e of events)
    if (e.pid === pid && e.ph === "X" && e.ts >= t0 && e.ts < t1 && e.tdur !== undefined)
      byThread.set(e.tid, [...(byThread.get(e.tid) ?? []), e]);
  for (const [thread, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts);
    let end = 0;
    for (const e of list) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      cpu.set(thread, (cpu.get(thread) ?? 0) + (e.tdur ?? 0));
    }
  }
  console.log(
    `  CPU in the window: ${[...cpu]
      .sort((a, b) => b[1] - a[1])
      .filter(([, v]) => v > 2000)
      .map(([t, v]) => `${names.get(t) ?? t} ${(v / 1000).toFixed(0)}`)
      .join(", ")} ms`,
  );
  const kinds = new Map<string, number>();
  for (const e of main) {
    if (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") continue;
    if (
      ![
        "EvaluateScript",
        "v8.compile",
        "v8.compileModule",
        "FunctionCall",
        "TimerFire",
        "ParseHTML",
        "Layout",
        "UpdateLayoutTree",
        "Paint",
        "MajorGC",
        "MinorGC",
        "V8.GCScavenger",
        "V8.GCFinalizeMC",
        "RunMicrotasks",
        "FireAnimationFrame",
        "EventDispatch",
        "v8.run",
        "PrePaint",
        "Commit",
        "v8.parseOnBackground",
        "ScheduleStyleRecalculation",
        "HitTest",
        "v8.evaluateModule",
        "RecalculateStyles",
        "FireIdleCallback",
        "XHRReadyStateChange",
        "ResourceReceivedData",
      ].includes(e.name)
    )
      continue;
    kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0));
  }
  console.log("  by kind (nested events counted in each kind):");
  for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`   ${ms(v)}  ${k}`);
  // V8's samples: the profile's nodes and samples arrive in ProfileChunk events.
  const nodes = new Map<number, ProfileNode>();
  const samples: { node: number; ts: number }[] = [];
  const profile = events.find((e) => e.name === "Profile" && e.pid === pid);
  let ts = profile ? (profile.args!.data as { startTime: number }).startTime : 0;
  for (const e of events.filter((x) => x.name === "ProfileChunk" && x.pid === pid && x.id === profile?.id)) {
    const data = e.args!.data as {
      cpuProfile: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile.nodes ?? []) nodes.set(n.id, n);
    const s = data.cpuProfile.samples ?? [];
    const d = data.timeDeltas ?? [];
    for (let i = 0; i < s.length; i++) {
      ts += d[i] ?? 0;
      samples.push({ node: s[i]!, ts });
    }
  }
  // Each sample as a source name, and how long it stood for (until the next sample).
  const timed: { ts: number; dt: number; name: string }[] = [];
  for (let i = 0; i + 1 < samples.length; i++) {
    const s = samples[i]!;
    if (s.ts < t0 || s.ts >= t1) continue;
    const f = nodes.get(s.node)?.callFrame;
    if (!f) continue;
    let name = f.functionName || "(anonymous)";
    if (f.url) {
      const m = await mapperFor(dist, f.url);
      const o = m?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
      name = sourceName(o?.source ?? null, f.url);
      if (DETAIL && name.includes(DETAIL))
        name = `${o?.source?.replace(/^.*node_modules\//, "")}:${o?.line} ${o?.name ?? f.functionName}`;
    } else if (!["(program)", "(idle)", "(garbage collector)", "(root)"].includes(name))
      name = `native:${name}`;
    if (name !== "(idle)") timed.push({ ts: s.ts, dt: samples[i + 1]!.ts - s.ts, name });
  }
  const bySource = (from: number, to: number) => {
    const self = new Map<string, number>();
    for (const x of timed) if (x.ts >= from && x.ts < to) self.set(x.name, (self.get(x.name) ?? 0) + x.dt);
    return [...self].sort((a, b) => b[1] - a[1]);
  };

  console.log("  tasks over 4 ms (start, duration, what; over 15 ms: the sources sampled in it):");
  for (const t of tasks.filter((e) => (e.dur ?? 0) > 4000)) {
    const inner = main
      .filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 1000)
      .slice(0, 4)
      .map((e) => {
        const d = e.args?.data as { url?: string; functionName?: string } | undefined;
        const what = d?.url ? d.url.split("/").pop() : d?.functionName;
        return `${e.name}${what ? `(${what})` : ""} ${((e.dur ?? 0) / 1000).toFixed(0)}`;
      });
    console.log(`   ${ms(t.ts - t0)} ${ms(t.dur ?? 0)}  ${inner.join(", ")}`);
    if ((t.dur ?? 0) > 15000)
      console.log(
        `                ${bySource(t.ts, t.ts + (t.dur ?? 0))
          .slice(0, 6)
          .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
          .join(", ")}`,
      );
  }
  // PANE_PROFILE_SPAN=FROM-TO (ms after navigation start) narrows the summary to one stretch.
  const span = /^(\d+)-(\d+)$/.exec(process.env.PANE_PROFILE_SPAN ?? "");
  const all = bySource(span ? t0 + Number(span[1]) * 1000 : t0, span ? t0 + Number(span[2]) * 1000 : t1);
  const total = all.reduce((n, [, v]) => n + v, 0);
  console.log(`  JavaScript samples in the window, self time by source (${ms(total)} ms sampled):`);
  for (const [k, v] of all.slice(0, top)) console.log(`   ${ms(v)}  ${k}`);
  if (count) {
    totals.loads++;
    totals.mainCpu.push((cpu.get(tid) ?? 0) / 1000);
    for (const [k, v] of all) totals.bySource.set(k, (totals.bySource.get(k) ?? 0) + v);
  }
  return (t1 - t0) / 1000;
}

async function main(): Promise<void> {
  const dist = process.argv[2];
  if (!dist) throw new Error("usage: tsx bench/profile-pane.ts DIST [loads]");
  const loads = Number(process.argv[3] ?? 5);
  const site = await serve(dist);
  const browser = await launchBrowser();
  const marks: number[] = [];
  try {
    const page = await browser.context.newPage();
    // The moment Setup's form (its plan list) is in the page, whatever the build marks.
    await page.addInitScript({
      content: `globalThis.__name = (f) => f;
        new MutationObserver((_, o) => {
          if (document.querySelector("#pane select")) { performance.mark("setup-form"); o.disconnect(); }
        }).observe(document, { childList: true, subtree: true });`,
    });
    for (let i = 0; i < loads; i++) {
      const events = await traceOneLoad(`${site.url}index.html?fresh=${i}`, page);
      console.log(`\n=== load ${i + 1}`);
      marks.push(await analyse(dist, events, 25, i > 0));
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\nmarks: ${marks.map((m) => m.toFixed(0)).join(", ")}; median ${median(marks).toFixed(0)} ms`);
  if (totals.loads === 0) return;
  console.log(
    `loads 2-${loads}: main thread CPU median ${median(totals.mainCpu).toFixed(0)} ms ` +
      `[${totals.mainCpu.map((x) => x.toFixed(0)).join(" ")}]; self time by source, per load:`,
  );
  for (const [k, v] of [...totals.bySource].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`   ${(v / 1000 / totals.loads).toFixed(1).padStart(6)}  ${k}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
