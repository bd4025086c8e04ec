// Every sentence the assessment can say, in Vietnamese and English, in one place. Each names the
// indicator as an accountant knows it (the template row's STT and the short name; the id after the
// name where no row is known, for the ministry) and says what was expected. Built only when an
// issue is raised.
import type { Severity, EntryPart } from "./entry";

/** What a message may quote. Values are already formatted for the message's language. */
export interface MessageParams {
  id: string;
  name: string;
  /** The row's number (STT) in the unit's template, or 0 when the message is not about a template row. */
  stt: number;
  /** What the indicator takes, e.g. "một số nguyên ≥ 0 (điểm)". */
  expected: string;
  /** The target as text, e.g. "≥ 27.000 điểm". */
  target: string;
  /** What the cell holds, quoted or formatted. */
  shown: string;
  /** A likely fix, formatted, or "". */
  suggestion: string;
  /** Bounds as text, e.g. "0% – 100%". */
  range: string;
  /** The plan's id, for template problems. */
  plan: string;
  /** The base of a growth indicator's previous level, e.g. "năm trước", "năm 2020" (growth.ts). */
  base?: string;
}

type Sentence = (p: MessageParams) => string;
export interface MessageTemplate {
  code: string;
  severity: Severity;
  part: EntryPart;
  vi: Sentence;
  en: Sentence;
}

// "5. Số xã có điểm phục vụ…" as in the sheet's STT and Chỉ tiêu columns; without a row, the name
// then the id, which a ministry's reader matches against the plan.
const vi = (p: MessageParams): string => (p.stt ? `${p.stt}. ${p.name}` : `Chỉ tiêu “${p.name}” (${p.id})`);
const en = (p: MessageParams): string => (p.stt ? `${p.stt}. ${p.name}` : `Indicator “${p.name}” (${p.id})`);
const viHint = (p: MessageParams): string => (p.suggestion ? ` Có phải ý bạn là ${p.suggestion}?` : "");
const enHint = (p: MessageParams): string => (p.suggestion ? ` Did you mean ${p.suggestion}?` : "");

export const MESSAGES = {
  missing: {
    code: "value.missing",
    severity: "error",
    part: "value",
    vi: (p) => `${vi(p)}: chưa nhập giá trị. Hãy nhập ${p.expected}.`,
    en: (p) => `${en(p)}: no value entered. Enter ${p.expected}.`,
  },
  cellError: {
    code: "value.error",
    severity: "error",
    part: "value",
    vi: (p) => `${vi(p)}: ô giá trị đang có lỗi Excel ${p.shown}. Hãy sửa công thức hoặc nhập ${p.expected}.`,
    en: (p) =>
      `${en(p)}: the value cell holds the Excel error ${p.shown}. Fix the formula or enter ${p.expected}.`,
  },
  textNumber: {
    code: "value.text-number",
    severity: "error",
    part: "value",
    vi: (p) => `${vi(p)}: '${p.shown}' đang là văn bản, không phải số. Hãy nhập số ${p.suggestion}.`,
    en: (p) => `${en(p)}: '${p.shown}' is text, not a number. Enter the number ${p.suggestion}.`,
  },
  textDate: {
    code: "value.text-number",
    severity: "error",
    part: "value",
    vi: (p) => `${vi(p)}: '${p.shown}' đang là văn bản, không phải ngày. Hãy nhập ngày ${p.suggestion}.`,
    en: (p) => `${en(p)}: '${p.shown}' is text, not a date. Enter the date ${p.suggestion}.`,
  },
  wrongType: {
    code: "value.wrong-type",
    severity: "error",
    part: "value",
    vi: (p) => `${vi(p)}: '${p.shown}' không phải giá trị hợp lệ. Cần nhập ${p.expected}.`,
    en: (p) => `${en(p)}: '${p.shown}' is not a valid value. Expected ${p.expected}.`,
  },
  outOfBounds: {
    code: "value.out-of-bounds",
    severity: "error",
    part: "value",
    vi: (p) =>
      `${vi(p)}: ${p.shown} nằm ngoài giới hạn cho phép (${p.range}). Cần nhập ${p.expected}.${viHint(p)}`,
    en: (p) =>
      `${en(p)}: ${p.shown} is outside the allowed range (${p.range}). Expected ${p.expected}.${enHint(p)}`,
  },
  notWhole: {
    code: "value.not-whole",
    severity: "error",
    part: "value",
    vi: (p) => `${vi(p)}: ${p.shown} không phải số nguyên. Cần nhập ${p.expected}.${viHint(p)}`,
    en: (p) => `${en(p)}: ${p.shown} is not a whole number. Expected ${p.expected}.${enHint(p)}`,
  },
  implausible: {
    code: "value.implausible",
    severity: "warning",
    part: "value",
    vi: (p) =>
      `${vi(p)}: ${p.shown} nằm ngoài khoảng thường gặp (${p.range}). Hãy kiểm tra lại giá trị.${viHint(p)}`,
    en: (p) =>
      `${en(p)}: ${p.shown} is outside the usual range (${p.range}). Please check the value.${enHint(p)}`,
  },
  percentSlip: {
    code: "value.implausible",
    severity: "warning",
    part: "value",
    vi: (p) =>
      `${vi(p)}: ${p.shown} thấp hơn rất nhiều so với chỉ tiêu ${p.target}. Trong ô phần trăm, Excel hiểu số nhỏ hơn 1 gõ có số 0 đứng đầu (như 0,8) là 0,8%; để nhập 80% hãy gõ 80 hoặc 80%.${viHint(p)}`,
    en: (p) =>
      `${en(p)}: ${p.shown} is far below the target ${p.target}. In a percent cell Excel reads a number below 1 typed with its leading zero (such as 0.8) as 0.8%; to enter 80%, type 80 or 80%.${enHint(p)}`,
  },
  thousandsSlip: {
    code: "value.implausible",
    severity: "warning",
    part: "value",
    vi: (p) =>
      `${vi(p)}: ${p.shown} thấp hơn rất nhiều so với chỉ tiêu ${p.target}. Nếu bạn dùng dấu chấm hoặc dấu phẩy để tách hàng nghìn, Excel có thể đã hiểu đó là dấu thập phân (theo cài đặt vùng của máy); hãy gõ số không có dấu tách hàng nghìn.${viHint(p)}`,
    en: (p) =>
      `${en(p)}: ${p.shown} is far below the target ${p.target}. If you separated thousands with a dot or a comma, Excel may have read it as the decimal separator (your computer's regional settings); type the number without a thousands separator.${enHint(p)}`,
  },
  shortfallExplanation: {
    code: "explanation.required",
    severity: "error",
    part: "explanation",
    vi: (p) =>
      `${vi(p)}: kết quả ${p.shown} chưa đạt chỉ tiêu ${p.target}. Hãy ghi giải trình lý do chưa đạt.`,
    en: (p) =>
      `${en(p)}: the result ${p.shown} falls short of the target ${p.target}. Write an explanation of why.`,
  },
  notApplicableExplanation: {
    code: "explanation.required",
    severity: "error",
    part: "explanation",
    vi: (p) =>
      `${vi(p)}: được ghi là Không áp dụng. Hãy ghi giải trình vì sao chỉ tiêu không áp dụng với đơn vị.`,
    en: (p) => `${en(p)}: marked Not applicable. Write an explanation of why it does not apply to the unit.`,
  },
  returned: {
    code: "review.returned",
    severity: "error",
    part: "review",
    vi: (p) =>
      `${vi(p)}: người thẩm định đã trả lại${p.shown}. Hãy trả lời ở cột "Trả lời của đơn vị" hoặc sửa kết quả.`,
    en: (p) =>
      `${en(p)}: returned by the reviewer${p.shown}. Answer in the "Unit's reply" column or correct the value.`,
  },
  notApplicableUnearned: {
    code: "value.not-applicable-unaccepted",
    severity: "error",
    part: "value",
    vi: (p) =>
      `${vi(p)}: kế hoạch không dự kiến loại đơn vị này được ghi Không áp dụng. Hãy nhập kết quả (hoặc "Chưa thực hiện" kèm giải trình), hoặc đề nghị người thẩm định chấp nhận giải trình (Ý kiến thẩm định: Chấp nhận); nếu chưa được chấp nhận, chỉ tiêu được tính 0 điểm.`,
    en: (p) =>
      `${en(p)}: the plan does not foresee Not applicable for this unit type. Enter the result (or "Not done" with an explanation), or ask the reviewer to accept the explanation (review decision: Accepted); until then the indicator scores zero.`,
  },
  // The "Năm trước" cell of a growth indicator (issue #12 item 4): `expected` is the level's.
  previousMissing: {
    code: "previous.missing",
    severity: "error",
    part: "previous",
    vi: (p) =>
      `${vi(p)}: chưa nhập số liệu ${p.base} ở cột "Năm trước". Tốc độ tăng được tính từ hai mức, số năm nay ở cột "Kết quả" và số ${p.base}: hãy nhập ${p.expected}.`,
    en: (p) =>
      `${en(p)}: no figure for ${p.base} in the "Previous" column. The growth is computed from two levels, this year's in "Result" and that of ${p.base}: enter ${p.expected}.`,
  },
  previousInvalid: {
    code: "previous.invalid",
    severity: "error",
    part: "previous",
    vi: (p) =>
      `${vi(p)}: ô "Năm trước" ghi '${p.shown}', không phải số liệu ${p.base} hợp lệ (${p.range}). Cần nhập ${p.expected}.${viHint(p)}`,
    en: (p) =>
      `${en(p)}: the "Previous" cell holds '${p.shown}', not a valid figure for ${p.base} (${p.range}). Expected ${p.expected}.${enHint(p)}`,
  },
  previousZero: {
    code: "previous.zero",
    severity: "error",
    part: "previous",
    vi: (p) =>
      `${vi(p)}: số liệu ${p.base} bằng 0 nên không tính được tốc độ tăng (không chia được cho 0). Hãy kiểm tra số liệu; nếu đúng là 0, ghi Không áp dụng kèm giải trình để người thẩm định xem xét.`,
    en: (p) =>
      `${en(p)}: the figure for ${p.base} is 0, so no growth rate can be computed (no division by 0). Check the figure; if it really is 0, answer Not applicable with an explanation for the reviewer.`,
  },
  formulaInput: {
    code: "template.formula-in-input",
    severity: "error",
    part: "value",
    vi: (p) =>
      `${vi(p)}: ô ${p.shown} chứa công thức. Ô nhập liệu chỉ chứa điều đơn vị gõ (Bộ cũng từ chối công thức): hãy gõ lại, hoặc giữ giá trị ô đang hiện thay cho công thức.`,
    en: (p) =>
      `${en(p)}: cell ${p.shown} holds a formula. An input cell holds only what the unit typed (the ministry refuses formulas too): type it again, or keep the value the cell shows instead of the formula.`,
  },
  unknownIndicator: {
    code: "template.unknown-indicator",
    severity: "error",
    part: "template",
    vi: (p) =>
      `Mã chỉ tiêu '${p.id}' không có trong kế hoạch ${p.plan}. Hãy dùng đúng mẫu báo cáo của kế hoạch này.`,
    en: (p) => `Indicator id '${p.id}' is not in plan ${p.plan}. Use the report template of this plan.`,
  },
  duplicateIndicator: {
    code: "template.duplicate-indicator",
    severity: "error",
    part: "template",
    vi: (p) => `${vi(p)}: có nhiều hơn một dòng cho chỉ tiêu này; chỉ dòng đầu tiên được tính.`,
    en: (p) => `${en(p)}: more than one row for this indicator; only the first one counts.`,
  },
} as const satisfies Record<string, MessageTemplate>;

export type MessageKey = keyof typeof MESSAGES;

/** Every issue code the assessment can raise, for documentation and for readers of submissions. */
export const ISSUE_CODES = [...new Set(Object.values(MESSAGES).map((m) => m.code))];
