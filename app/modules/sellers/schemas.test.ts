import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { applicationSchema, hasValidCheckDigit, isPersonalId, normalizePhone, normalizeTaxCode, taxCodeProblem } from "./schemas";

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const VALID_APPLICATION = {
  businessName: "Hợp tác xã Dừa Sáp Cầu Kè",
  kind: "cooperative",
  taxCode: "2200734153",
  representative: "Thạch Văn Sơn",
  phone: "0912 345 678",
  email: "htx@example.com",
  provinceCode: "86",
  wardCode: "29242",
  addressLine: "Ấp Trà Mẹt",
  story: "Dừa sáp trồng trên đất giồng cát.",
  bankBin: "970405",
  bankAccountNo: "7606 2010 0451 2",
  bankAccountName: "htx dua sap cau ke",
};

describe("tax codes", () => {
  it("checks the 10-digit check digit", () => {
    expect(hasValidCheckDigit("0100109106")).toBe(true);
    expect(hasValidCheckDigit("0100109107")).toBe(false);
    expect(hasValidCheckDigit("2200734153")).toBe(true);
  });

  it.each([
    ["2200734153", "cooperative", null],
    ["2200734153", "enterprise", null],
    ["2200734153-001", "enterprise", null],
    ["2200734153001", "cooperative", null], // normalised to the dashed form first
    ["2200734153-000", "enterprise", "errors.taxCodeFormat"],
    ["2200734154", "cooperative", "errors.taxCodeCheckDigit"],
    ["220073415", "cooperative", "errors.taxCodeFormat"],
    ["096082005318", "household", null], // a 12-digit personal ID
    ["096082005318", "cooperative", "errors.taxCodeFormat"], // only households may use one
    ["996082005318", "household", "errors.taxCodeHouseholdFormat"], // no province 996
    ["2200734153", "household", null],
    ["abc", "household", "errors.taxCodeHouseholdFormat"],
    ["", "enterprise", "errors.taxCodeRequired"],
  ] as const)("%s for a %s → %s", (raw, kind, problem) => {
    expect(taxCodeProblem(normalizeTaxCode(raw), kind)).toBe(problem);
  });

  it("knows a personal ID's province prefix", () => {
    expect(isPersonalId("001203004512")).toBe(true);
    expect(isPersonalId("000203004512")).toBe(false);
    expect(isPersonalId("1234")).toBe(false);
  });
});

describe("phone numbers", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0292.3812.345", "02923812345"],
    ["0312345678", "0312345678"],
    ["0112345678", null],
    ["091234567", null],
    ["09123456789", null],
    ["hello", null],
  ])("%s → %s", (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });
});

describe("application form", () => {
  it("accepts a complete application and normalises it", () => {
    const result = parseWithZod(form(VALID_APPLICATION), { schema: applicationSchema });
    expect(result.status).toBe("success");
    if (result.status !== "success") return;
    expect(result.value).toMatchObject({ phone: "0912345678", bankAccountNo: "7606201004512", bankAccountName: "HTX DUA SAP CAU KE", kind: "cooperative" });
  });

  it("says what is wrong next to each field", () => {
    const result = parseWithZod(form({ ...VALID_APPLICATION, taxCode: "123", phone: "123", email: "x@", bankBin: "999999", bankAccountNo: "12ab", kind: "farm", businessName: " " }), { schema: applicationSchema });
    expect(result.status).toBe("error");
    const errors = result.reply().error ?? {};
    expect(errors).toMatchObject({
      phone: ["errors.phoneInvalid"],
      email: ["errors.emailInvalid"],
      bankBin: ["errors.bankRequired"],
      bankAccountNo: ["errors.bankAccountNoInvalid"],
      kind: ["errors.kindRequired"],
      businessName: ["errors.businessNameRequired"],
    });
  });

  it("a household may give a personal ID; a cooperative may not", () => {
    const household = parseWithZod(form({ ...VALID_APPLICATION, kind: "household", taxCode: "096082005318" }), { schema: applicationSchema });
    expect(household.status).toBe("success");
    const coop = parseWithZod(form({ ...VALID_APPLICATION, taxCode: "096082005318" }), { schema: applicationSchema });
    expect(coop.reply().error).toEqual({ taxCode: ["errors.taxCodeFormat"] });
  });
});
