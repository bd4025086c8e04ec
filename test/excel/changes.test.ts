// Which rows a WorksheetChanged address covers (src/excel/changes.ts): single ranges, whole columns
// and rows, lists of areas, with or without the sheet's name.
import { changedRows } from "../../src/excel/changes";

const G = 6; // column G, 0-based
const J = 9;

function rowsOf(address: string, columns: number[], upTo = 20): number[] | null {
  const f = changedRows(address, columns);
  return f ? Array.from({ length: upTo }, (_, r) => r).filter(f) : null;
}

test("a cell, a range, a whole column, a whole row and a list of areas", () => {
  expect(rowsOf("G10", [G])).toEqual([9]);
  expect(rowsOf("F10:H12", [G])).toEqual([9, 10, 11]);
  expect(rowsOf("G:G", [G], 5)).toEqual([0, 1, 2, 3, 4]);
  expect(rowsOf("A:Z", [J], 3)).toEqual([0, 1, 2]);
  expect(rowsOf("5:5", [G])).toEqual([4]);
  expect(rowsOf("5:7", [J])).toEqual([4, 5, 6]);
  expect(rowsOf("G10,K14,J3", [G, J])).toEqual([2, 9]);
  expect(rowsOf("'Tự đánh giá'!J12:J13", [J])).toEqual([11, 12]);
  expect(rowsOf("'A, B'!G2,'A, B'!G4", [G])).toEqual([1, 3]);
});

test("an address that touches none of the columns, or cannot be read, is nothing", () => {
  expect(rowsOf("A1:F100", [G])).toBeNull();
  expect(rowsOf("H:H", [G])).toBeNull();
  expect(rowsOf("", [G])).toBeNull();
  expect(rowsOf("#REF!", [G])).toBeNull();
});
