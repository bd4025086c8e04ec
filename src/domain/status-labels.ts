// The words the sheet shows for each status (DECISIONS D2); formulas emit these, readers map them back.
import type { Status } from "./entry";
import type { DocumentKind } from "./registration";

export type LabelLanguage = "vi" | "en";

export const STATUS_LABELS: Record<LabelLanguage, Record<Status, string>> = {
  vi: {
    exceeded: "Vượt",
    met: "Đạt",
    shortfall: "Chưa đạt",
    "not-due": "Chưa đến hạn",
    reported: "Đã báo cáo",
    missing: "Chưa nhập",
    invalid: "Không hợp lệ",
    "not-applicable": "Không áp dụng",
  },
  en: {
    exceeded: "Exceeded",
    met: "Met",
    shortfall: "Shortfall",
    "not-due": "Not yet due",
    reported: "Reported",
    missing: "Missing",
    invalid: "Invalid",
    "not-applicable": "Not applicable",
  },
};

/**
 * A registration's commitment below the plan's target is not a year-end shortfall: nothing has
 * failed yet, the unit only promises less than the plan asks, and explains why (a warning, D37).
 * An empty row registers nothing. Their own words (DECISIONS D42); every other status reads as at
 * year end.
 */
export const REGISTRATION_STATUS_LABELS: Record<LabelLanguage, Partial<Record<Status, string>>> = {
  vi: { shortfall: "Thấp hơn KH", missing: "Chưa đăng ký" },
  en: { shortfall: "Below plan", missing: "Not registered" },
};

/**
 * The words a document of `kind` shows for each status: the one answer the sheet's formulas, its
 * conditional formats, the pane and the sealed file's report sheet all ask (D42).
 */
export function statusLabels(lang: LabelLanguage, kind?: DocumentKind): Record<Status, string> {
  return kind === "registration"
    ? { ...STATUS_LABELS[lang], ...REGISTRATION_STATUS_LABELS[lang] }
    : STATUS_LABELS[lang];
}

/**
 * The status a label stands for, in either language and either document's words, ignoring case and
 * surrounding space.
 */
export function statusFromLabel(label: unknown): Status | null {
  if (typeof label !== "string") return null;
  const key = label.trim().toLowerCase();
  for (const lang of ["vi", "en"] as const) {
    for (const words of [STATUS_LABELS[lang], REGISTRATION_STATUS_LABELS[lang]]) {
      for (const [status, text] of Object.entries(words)) {
        if (text.toLowerCase() === key) return status as Status;
      }
    }
  }
  return null;
}

/** Tokens a person may type in a value cell (DECISIONS D1), compared ignoring case and spaces. */
export const NOT_APPLICABLE_TOKENS = ["Không áp dụng", "N/A", "KAD"] as const;
// The first and third of each stay the drop-down's words (vi, en); new words go at the end.
export const DONE_TOKENS = ["Có", "Đã thực hiện", "Yes", "Done", "Đã hoàn thành"] as const;
/**
 * "Not done": a shortfall with an explanation on a yes/no task and on a milestone (issue #12 item
 * 2), never invalid; a milestone that was done is answered with its completion date instead.
 */
export const NOT_DONE_TOKENS = ["Không", "Chưa thực hiện", "No", "Not done", "Chưa hoàn thành"] as const;
