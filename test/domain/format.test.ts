import { formatNumber, formatTarget, formatValue } from "../../src/domain/format";
import type { Indicator } from "../../src/domain/plan";
import { IND } from "./fixtures";

describe("formatNumber", () => {
  it.each([
    [27000, "27.000", "27,000"],
    [1.9, "1,9", "1.9"],
    [1234567.5, "1.234.567,5", "1,234,567.5"],
    [-1234.25, "-1.234,25", "-1,234.25"],
    [0, "0", "0"],
    [-0, "0", "0"],
    [999, "999", "999"],
    [1e21, "1.000.000.000.000.000.000.000", "1,000,000,000,000,000,000,000"],
    [Number.NaN, "NaN", "NaN"],
  ])("%p -> vi %p, en %p", (n, vi, en) => {
    expect(formatNumber(n, "vi")).toBe(vi);
    expect(formatNumber(n, "en")).toBe(en);
  });
  it("rounds when asked", () => {
    expect(formatNumber(2 / 3, "vi", 2)).toBe("0,67");
    expect(formatNumber(1234.5, "en", 0)).toBe("1,235");
    expect(formatNumber(1e300, "en", 2)).toBe(formatNumber(1e300, "en"));
  });
});

describe("formatValue", () => {
  it("shows shares as percentages without binary noise, dates as dd/mm/yyyy, done as words", () => {
    expect(formatValue(0.8, IND.share, "vi")).toBe("80%");
    expect(formatValue(0.07, IND.share, "vi")).toBe("7%");
    expect(formatValue(0.955, IND.share, "vi")).toBe("95,5%");
    expect(formatValue(0.955, IND.share, "en")).toBe("95.5%");
    expect(formatValue(44196, IND.date, "vi")).toBe("31/12/2020");
    expect(formatValue(1, IND.done, "vi")).toBe("Đã thực hiện");
    expect(formatValue(0, IND.done, "en")).toBe("Not done");
    expect(formatValue(27000, IND.count, "vi")).toBe("27.000");
  });
});

describe("formatTarget (the template's target column)", () => {
  const cases: [Indicator, string, string][] = [
    [IND.count, "≥ 27.000 điểm", "≥ 27,000 points"],
    [IND.share, "≥ 80%", "≥ 80%"],
    [IND.more, "> 19 cơ quan", "> 19 agencies"],
    [IND.most, "≤ 5%", "≤ 5%"],
    [IND.growth, "20% – 30%", "20% – 30%"],
    [IND.top, "Top 50", "Top 50"],
    [IND.group, "hạng 40 – 45", "rank 40 – 45"],
    [{ ...IND.group, target: { kind: "rank", best: 3, worst: 3 } }, "hạng 3", "rank 3"],
    [IND.date, "chậm nhất 31/12/2020", "by 31/12/2020"],
    [IND.done, "Hoàn thành", "Done"],
  ];
  it.each(cases)("%#: vi %p / en %p", (ind, vi, en) => {
    expect(formatTarget(ind, "vi")).toBe(vi);
    expect(formatTarget(ind, "en")).toBe(en);
  });
});
