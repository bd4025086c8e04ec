// The roster as ministries save it: every layout Excel and LibreOffice write (BOM, sep= line, ; or ,,
// CRLF, UTF-8, UTF-16, Windows-1258), headers in both languages and both Unicode forms, a row
// number column, and the errors that must stop a run (an unclosed quote with its line, an unknown
// type, a code of the wrong shape, a duplicate). Also the codes: the six spellings of one unit.
import fc from "fast-check";
import iconv from "iconv-lite";
import { parseRoster, RosterError } from "../../src/cli/ministry/roster";
import { readCsvTable, CsvError, decodeCsv } from "../../src/csv/table";
import { headerKey, locateColumns } from "../../src/csv/columns";
import { normaliseUnitCode, unitCodeProblem } from "../../src/domain/unit-code";
import { getPlan } from "../../src/catalog";
import { most2026Plan } from "../fixtures/plans/most-2026";

const KH = getPlan("kh-1097-2023")!;

const H26 = "000.00.00.H26";
const H27 = "000.00.00.H27";
const POST = "0100109106";

function rosterOf(text: string, encode: (s: string) => Uint8Array = (s) => Buffer.from(s, "utf8")) {
  return parseRoster(encode(text));
}

const codesAndTypes = (r: ReturnType<typeof parseRoster>) => r.units.map((u) => [u.code, u.name, u.unitType]);

const EXPECTED = [
  [H26, "Sở KH&CN tỉnh Điện Biên", "provincial-department"],
  [POST, "Tổng công ty Bưu điện", "postal-enterprise"],
];

describe("roster layouts", () => {
  const vi = `Mã đơn vị;Tên đơn vị;Loại\r\n${H26};Sở KH&CN tỉnh Điện Biên;provincial-department\r\n${POST};Tổng công ty Bưu điện;postal-enterprise\r\n`;

  test("UTF-8 with a BOM, semicolons, CRLF (Excel vi-VN 'CSV UTF-8')", () => {
    expect(codesAndTypes(rosterOf(vi, (s) => Buffer.from("\uFEFF" + s, "utf8")))).toEqual(EXPECTED);
  });

  test("a sep=; first line, as Excel writes when asked to keep the separator", () => {
    const r = rosterOf(`sep=;\r\n${vi}`);
    expect(codesAndTypes(r)).toEqual(EXPECTED);
    expect(r.units[0]!.line).toBe(3);
  });

  test("commas and LF (LibreOffice), names quoted with the separator inside", () => {
    const csv = `code,name,type\n${H26},"Sở KH&CN tỉnh Điện Biên",provincial-department\n${POST},"Tổng công ty Bưu điện",postal-enterprise\n`;
    expect(codesAndTypes(rosterOf(csv))).toEqual(EXPECTED);
    const quoted = rosterOf(`code,name\n${H26},"Sở ""A"", tỉnh B"\n`);
    expect(quoted.units[0]!.name).toBe('Sở "A", tỉnh B');
  });

  test("Windows-1258 (Excel's plain 'CSV' on a Vietnamese Windows), tone marks composed", () => {
    // Code page 1258 has ơ, ư, ă, â, ê, ô, đ as letters and the five tones as combining marks.
    const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
    const cp1258Form = [...vi]
      .map((c) => {
        const d = c.normalize("NFD");
        return d.replace(tones, "").normalize("NFC") + (d.match(tones) ?? []).join("");
      })
      .join("");
    const bytes = iconv.encode(cp1258Form, "windows-1258");
    expect(iconv.decode(bytes, "windows-1258")).toBe(cp1258Form);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeCsv(bytes).encoding).toBe("windows-1258");
    expect(codesAndTypes(rosterOf(vi, () => bytes))).toEqual(EXPECTED);
  });

  test("UTF-16 with its BOM, tab separated (Excel's 'Unicode text')", () => {
    const tsv = vi.replace(/;/g, "\t");
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, "utf16le")]);
    expect(codesAndTypes(rosterOf(tsv, () => bytes))).toEqual(EXPECTED);
  });

  test("headers in decomposed Unicode, an STT column, 'Mã định danh', types by name", () => {
    const csv = [
      "STT;Mã định danh;Tên đơn vị;Loại hình đơn vị;Cụm thi đua".normalize("NFD"),
      `1;${H26};Sở KH&CN tỉnh Điện Biên;Sở Thông tin và Truyền thông;Cụm 1`,
      `2;${POST};Tổng công ty Bưu điện;Doanh nghiệp bưu chính;Khối doanh nghiệp`,
    ].join("\r\n");
    const r = rosterOf(csv);
    expect(codesAndTypes(r)).toEqual(EXPECTED);
    expect(r.units.map((u) => u.cluster)).toEqual(["Cụm 1", "Khối doanh nghiệp"]);
    expect(r.has).toEqual({ unitType: true, cluster: true, publicKey: false });
  });

  test("English headers in any order, with a public key column", () => {
    const key = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + "A".repeat(86) + "==";
    const csv = `Unit type,Public key,Unit code,Unit name\nprovincial-department,"-----BEGIN PUBLIC KEY-----\n${key}\n-----END PUBLIC KEY-----",${H26},X\n`;
    const r = rosterOf(csv);
    expect(r.units[0]).toMatchObject({
      code: H26,
      name: "X",
      unitType: "provincial-department",
      publicKey: key,
    });
  });

  test("no header: code, then name, then type", () => {
    const r = rosterOf(`${H26},Unit A\n${H27},Unit B,provincial-department\n`);
    expect(codesAndTypes(r)).toEqual([
      [H26, "Unit A", null],
      [H27, "Unit B", "provincial-department"],
    ]);
  });

  test("blank lines are skipped and line numbers stay true", () => {
    const r = rosterOf(`code;name\n\n${H26};A\n\n\n${H27};B\n`);
    expect(r.units.map((u) => u.line)).toEqual([3, 6]);
  });

  test("any names written as RFC 4180 CSV come back", () => {
    const field = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== "");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 99 }), field), {
          selector: (t) => t[0],
          minLength: 1,
          maxLength: 10,
        }),
        fc.constantFrom(",", ";"),
        (rows, sep) => {
          const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const code = (n: number) => `000.00.00.H${String(n).padStart(2, "0")}`;
          const csv = [`code${sep}name`, ...rows.map(([c, n]) => `${code(c)}${sep}${q(n)}`)].join("\r\n");
          const got = parseRoster(csv).units.map((r) => [r.code, r.name]);
          expect(got).toEqual(rows.map(([c, n]) => [code(c), n.normalize("NFC")]));
        },
      ),
    );
  });
});

describe("a roster that cannot be trusted stops the run, naming the line", () => {
  const error = (csv: string): string => {
    try {
      parseRoster(csv);
    } catch (e) {
      expect(e).toBeInstanceOf(RosterError);
      return `${(e as RosterError).text.vi}\n${(e as RosterError).text.en}`;
    }
    throw new Error("no error");
  };

  test("an unclosed quote: the line it opened on, not a cell that swallows the rest", () => {
    const csv = `code;name\n${H26};A\n${H27};"B, the quote never closes\n000.00.00.H28;C\n000.00.00.H29;D\n`;
    expect(error(csv)).toMatch(/Line 3: a quote \(["]\) opened here is never closed/);
    expect(error(csv)).toMatch(/Dòng 3/);
    expect(() => readCsvTable(csv)).toThrow(CsvError);
  });

  test("an unknown type, a code of the wrong shape, a duplicate: all listed at once", () => {
    const text = error(
      `code;name;type\n${H26};A;provincial-department\n${H26};A again;provincial-department\n=cmd|' /C calc'!A0;X;provincial-department\n${POST};P;a bakery\n`,
    );
    expect(text).toMatch(/line 3: the code 000\.00\.00\.H26 is already on line 2/);
    expect(text).toMatch(/line 4: The code "=CMD\|' \/C CALC'!A0" has the wrong shape/);
    expect(text).toMatch(/line 5: unknown unit type "a bakery"/);
  });

  test("a header row without a code column", () => {
    expect(error("Tên;Loại\nA;provincial-department\n")).toMatch(/no unit code column/);
  });
});

describe("unit codes: one unit, however it was typed", () => {
  const spellings = [
    H26,
    `${H26}\u200B`,
    "000.00.00.h26",
    "０００.００.００.Ｈ２６",
    `\uFEFF ${H26} `,
    `000.00.00.H\u200D26`,
  ];

  test("the spellings that are the same code normalise to it, each saying it was changed", () => {
    for (const s of spellings) {
      const n = normaliseUnitCode(s);
      expect(n.code).toBe(H26);
      expect(n.changed).toBe(s !== H26);
      expect(unitCodeProblem(KH, "provincial-department", n.code)).toBeNull();
    }
  });

  test("formula text is no code: refused with the shape expected", () => {
    for (const s of ["=cmd|' /C calc'!A0", "+SUM(1+1)", "@A1", "-1"]) {
      const p = unitCodeProblem(KH, "provincial-department", normaliseUnitCode(s).code);
      expect(p?.en).toMatch(/wrong shape.*000\.00\.00\.H26/);
    }
  });

  test("a type the plan does not know is said, not guessed", () => {
    expect(unitCodeProblem(KH, "bakery", H26)?.en).toMatch(/"bakery" is not in plan kh-1097-2023/);
  });

  test("the roster normalises its codes the same way", () => {
    expect(parseRoster(`code\n０００.００.００.ｈ２６\u200B\n`).units[0]!.code).toBe(H26);
  });
});

describe("unit types are the plans' data", () => {
  const most = most2026Plan();
  const csv = `code,name,type\n${H26},"Sở KH&CN tỉnh Thử",Sở Khoa học và Công nghệ\n1012345,"Viện Thử",to-chuc-khcn\n`;

  test("a type of the ministry's own plan file is named by its name or id, and its code rule is the plan's", () => {
    expect(codesAndTypes(parseRoster(csv, [most]))).toEqual([
      [H26, "Sở KH&CN tỉnh Thử", "so-khcn"],
      ["1012345", "Viện Thử", "to-chuc-khcn"],
    ]);
  });

  test("without that plan the same roster is refused, naming the unknown type", () => {
    expect(() => parseRoster(csv)).toThrow(
      /line 2: unknown unit type "Sở Khoa học và Công nghệ", in no plan/,
    );
  });

  test("the plan's own code pattern refuses a code of the wrong shape", () => {
    expect(() => parseRoster(`code,name,type\n12345,"Viện Thử",to-chuc-khcn\n`, [most])).toThrow(
      /budget-relationship code \(7 digits\), e\.g\. 1012345/,
    );
  });
});

describe("header synonyms", () => {
  test("keys ignore case, diacritics, Unicode form and punctuation", () => {
    expect(headerKey("Mã định danh (*)")).toBe("ma dinh danh");
    expect(headerKey("MÃ ĐỊNH DANH".normalize("NFD"))).toBe("ma dinh danh");
    expect(headerKey(" Unit_code: ")).toBe("unit code");
  });

  test("a row of data is not a header; unknown header cells are listed, a row-number column is not", () => {
    const specs = [{ key: "code" as const, synonyms: ["code"] }];
    expect(locateColumns([H26, "A"], specs)).toBeNull();
    expect(locateColumns(["No.", "Code", "Remarks"], specs)).toEqual({
      index: { code: 1 },
      unknown: ["Remarks"],
    });
  });
});
