// A sealed file a unit hands back to the product as input (last year's submission, its own
// registration): one reading for the CLI's package and the pane's picked bytes. The file is read
// and cross-checked as the ministry reads a submission (its hash, the seal, the data sheet); what it
// then gives is the caller's judgement. Every refusal is a reason in both languages.
import type { Plan, Text } from "../domain/plan";
import type { Submission } from "../domain/submission";
import { LeanWorkbook } from "../ooxml/lean-reader";
import type { XlsxParts } from "../ooxml/parts";
import { Rejection } from "../ooxml/rejection";
import { isSubmissionWorkbook, readSubmission, type SubmissionRead } from "./submission-reader";
import { zipParts } from "./zip-parts";

export interface Refusal {
  ok: false;
  problems: Text[];
}

export interface SealedInput<R> {
  /** Why a workbook without a seal is refused, e.g. "this is not a sealed submission". */
  notSealed: Text;
  /** The plan the sealed JSON is checked against, or null when it is not this plan's. */
  planFor(sub: Submission): Plan | null;
  judge(read: SubmissionRead): R;
}

export async function readSealedInput<R>(parts: XlsxParts, input: SealedInput<R>): Promise<R | Refusal> {
  try {
    const wb = new LeanWorkbook(parts);
    if (!isSubmissionWorkbook(wb)) return { ok: false, problems: [input.notSealed] };
    return input.judge(await readSubmission(wb, input.planFor));
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, problems: [{ vi: e.vi, en: e.message }] };
    throw e;
  }
}

/** The same, from the bytes of a file a person picked (in a browser: no Node there). */
export async function readSealedBytes<R>(bytes: Uint8Array, input: SealedInput<R>): Promise<R | Refusal> {
  let parts: XlsxParts;
  try {
    parts = await zipParts(bytes);
  } catch (e) {
    if (e instanceof Rejection) return { ok: false, problems: [{ vi: e.vi, en: e.message }] };
    throw e;
  }
  return readSealedInput(parts, input);
}
