import { describe, expect, it } from "vitest";
import { checkoutSchemaFor, newAddressCheckoutSchema, normalizeVietnamesePhone, savedAddressCheckoutSchema } from "./schemas";

describe("Vietnamese mobile numbers", () => {
  it("accepts 10 digits starting 03/05/07/08/09, in the usual written forms", () => {
    expect(normalizeVietnamesePhone("0912345678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("0912 345 678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("091.234.5678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("0389-123-456")).toBe("0389123456");
    expect(normalizeVietnamesePhone(" 0567123456 ")).toBe("0567123456");
    expect(normalizeVietnamesePhone("0701234567")).toBe("0701234567");
    expect(normalizeVietnamesePhone("0861234567")).toBe("0861234567");
  });

  it("normalises the international forms to 0…", () => {
    expect(normalizeVietnamesePhone("+84912345678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("+84 91 234 5678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("+84 (0) 912 345 678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("0084912345678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("84912345678")).toBe("0912345678");
  });

  it("refuses landlines, wrong lengths, old 11-digit numbers and other countries", () => {
    for (const bad of ["", "091234567", "09123456789", "0212345678", "0412345678", "0612345678", "01234567890", "+85512345678", "+1 415 555 0100", "09123abc78", "84 12345678"]) {
      expect(normalizeVietnamesePhone(bad), bad).toBeNull();
    }
  });
});

describe("checkout form", () => {
  const valid = {
    idempotencyKey: "6f1c8c53-3b7e-4d0e-9b5e-2f7f2b0f3a11",
    addressId: "new",
    fullName: "Nguyễn Thị Lan",
    phone: "+84 912 345 678",
    provinceCode: "92",
    wardCode: "31135",
    addressLine: "Số 126 đường 30 Tháng 4",
    paymentMethod: "vietqr",
  };

  it("a new address: every field required, the phone normalised", () => {
    expect(newAddressCheckoutSchema.parse(valid)).toMatchObject({ phone: "0912345678", paymentMethod: "vietqr" });
    const result = newAddressCheckoutSchema.safeParse({ ...valid, fullName: " ", phone: "12345", wardCode: undefined, paymentMethod: "cash" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      fullName: "errors.fullNameRequired",
      phone: "errors.phoneInvalid",
      wardCode: "errors.wardRequired",
      paymentMethod: "errors.paymentMethodRequired",
    });
  });

  it("a saved address needs no typed fields; a bad key means the page is stale", () => {
    expect(checkoutSchemaFor("clx123")).toBe(savedAddressCheckoutSchema);
    expect(checkoutSchemaFor("new")).toBe(newAddressCheckoutSchema);
    expect(checkoutSchemaFor(null)).toBe(newAddressCheckoutSchema);
    expect(savedAddressCheckoutSchema.parse({ idempotencyKey: valid.idempotencyKey, addressId: "clx123", paymentMethod: "card" })).toMatchObject({ addressId: "clx123" });
    const stale = savedAddressCheckoutSchema.safeParse({ idempotencyKey: "not-a-uuid", addressId: "clx123", paymentMethod: "card" });
    expect(stale.error?.issues[0].message).toBe("errors.expired");
  });
});
