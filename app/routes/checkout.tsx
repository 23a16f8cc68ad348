// /checkout — delivery address, payment method and the order summary (each
// seller's parcel with its shipping fee for the chosen province), then one
// POST places the order (checkout module). Works without JavaScript: choosing
// the province re-requests the page by GET (`?provinceCode=…`) with everything
// typed so far. A random idempotency key made here travels with the form, so a
// double click, a retry or the back button places one order. The form is
// validated by the action only, as login and register are (useServerForm): its
// reply puts each error next to its field, so zod stays out of the page's JS.
import crypto from "node:crypto";
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSubmit } from "@remix-run/react";
import { AddressFields } from "~/components/checkout/AddressFields";
import { OrderSummary } from "~/components/checkout/OrderSummary";
import { PaymentMethodFields } from "~/components/checkout/PaymentMethodFields";
import { ProblemList } from "~/components/checkout/ProblemList";
import { FormErrors } from "~/components/forms/Field";
import { inputProps, useServerForm } from "~/components/forms/useServerForm";
import { CACHE_NONE } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { requireUser } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { getCartView, resolveCart } from "~/modules/cart/index.server";
import {
  checkoutConfig,
  getSavedAddress,
  CheckoutBusy, IdempotencyKeyConflict,
  listProvinces,
  listSavedAddresses,
  listWards,
  placeOrder,
  saveAddress,
  wardBelongsToProvince,
  type DeliveryAddress,
  type ExpectedLine,
  type OrderProblem,
  type WardOption,
} from "~/modules/checkout/index.server";
import { checkoutSchemaFor, NEW_ADDRESS, PAYMENT_METHODS, type PaymentMethodValue } from "~/modules/checkout/schemas";
import { siteOrigin } from "~/modules/catalog/index.server";
import { createCardCheckout, isCardPaymentEnabled } from "~/modules/payments/index.server";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Thanh toán · Chợ OCOP" }, { name: "robots", content: "noindex" }];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a GET reload (or a link) carries: the form as it was typed. */
function typedValues(params: URLSearchParams) {
  const text = (name: string, max: number) => (params.get(name) ?? "").slice(0, max);
  const paymentMethod = params.get("paymentMethod");
  return {
    addressId: text("addressId", 40),
    fullName: text("fullName", 200),
    phone: text("phone", 40),
    provinceCode: text("provinceCode", 10),
    wardCode: text("wardCode", 10),
    addressLine: text("addressLine", 400),
    saveAddress: params.get("saveAddress") === "on",
    paymentMethod: (PAYMENT_METHODS as readonly string[]).includes(paymentMethod ?? "") ? (paymentMethod as PaymentMethodValue) : "vietqr",
    idempotencyKey: UUID.test(params.get("idempotencyKey") ?? "") ? params.get("idempotencyKey")! : null,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = getLocale(request);
  const headers = new Headers({ "Cache-Control": CACHE_NONE });
  const cart = await resolveCart(request, user);
  if (cart.setCookie) headers.append("Set-Cookie", cart.setCookie);
  if (!cart.cartId) throw redirect("/cart", { headers });

  const typed = typedValues(new URL(request.url).searchParams);
  const [saved, provinces] = await Promise.all([listSavedAddresses(user.id), listProvinces()]);
  const addressId =
    typed.addressId === NEW_ADDRESS || saved.some((a) => a.id === typed.addressId) ? typed.addressId : (saved.find((a) => a.isDefault) ?? saved[0])?.id ?? NEW_ADDRESS;
  const provinceCode = provinces.some((p) => p.code === typed.provinceCode) ? typed.provinceCode : "";
  const chosen = saved.find((a) => a.id === addressId);
  // Shipping is for where the parcel goes: the chosen saved address, else the typed province.
  const buyerProvinceCode = chosen?.provinceCode ?? (provinceCode || null);
  const [view, wards] = await Promise.all([getCartView(cart.cartId, { buyerProvinceCode, locale }), provinceCode ? listWards(provinceCode) : Promise.resolve([])]);
  if (view.groups.length === 0) throw redirect("/cart", { headers });

  const t = getFixedT(locale, "checkout");
  return data(
    {
      title: t("metaTitle"),
      view,
      saved,
      provinces: provinces.map((p) => ({ code: p.code, name: p.name, region: p.region })),
      wards,
      provinceCode,
      shippingProvinceName: provinces.find((p) => p.code === buyerProvinceCode)?.name ?? null,
      cardEnabled: isCardPaymentEnabled(),
      holdMinutes: checkoutConfig.ORDER_PAYMENT_TTL_MINUTES,
      defaults: {
        ...typed,
        addressId,
        provinceCode,
        wardCode: wards.some((w) => w.code === typed.wardCode) ? typed.wardCode : "",
        // One key per checkout page: a reload keeps it (it is in the GET form), a new visit makes a new one.
        idempotencyKey: typed.idempotencyKey ?? crypto.randomUUID(),
      },
    },
    { headers },
  );
}

type ActionData = {
  result: SubmissionResult<string[]>;
  problems: OrderProblem[];
  cartChanged: boolean;
  /** The wards of the province that was posted (it may differ from the page's). */
  posted: { provinceCode: string; wards: WardOption[] } | null;
};

/** "variantId:quantity:unitPrice" hidden fields: the lines exactly as the page showed them. */
function expectedLines(formData: FormData): ExpectedLine[] | undefined {
  const lines = formData
    .getAll("line")
    .map((v) => (typeof v === "string" ? /^([A-Za-z0-9_-]{1,64}):(\d{1,4}):(\d{1,12})$/.exec(v) : null))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ variantId: m[1], quantity: Number(m[2]), unitPrice: Number(m[3]) }))
    .filter((l) => l.quantity > 0);
  return lines.length > 0 ? lines : undefined;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const headers = new Headers({ "Cache-Control": CACHE_NONE });
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: checkoutSchemaFor(formData.get("addressId")) });
  const postedProvince = String(formData.get("provinceCode") ?? "").slice(0, 10);
  const posted = async () => (postedProvince ? { provinceCode: postedProvince, wards: await listWards(postedProvince) } : null);
  const fail = async (reply: ActionData["result"], status: number, extra: Partial<ActionData> = {}) =>
    data<ActionData>({ result: reply, problems: [], cartChanged: false, posted: await posted(), ...extra }, { status, headers });

  if (submission.status !== "success") return fail(submission.reply(), 400);
  const value = submission.value;
  if (value.paymentMethod === "card" && !isCardPaymentEnabled()) {
    return fail(submission.reply({ fieldErrors: { paymentMethod: ["errors.cardUnavailable"] } }), 400);
  }

  let address: DeliveryAddress;
  let saveNew = false;
  if (value.addressId === NEW_ADDRESS && "fullName" in value) {
    if (!(await wardBelongsToProvince(value.wardCode, value.provinceCode))) {
      return fail(submission.reply({ fieldErrors: { wardCode: ["errors.wardNotInProvince"] } }), 400);
    }
    address = { fullName: value.fullName, phone: value.phone, provinceCode: value.provinceCode, wardCode: value.wardCode, addressLine: value.addressLine };
    saveNew = value.saveAddress === true;
  } else {
    const savedAddress = await getSavedAddress(user.id, value.addressId);
    if (!savedAddress) return fail(submission.reply({ fieldErrors: { addressId: ["errors.savedAddressNotFound"] } }), 400);
    address = savedAddress;
  }

  const cart = await resolveCart(request, user);
  if (cart.setCookie) headers.append("Set-Cookie", cart.setCookie);
  let result;
  try {
    result = await placeOrder({
      userId: user.id,
      cartId: cart.cartId,
      idempotencyKey: value.idempotencyKey,
      address,
      paymentMethod: value.paymentMethod === "card" ? "CARD" : "VIETQR",
      expectedLines: expectedLines(formData),
    });
  } catch (error) {
    if (error instanceof IdempotencyKeyConflict) return fail(submission.reply({ formErrors: ["errors.expired"] }), 409);
    // Nothing was written; the same key may be submitted again.
    if (error instanceof CheckoutBusy) {
      headers.set("Retry-After", "5");
      return fail(submission.reply({ formErrors: ["errors.busy"] }), 503);
    }
    throw error;
  }

  if (!result.ok) {
    if (result.reason === "empty_cart") throw redirect("/cart", { headers });
    if (result.reason === "invalid_address") return fail(submission.reply({ fieldErrors: { wardCode: ["errors.wardNotInProvince"] } }), 400);
    return fail(submission.reply(), 409, { problems: result.problems, cartChanged: result.reason === "cart_changed" });
  }

  if (saveNew) await saveAddress(user.id, address);
  const { order } = result;
  if (order.paymentMethod === "CARD" && order.status === "PENDING_PAYMENT") {
    const origin = siteOrigin(request);
    try {
      const url = await createCardCheckout(order.id, {
        successUrl: `${origin}/account/orders/${order.id}?payment=card`,
        cancelUrl: `${origin}/account/orders/${order.id}/pay`,
      });
      throw redirect(url, { headers });
    } catch (error) {
      if (error instanceof Response) throw error;
      // The order is placed and holds its stock; the payment page offers the card again.
      console.error(`[checkout] card checkout for order ${order.code} failed:`, error);
    }
  }
  throw redirect(`/account/orders/${order.id}/pay`, { headers });
}

const FIELDS = ["idempotencyKey", "addressId", "fullName", "phone", "provinceCode", "wardCode", "addressLine", "saveAddress", "paymentMethod"] as const;

export default function CheckoutPage() {
  const loaderData = useLoaderData<typeof loader>();
  const { view, saved, provinces, cardEnabled, holdMinutes, defaults, shippingProvinceName } = loaderData;
  const actionData = useActionData<typeof action>();
  const submit = useSubmit();
  const { t } = useT("checkout");
  // Validated by the action only (as login and register): its reply puts each error next to its field.
  const { form, fields, submitting: placing } = useServerForm({ id: "checkout", path: "/checkout", names: FIELDS, lastResult: actionData?.result, defaultValue: defaults });
  // A tampered key has no field of its own to show its error next to.
  const formErrors = form.errors ?? fields.idempotencyKey.errors;
  // After a failed POST the form shows what was posted, with that province's wards.
  const posted = actionData?.posted ?? null;
  const provinceCode = posted?.provinceCode ?? loaderData.provinceCode;
  const wards = posted?.wards ?? loaderData.wards;
  const purchasable = view.groups.flatMap((g) => g.lines.filter((l) => l.purchasable && l.quantity > 0));
  const blocked = view.hasProblems || purchasable.length === 0;

  // With JavaScript, a new province or address choice reloads wards and shipping at once (the GET the button does without it).
  const reload = () => {
    if (form.props.ref.current) submit(form.props.ref.current, { method: "get", action: "/checkout", replace: true, preventScrollReset: true });
  };

  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="text-2xl font-semibold text-stone-900">{t("title")}</h1>
      <div className="mt-4 space-y-4">
        <ProblemList problems={actionData?.problems ?? []} cartChanged={actionData?.cartChanged ?? false} />
        <FormErrors id={form.errorId} errors={formErrors} ns="checkout" />
        {blocked && !actionData?.problems?.length ? (
          <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
            <p className="font-semibold">{t("problems.heading")}</p>
            <p className="mt-2">
              <Link to="/cart" className="font-medium underline">
                {t("problems.reviewCart")}
              </Link>
            </p>
          </div>
        ) : null}
      </div>

      <Form method="post" action="/checkout" {...form.props} aria-describedby={formErrors ? form.errorId : undefined} className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <input {...inputProps(fields.idempotencyKey, { type: "hidden" })} />
        <div className="space-y-6">
          <AddressFields
            fields={fields}
            saved={saved}
            provinces={provinces}
            wards={wards}
            provinceCode={provinceCode}
            onChoiceChange={reload}
          />
          <PaymentMethodFields field={fields.paymentMethod} cardEnabled={cardEnabled} />
        </div>
        <div className="space-y-4">
          <OrderSummary view={view} provinceName={shippingProvinceName} />
          {purchasable.map((l) => (
            <input key={`${l.variantId}:${l.quantity}:${l.unitPrice}`} type="hidden" name="line" defaultValue={`${l.variantId}:${l.quantity}:${l.unitPrice}`} />
          ))}
          <p className="text-sm text-stone-600">{t("summary.holdNote", { minutes: holdMinutes })}</p>
          {blocked ? null : (
            <button
              type="submit"
              disabled={placing}
              className="min-h-12 w-full rounded-md bg-brand-600 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
            >
              {placing ? t("submitting") : t("submit")}
            </button>
          )}
        </div>
      </Form>
    </div>
  );
}
