// The checkout form's rules, checked by the action only (the page reads the
// reply with components/forms/useServerForm: no zod in the browser). Messages
// are keys of the "checkout" dictionary, translated where they are shown.
// Components import the constants from ./constants (zod-free); they are re-exported here for server code.
import { z } from "zod";
import { ADDRESS_LINE_MAX, FULL_NAME_MAX, NEW_ADDRESS, PAYMENT_METHODS } from "./constants";

export { ADDRESS_LINE_MAX, FULL_NAME_MAX, NEW_ADDRESS, PAYMENT_METHODS, type PaymentMethodValue } from "./constants";

/**
 * A Vietnamese mobile number in its one stored form, "0912345678", or null.
 * Accepts spaces, dots, dashes and brackets, and the international forms
 * +84 912 345 678, 0084…, 84912345678 and +84 (0)912…. Mobile numbers have
 * 10 digits and start with 03, 05, 07, 08 or 09 (since the 2018 renumbering).
 */
export function normalizeVietnamesePhone(input: string): string | null {
  let digits = input.trim().replace(/[\s.\-()]/g, "");
  if (digits.startsWith("+84")) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith("0084")) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith("84") && digits.length === 11) digits = `0${digits.slice(2)}`;
  if (digits.startsWith("00")) digits = digits.slice(1); // "+84 (0)912…" → "00912…"
  return /^0[35789]\d{8}$/.test(digits) ? digits : null;
}

const required = (message: string) => z.string({ error: message }).trim().min(1, message);

const common = {
  // A random UUID made by the page; the same key twice places one order.
  idempotencyKey: z.uuid({ error: "errors.expired" }),
  addressId: z.string().trim().max(40).default(NEW_ADDRESS),
  paymentMethod: z.enum(PAYMENT_METHODS, { error: "errors.paymentMethodRequired" }),
  saveAddress: z.boolean().optional(),
};

const phone = z
  .string({ error: "errors.phoneRequired" })
  .trim()
  .min(1, "errors.phoneRequired")
  .max(30, "errors.phoneInvalid")
  .transform((value, ctx) => {
    const normalized = normalizeVietnamesePhone(value);
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: "errors.phoneInvalid" });
      return z.NEVER;
    }
    return normalized;
  });

/** A new delivery address typed into the form. */
export const newAddressCheckoutSchema = z.object({
  ...common,
  fullName: required("errors.fullNameRequired").max(FULL_NAME_MAX, "errors.fullNameTooLong"),
  phone,
  provinceCode: required("errors.provinceRequired").max(10, "errors.provinceRequired"),
  wardCode: required("errors.wardRequired").max(10, "errors.wardRequired"),
  addressLine: required("errors.addressLineRequired").max(ADDRESS_LINE_MAX, "errors.addressLineTooLong"),
});

/** One of the account's saved addresses (looked up on the server; the typed fields are ignored). */
export const savedAddressCheckoutSchema = z.object({
  ...common,
  addressId: z.string().trim().min(1).max(40),
});

/** Which schema applies depends on the address choice. */
export function checkoutSchemaFor(addressId: FormDataEntryValue | null | undefined) {
  return typeof addressId === "string" && addressId !== "" && addressId !== NEW_ADDRESS ? savedAddressCheckoutSchema : newAddressCheckoutSchema;
}

export type NewAddressCheckoutInput = z.output<typeof newAddressCheckoutSchema>;
export type SavedAddressCheckoutInput = z.output<typeof savedAddressCheckoutSchema>;
