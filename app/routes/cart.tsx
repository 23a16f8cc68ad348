// /cart — the shopper's cart, grouped by seller, with each seller's subtotal and
// shipping fee. One action switching on `intent` (add | update | remove |
// acknowledge); every button is a plain form post, so the page works without
// JavaScript. A change redirects back here (post → redirect → get) with a
// one-time message; a refused change renders the page with the reason next to
// the line and the shopper's input kept.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CartFlashMessage, CartErrorMessage, type CartActionError } from "~/components/cart/CartMessages";
import { CartSellerGroup } from "~/components/cart/CartSellerGroup";
import { CartSummary } from "~/components/cart/CartSummary";
import { EmptyCart } from "~/components/cart/EmptyCart";
import { CACHE_NONE } from "~/lib/http";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { getCurrentUser } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import {
  acknowledgePriceChanges,
  addToCart,
  capCartQuantities,
  describeVariantForSale,
  EMPTY_CART_VIEW,
  getCartView,
  listProvincesForEstimate,
  MAX_LINE_QUANTITY,
  parseCartForm,
  readCartFlash,
  removeCartLine,
  resolveCart,
  serializeCartFlash,
  updateCartLine,
  type CartChange,
  type CartFlash,
  type CartLineRef,
} from "~/modules/cart/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Giỏ hàng · Chợ OCOP" }, { name: "robots", content: "noindex" }];

const PROVINCE_CODE = /^\d{2}$/;

/** ?provinceCode=… for the shipping estimate, kept across the cart's own redirects. */
function provinceParam(request: Request): string | null {
  const value = new URL(request.url).searchParams.get("provinceCode");
  return value && PROVINCE_CODE.test(value) ? value : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const user = await getCurrentUser(request);
  const [{ cartId, setCookie }, provinces, { flash, setCookie: flashCookie }] = await Promise.all([
    resolveCart(request, user),
    listProvincesForEstimate(),
    readCartFlash(request),
  ]);
  const requested = provinceParam(request);
  const provinceCode = provinces.some((p) => p.code === requested) ? requested : null;
  const view = cartId ? await getCartView(cartId, { buyerProvinceCode: provinceCode, locale }) : EMPTY_CART_VIEW;
  // "Only 3 left — quantity adjusted": store what was just shown, so the cart says what will be bought.
  if (cartId && view.groups.some((g) => g.lines.some((l) => l.problems.includes("quantity_capped")))) await capCartQuantities(cartId);

  const headers = new Headers({ "Cache-Control": CACHE_NONE });
  if (setCookie) headers.append("Set-Cookie", setCookie);
  if (flashCookie) headers.append("Set-Cookie", flashCookie);
  const t = getFixedT(locale, "cart");
  return data({ view, flash, provinces, provinceCode, title: t("metaTitle") }, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const headers = new Headers({ "Cache-Control": CACHE_NONE });
  const formData = await request.formData().catch(() => null);
  const raw = (name: string) => {
    const value = formData?.get(name);
    return typeof value === "string" ? value.slice(0, 100) : null;
  };
  const fail = (status: number, key: string, params: Record<string, string | number> = {}, line: CartLineRef | null = null) =>
    data({ error: { intent: raw("intent"), variantId: raw("variantId"), quantity: raw("quantity"), key, params, product: line && { slug: line.productSlug, variantId: line.variantId } } satisfies CartActionError }, { status, headers });

  if (!formData) return fail(400, "errors.intent");
  const parsed = parseCartForm(formData);
  if (!parsed.ok) {
    // A bad quantity for a product that is for sale: offer the way back to it.
    const variantId = raw("variantId");
    const line = parsed.error === "errors.quantity" && raw("intent") === "add" && variantId ? await describeVariantForSale(variantId) : null;
    // A malformed id answers exactly like an unknown one.
    return fail(parsed.error === "errors.notFound" ? 404 : 400, parsed.error, { max: MAX_LINE_QUANTITY }, line);
  }
  const command = parsed.command;

  const user = await getCurrentUser(request);
  const { cartId, setCookie } = await resolveCart(request, user, { create: command.intent === "add" });
  if (setCookie) headers.append("Set-Cookie", setCookie);
  const province = provinceParam(request);
  const back = province ? `/cart?provinceCode=${province}` : "/cart";

  if (command.intent === "acknowledge") {
    if (cartId) await acknowledgePriceChanges(cartId, command.seen);
    headers.append("Set-Cookie", await serializeCartFlash({ kind: "acknowledged" }));
    return redirect(back, { headers });
  }
  if (!cartId) return fail(404, "errors.notInCart");

  let change: CartChange;
  if (command.intent === "add") change = await addToCart({ cartId, ...command });
  else if (command.intent === "update") change = await updateCartLine({ cartId, ...command });
  else change = await removeCartLine({ cartId, variantId: command.variantId });

  if (!change.ok) {
    const name = change.line ? lineName(change.line) : "";
    switch (change.reason) {
      case "not_found":
        return fail(404, "errors.notFound");
      case "not_in_cart":
        return fail(404, "errors.notInCart");
      case "unavailable":
        return fail(409, "errors.unavailable", { name }, change.line);
      case "out_of_stock":
        return fail(409, "errors.outOfStock", { name }, change.line);
    }
  }

  const kind = command.intent === "add" ? "added" : command.intent === "update" ? "updated" : "removed";
  const flash: CartFlash = { kind, name: lineName(change.line), quantity: change.quantity, ...(change.capped ? { cappedTo: change.quantity } : {}) };
  headers.append("Set-Cookie", await serializeCartFlash(flash));
  return redirect(back, { headers });
}

/** "Gạo ST25 (Túi 5 kg)": how a line is named in messages. */
function lineName(line: CartLineRef): string {
  return line.variantLabel ? `${line.productName} (${line.variantLabel})` : line.productName;
}

export default function CartPage() {
  const { view, flash, provinces, provinceCode } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useT("cart");
  const error = actionData?.error ?? null;
  // The cart's own forms keep the shipping estimate's province across their redirect.
  const formAction = provinceCode ? `/cart?provinceCode=${provinceCode}` : "/cart";
  // A refused change to a line in the cart is shown on that line; anything else at the top.
  const lineError = error && (error.intent === "update" || error.intent === "remove") && view.groups.some((g) => g.lines.some((l) => l.variantId === error.variantId)) ? error : null;

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      <div className="mt-3 space-y-3">
        {/* Only a fresh page load shows the flash; after a refused change the error speaks instead. */}
        {flash && !error ? <CartFlashMessage flash={flash} /> : null}
        {error && !lineError ? <CartErrorMessage error={error} /> : null}
      </div>
      {view.groups.length === 0 ? (
        <EmptyCart />
      ) : (
        <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
          <div className="min-w-0 space-y-5">
            {view.groups.map((group) => (
              <CartSellerGroup key={group.seller.id} group={group} error={lineError} formAction={formAction} />
            ))}
          </div>
          <CartSummary view={view} provinces={provinces} provinceCode={provinceCode} formAction={formAction} />
        </div>
      )}
    </>
  );
}
