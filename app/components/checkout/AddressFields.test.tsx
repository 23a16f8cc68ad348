// The address fields after the server refused an order (the page validates nothing itself): each
// error next to its field in the visitor's language, and everything typed or chosen kept — the
// same HTML with or without JavaScript.
import { parseWithZod } from "@conform-to/zod/v4";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readReply } from "~/components/forms/useServerForm";
import { resources } from "~/lib/i18n/config";
import { I18nProvider } from "~/lib/i18n/react";
import { checkoutSchemaFor } from "~/modules/checkout/schemas";
import type { SavedAddressView } from "~/modules/checkout/types";
import { AddressFields } from "./AddressFields";

const NAMES = ["addressId", "fullName", "phone", "provinceCode", "wardCode", "addressLine", "saveAddress"] as const;
const saved: SavedAddressView[] = [
  { id: "addr1", fullName: "Nguyễn Thị Lan", phone: "0912345678", provinceCode: "79", wardCode: "26734", addressLine: "Số 34 Lê Thánh Tôn", isDefault: true, provinceName: "Thành phố Hồ Chí Minh", wardName: "Phường Sài Gòn" },
];
const provinces = [
  { code: "79", name: "Thành phố Hồ Chí Minh", region: "south" },
  { code: "92", name: "Thành phố Cần Thơ", region: "south" },
];
const wards = [
  { code: "31117", name: "Phường Ninh Kiều" },
  { code: "31120", name: "Phường Cái Khế" },
];

/** What the action answers for this post, rendered as the page renders it. */
function renderRefused(locale: "vi" | "en", posted: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(posted)) formData.append(name, value);
  const reply = parseWithZod(formData, { schema: checkoutSchemaFor(formData.get("addressId")) }).reply();
  const { fields } = readReply({ id: "checkout", names: NAMES, lastResult: reply, defaultValue: {} });
  return renderToStaticMarkup(
    <I18nProvider locale={locale} messages={resources[locale]}>
      <AddressFields fields={fields} saved={saved} provinces={provinces} wards={wards} provinceCode="92" />
    </I18nProvider>,
  );
}

/** The opening tag of the one element with `attribute`. */
function tagOf(html: string, attribute: string): string {
  const tags = html.match(/<(input|select)\b[^>]*>/g)?.filter((t) => t.includes(attribute)) ?? [];
  expect(tags).toHaveLength(1);
  return tags[0];
}

const posted = {
  idempotencyKey: "0b9f6a52-5a43-4c7e-9d0a-6f1e2b3c4d5e",
  addressId: "new",
  fullName: "Phạm Thị Thu",
  phone: "0212 345 678",
  provinceCode: "92",
  wardCode: "31120",
  addressLine: "",
  saveAddress: "on",
  paymentMethod: "vietqr",
};

describe("AddressFields after a refused order", () => {
  it("shows each error next to its field, in Vietnamese, with what was typed", () => {
    const html = renderRefused("vi", posted);
    const phone = tagOf(html, 'id="checkout-phone"');
    expect(phone).toContain('value="0212 345 678"');
    expect(phone).toContain('aria-invalid="true"');
    expect(phone).toContain('aria-describedby="checkout-phone-error checkout-phone-hint"');
    expect(html).toContain('<p id="checkout-phone-error" class="mt-1 text-sm text-red-700">Số di động không hợp lệ');
    expect(tagOf(html, 'id="checkout-addressLine"')).toContain('aria-describedby="checkout-addressLine-error"');
    expect(html).toContain('<p id="checkout-addressLine-error" class="mt-1 text-sm text-red-700">Vui lòng nhập số nhà, tên đường</p>');
    const fullName = tagOf(html, 'id="checkout-fullName"');
    expect(fullName).toContain('value="Phạm Thị Thu"');
    expect(fullName).not.toContain("aria-invalid");
    expect(html).toContain('<option value="92" selected="">Thành phố Cần Thơ</option>');
    expect(html).toContain('<option value="31120" selected="">Phường Cái Khế</option>');
    expect(tagOf(html, 'name="saveAddress"')).toContain('checked=""');
    // "Another address" stays chosen although a saved one is the default (so the new fields stay shown).
    expect(tagOf(html, 'value="new"')).toContain('checked=""');
    expect(tagOf(html, 'value="addr1"')).not.toContain("checked");
  });

  it("speaks English to an English visitor", () => {
    const html = renderRefused("en", posted);
    expect(html).toContain('<p id="checkout-phone-error" class="mt-1 text-sm text-red-700">Not a valid mobile number');
  });
});
