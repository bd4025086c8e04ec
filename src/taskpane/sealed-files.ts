// What the pane needs to read the sealed files a person picks at Setup, handed in by the entry
// point: the pane may not import src/xlsx (DESIGN §2), where the readers the CLI uses live
// (`template --previous`, `template --registration`); the entry passes a loader that fetches them
// as one chunk when a file is picked.
import type { Plan, UnitProfile } from "../domain/plan";
import type { PrefillResult } from "../domain/prefill";
import type { RegisteredTargetsResult } from "../domain/registration";

export interface SealedFileReader {
  /** Last year's submission, read as the ministry reads one, then checked against this report. */
  lastYearFromFile(bytes: Uint8Array, plan: Plan, unit: UnitProfile): Promise<PrefillResult>;
  /** The unit's sealed registration: verified, and the same unit, plan and year, or refused. */
  registrationFromFile(bytes: Uint8Array, plan: Plan, unit: UnitProfile): Promise<RegisteredTargetsResult>;
}

export type LoadSealedFileReader = () => Promise<SealedFileReader>;
