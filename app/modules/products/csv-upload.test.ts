// The row count the import page shows while the server checks a file ("Đang kiểm tra N dòng…").
import { describe, expect, it } from "vitest";
import { countCsvRows } from "./csv-upload";

describe("countCsvRows", () => {
  it("counts data rows as the server does: header and blank lines left out, line breaks inside quotes kept in their cell", () => {
    expect(countCsvRows("")).toBe(0);
    expect(countCsvRows("\ufeffsku,price\r\n")).toBe(0);
    expect(countCsvRows("sku,price\r\nA,1\r\nB,2")).toBe(2);
    expect(countCsvRows("sku,price\n\nA,1\n,\n;;\nB,\"dòng một\r\ndòng hai\"\n\n")).toBe(2);
    expect(countCsvRows("\n\nsku;price\rA;1\rB;2\r")).toBe(2);
  });
});
