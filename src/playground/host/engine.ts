// HyperFormula, the host's formula engine, as a module loaded on demand. It is most of the
// playground's code (about 1 MB minified), and a workbook without formulas never needs it, so the
// page does not wait for it (pane.interactiveMs, DECISIONS D35): the playground starts loading it
// once the pane is interactive, and anything that needs it first waits for it (a request that
// writes, a saved or opened workbook with formulas). The tests, and every other user of
// createExcelHost() through src/playground/host, have it at once (index.ts provides it).
import type * as HyperFormulaModule from "hyperformula";

export type FormulaEngineModule = typeof HyperFormulaModule;

let engine: FormulaEngineModule | null = null;
let loading: Promise<FormulaEngineModule> | null = null;

/** The engine's module, or null while it is not loaded. */
export function formulaEngine(): FormulaEngineModule | null {
  return engine;
}

/** Makes the engine available at once (the eager entry point, src/playground/host/index.ts). */
export function provideFormulaEngine(module: FormulaEngineModule): void {
  engine = module;
}

/** Loads the engine (once); resolves at once when it is there. */
export function loadFormulaEngine(): Promise<FormulaEngineModule> {
  if (engine) return Promise.resolve(engine);
  loading ??= import(/* webpackChunkName: "formula-engine" */ "hyperformula").then(
    (m) => (engine = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** For tests of the lazy path: forget the engine, as a page that has not loaded it yet. */
export function forgetFormulaEngine(): void {
  engine = null;
  loading = null;
}
