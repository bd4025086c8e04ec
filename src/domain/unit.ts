// Unit types as people name them, and the shape of the code that identifies a unit.
import type { Text, UnitType } from "./plan";

export const UNIT_TYPE_LABELS: Readonly<Record<UnitType, Text>> = {
  "ministry-agency": { vi: "Cơ quan, đơn vị thuộc Bộ", en: "Agency or unit under the ministry" },
  "provincial-department": {
    vi: "Sở Thông tin và Truyền thông",
    en: "Provincial Department of Information and Communications",
  },
  "postal-enterprise": { vi: "Doanh nghiệp bưu chính", en: "Postal enterprise" },
  "telecom-enterprise": { vi: "Doanh nghiệp viễn thông", en: "Telecommunications enterprise" },
  "digital-enterprise": { vi: "Doanh nghiệp công nghệ số", en: "Digital-technology enterprise" },
  "press-agency": { vi: "Cơ quan báo chí", en: "Press agency" },
  broadcaster: { vi: "Đài phát thanh, truyền hình", en: "Radio or television broadcaster" },
  publisher: { vi: "Nhà xuất bản", en: "Publisher" },
};

/**
 * Electronic identifier of an agency (QCVN 102:2016/BTTTT, Appendix D): four groups joined by dots,
 * written lowest level first: level 4 (3 digits), level 3 (2 digits), level 2 (2 digits), level 1
 * (one capital letter and 2 digits: G.. for central bodies, H.. for provinces). Published codes
 * have this shape: 000.00.00.G12 (Ministry of Finance), 000.00.18.G12 (General Department of
 * Taxation), 000.00.00.H26 (a provincial People's Committee), 000.00.04.G14. The lower groups are
 * digits in every published code seen, so a letter there (an O for a 0) is rejected.
 */
const ELECTRONIC_ID = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/**
 * Enterprise code: since 2015 the enterprise code is the tax code, 10 digits; a branch or dependent
 * unit has 13, written 10 digits, a dash and 3 digits (0100109106-001), or sometimes without the
 * dash. The check digit is not verified: a wrong rule would reject real codes, and the ministry
 * matches codes against its register anyway.
 */
const ENTERPRISE_CODE = /^(?:\d{10}|\d{10}-\d{3}|\d{13})$/;

type CodeKind = "electronic" | "enterprise" | "either";

const CODE_KIND: Readonly<Record<UnitType, CodeKind>> = {
  "ministry-agency": "electronic",
  "provincial-department": "electronic",
  "postal-enterprise": "enterprise",
  "telecom-enterprise": "enterprise",
  "digital-enterprise": "enterprise",
  // Press agencies, broadcasters and publishers are public bodies with an electronic identifier
  // or companies with an enterprise code, depending on how they are organised.
  "press-agency": "either",
  broadcaster: "either",
  publisher: "either",
};

const EXPECTED: Readonly<Record<CodeKind, Text>> = {
  electronic: {
    vi: "mã định danh điện tử theo QCVN 102:2016/BTTTT, dạng 000.00.00.H26",
    en: "an electronic identifier per QCVN 102:2016/BTTTT, shaped like 000.00.00.H26",
  },
  enterprise: {
    vi: "mã số doanh nghiệp gồm 10 chữ số (0100109106) hoặc 13 chữ số (0100109106-001)",
    en: "an enterprise code of 10 digits (0100109106) or 13 digits (0100109106-001)",
  },
  either: {
    vi: "mã định danh điện tử (dạng 000.00.00.H26) hoặc mã số doanh nghiệp (10 hoặc 13 chữ số, ví dụ 0100109106)",
    en: "an electronic identifier (shaped like 000.00.00.H26) or an enterprise code (10 or 13 digits, e.g. 0100109106)",
  },
};

function fits(code: string, kind: CodeKind): boolean {
  if (kind === "electronic") return ELECTRONIC_ID.test(code);
  if (kind === "enterprise") return ENTERPRISE_CODE.test(code);
  return ELECTRONIC_ID.test(code) || ENTERPRISE_CODE.test(code);
}

/** Null when the code has the shape its unit type uses; otherwise what was expected, with an example. */
export function checkUnitCode(code: string, unitType: UnitType): Text | null {
  const kind = CODE_KIND[unitType];
  const expected = EXPECTED[kind];
  const label = UNIT_TYPE_LABELS[unitType];
  const trimmed = code.trim();
  if (trimmed === "")
    return {
      vi: `Chưa nhập mã đơn vị. ${label.vi} cần ${expected.vi}.`,
      en: `The unit code is missing. A unit of type "${label.en}" needs ${expected.en}.`,
    };
  if (fits(trimmed, kind)) return null;
  // The two slips worth naming: a lower-case letter, and spaces or dots inside a tax code.
  const upper = trimmed.toUpperCase();
  const digits = trimmed.replace(/[\s.]/g, "");
  const guess =
    upper !== trimmed && fits(upper, kind) ? upper : digits !== trimmed && fits(digits, kind) ? digits : "";
  return {
    vi: `Mã "${trimmed}" không đúng dạng. ${label.vi} cần ${expected.vi}.${guess ? ` Có phải là "${guess}"?` : ""}`,
    en: `The code "${trimmed}" has the wrong shape. A unit of type "${label.en}" needs ${expected.en}.${guess ? ` Did you mean "${guess}"?` : ""}`,
  };
}
