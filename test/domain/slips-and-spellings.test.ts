// Issue #13 in the assessment: a shortfall that a separator slip explains is a warning with the
// number meant (0.8 typed into a percent cell, "27.000" read as 27 where the dot is the decimal
// point); a token typed decomposed (Unikey's "Unicode tổ hợp") is the same token.
import fc from "fast-check";
import type { Entry } from "../../src/domain/entry";
import { assessEntry } from "../../src/domain/assess";
import { separatorSlip } from "../../src/domain/bounds";
import { spellings, toneDecomposed } from "../../src/domain/spellings";
import { NOT_APPLICABLE_TOKENS, DONE_TOKENS, NOT_DONE_TOKENS } from "../../src/domain/status-labels";
import { FIXTURE_PLAN } from "../workbook/fixture-plan";

const ind = (id: string) => FIXTURE_PLAN.indicators.find((i) => i.id === id)!;
const entry = (id: string, value: Entry["value"], explanation = ""): Entry => ({
  indicatorId: id,
  value,
  explanation,
  evidence: "",
  review: { decision: null, comment: "" },
});

describe("separator slips", () => {
  test("0.8% against a target of at least 80% warns, suggesting 80%, and says how to type it", () => {
    const a = assessEntry(ind("share-online"), entry("share-online", 0.008, "x"));
    expect(a.status).toBe("shortfall");
    const w = a.issues.find((i) => i.code === "value.implausible")!;
    expect(w).toMatchObject({ severity: "warning", part: "value", suggestion: 0.8 });
    expect(w.message.en).toContain("type 80 or 80%");
    expect(w.message.vi).toContain("gõ 80 hoặc 80%");
  });

  test("27 against a target of more than 27,000 points warns, suggesting 27000", () => {
    const a = assessEntry(ind("points"), entry("points", 27, "x"));
    const w = a.issues.find((i) => i.code === "value.implausible")!;
    expect(w.suggestion).toBe(27000);
    expect(w.message.en).toMatch(/decimal separator/);
  });

  test("a real shortfall that no slip explains does not warn", () => {
    for (const v of [0.5, 0.79, 0.04])
      expect(assessEntry(ind("share-online"), entry("share-online", v, "x")).issues).toEqual([]);
    expect(assessEntry(ind("points"), entry("points", 20000, "x")).issues).toEqual([]);
    // Lower is better: a small number is no slip.
    expect(assessEntry(ind("incidents"), entry("incidents", 5, "x")).issues).toEqual([]);
  });

  test("the number meant lies between half and five times the target, within the hard maximum", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), (n) => {
        const meant = separatorSlip(ind("share-online"), n, 0.8);
        if (meant !== null) {
          expect(meant).toBeGreaterThanOrEqual(0.4);
          expect(meant).toBeLessThanOrEqual(1);
        } else expect(n * 100 < 0.4 || n * 100 > 1).toBe(true);
      }),
    );
  });
});

describe("decomposed Vietnamese", () => {
  test("every token has its composed, decomposed and Unikey spellings, and they all read the same", () => {
    const all = [...NOT_APPLICABLE_TOKENS, ...DONE_TOKENS, ...NOT_DONE_TOKENS];
    for (const t of all) {
      const forms = spellings(t);
      expect(forms).toContain(t.normalize("NFD"));
      expect(forms).toContain(toneDecomposed(t));
      for (const form of forms) expect(form.normalize("NFC")).toBe(t.normalize("NFC"));
    }
    expect(spellings("Không áp dụng")).toHaveLength(3);
    // Unikey keeps the vowel's own mark and adds the tone: "ụ" is u + dot below, "ó" o + acute.
    expect(toneDecomposed("Có")).toBe("Co\u0301");
    expect(toneDecomposed("Chưa thực hiện")).toBe("Chưa thư\u0323c hiê\u0323n");
  });

  test("a value typed decomposed is the token: Không áp dụng, Có and Chưa thực hiện", () => {
    const launch = FIXTURE_PLAN.indicators.find((i) => i.valueType === "done")!;
    for (const form of spellings("Không áp dụng"))
      expect(assessEntry(ind("share-online"), entry("share-online", form, "x")).status).toBe(
        "not-applicable",
      );
    for (const form of spellings("Có"))
      expect(assessEntry(launch, entry(launch.id, form)).status).toBe("met");
    for (const form of spellings("Chưa thực hiện"))
      expect(assessEntry(launch, entry(launch.id, form, "x")).status).toBe("shortfall");
  });
});

describe("a blank explanation is what Excel's TRIM(CLEAN()) leaves empty", () => {
  test("spaces, tabs and line breaks are blank; a no-break space is text, as in Excel", () => {
    for (const blank of ["", " ", "\t", "\n", " \r\n\t "])
      expect(assessEntry(ind("points"), entry("points", 1, blank)).issues.map((i) => i.code)).toContain(
        "explanation.required",
      );
    expect(assessEntry(ind("points"), entry("points", 1, "\u00a0")).issues.map((i) => i.code)).not.toContain(
      "explanation.required",
    );
  });
});
