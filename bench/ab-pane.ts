// A/B of playground builds (issue #15): alternates loads of each build (about:blank between), and
// records for each load the pane's mark, the moment Setup's form (its plan list) is in the page and
// the moment the grid's first cell is.
//   npx tsx bench/ab-pane.ts ROUNDS DIST_A DIST_B ...
import { launchBrowser, serve } from "../test/e2e/harness";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const [roundsArg, ...dirs] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  const sites = await Promise.all(dirs.map((d) => serve(d)));
  const browser = await launchBrowser();
  const marks: number[][] = dirs.map(() => []);
  const forms: number[][] = dirs.map(() => []);
  const grids: number[][] = dirs.map(() => []);
  try {
    const page = await browser.context.newPage();
    await page.addInitScript({
      content: `globalThis.__name = (f) => f;
        new MutationObserver((_, o) => {
          if (!globalThis.__form && document.querySelector("#pane select")) globalThis.__form = performance.now();
          if (!globalThis.__grid && document.querySelector("#grid [data-address]")) globalThis.__grid = performance.now();
          if (globalThis.__form && globalThis.__grid) o.disconnect();
        }).observe(document, { childList: true, subtree: true });`,
    });
    for (let r = 0; r < rounds; r++)
      for (let i = 0; i < dirs.length; i++) {
        await page.goto("about:blank");
        await page.goto(`${sites[i]!.url}index.html?fresh=${r}`);
        await page.waitForFunction(
          () =>
            performance.getEntriesByName("pane-interactive").length > 0 &&
            (globalThis as { __form?: number }).__form,
          null,
          { timeout: 20_000 },
        );
        const [m, f, g] = await page.evaluate(() => [
          performance.getEntriesByName("pane-interactive")[0]!.startTime,
          (globalThis as unknown as { __form: number }).__form,
          (globalThis as unknown as { __grid: number }).__grid,
        ]);
        marks[i]!.push(m!);
        forms[i]!.push(f!);
        grids[i]!.push(g!);
      }
  } finally {
    await browser.close();
    await Promise.all(sites.map((s) => s.close()));
  }
  dirs.forEach((d, i) =>
    console.log(
      `${d}: mark median ${median(marks[i]!).toFixed(0)} [${marks[i]!.map((x) => x.toFixed(0)).join(" ")}]; form median ${median(forms[i]!).toFixed(0)} [${forms[i]!.map((x) => x.toFixed(0)).join(" ")}]; grid median ${median(grids[i]!).toFixed(0)}`,
    ),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
