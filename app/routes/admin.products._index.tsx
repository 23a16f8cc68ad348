// /admin/products — every product of every seller: search by name, seller, SKU,
// slug or id; filter by status or seller; hide one with a reason the seller sees,
// or lift the hide (the product returns to the status it had).
import type { ProductStatus } from "~/modules/products/index.server";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { AdminFilterForm, AdminResultCount } from "~/components/admin/AdminFilterForm";
import { AdminPagination } from "~/components/admin/AdminPagination";
import { AdminHeading, AdminShell, DoneNotice } from "~/components/admin/AdminShell";
import { AdminEmpty } from "~/components/admin/AdminTable";
import { DecisionForm } from "~/components/admin/DecisionForm";
import { pageParam, productModerationSchema } from "~/components/admin/forms";
import { StatusBadge } from "~/components/admin/StatusBadge";
import { adminListHref } from "~/components/admin/list-href";
import { Price } from "~/components/catalog/Price";
import { CACHE_NONE } from "~/lib/http";
import { formatDateTime } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, notFound, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { hideProduct, liftHide, searchProductsForAdmin } from "~/modules/products/moderation.server";
import { readFormData } from "~/lib/form-data.server";

const STATUSES = ["ACTIVE", "DRAFT", "ARCHIVED", "HIDDEN"] as const satisfies readonly ProductStatus[];
const statusParam = z.enum(STATUSES).optional().catch(undefined);
const idParam = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).optional().catch(undefined);

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Sản phẩm · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const status = statusParam.parse(url.searchParams.get("status") ?? undefined);
  const sellerId = idParam.parse(url.searchParams.get("seller") ?? undefined);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const list = await searchProductsForAdmin({ q, status, sellerId, page: pageParam(url.searchParams.get("page")) });
  const t = getFixedT(getLocale(request), "admin");
  return data(
    { title: `${t("products.title")} · ${t("overview.short")}`, status: status ?? null, sellerId: sellerId ?? null, q, ...list },
    { headers: { "Cache-Control": CACHE_NONE } },
  );
}

const HTTP_STATUS = { not_found: 404, invalid_transition: 409, conflict: 409, reason_required: 400 } as const;

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: productModerationSchema });
  const intent = String(formData.get("intent") ?? "");
  const productId = String(formData.get("productId") ?? "");
  if (submission.status !== "success") {
    return data({ intent, productId, result: submission.reply() }, { status: 400, headers: { "Cache-Control": CACHE_NONE } });
  }
  const actor = { id: admin.id, ipAddress: clientIp(context) };
  const { value } = submission;
  const outcome = value.intent === "hide" ? await hideProduct(value.productId, value.reason, actor) : await liftHide(value.productId, actor, value.reason);
  if (!outcome.ok) {
    if (outcome.error === "not_found") throw notFound();
    const field = outcome.error === "reason_required" ? { fieldErrors: { reason: ["errors.reasonRequired"] } } : { formErrors: [`errors.${outcome.error}`] };
    return data({ intent, productId, result: submission.reply(field) }, { status: HTTP_STATUS[outcome.error], headers: { "Cache-Control": CACHE_NONE } });
  }
  // Back to the same list (filters kept), with a confirmation.
  const back = new URL(request.url);
  back.searchParams.delete("index");
  back.searchParams.set("done", value.intent);
  back.searchParams.set("product", value.productId);
  return redirect(`${back.pathname}${back.search}`, { headers: { "Cache-Control": CACHE_NONE } });
}

const PATH = "/admin/products";

export default function AdminProducts() {
  const { status, sellerId, q, products, total, page, pageCount } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useT("admin");
  const done = searchParams.get("done");
  const doneProduct = products.find((p) => p.id === searchParams.get("product"));
  const doneMessage = done === "hide" || done === "unhide" ? t(`products.done.${done}`, { name: doneProduct?.name ?? "" }) : null;

  return (
    <AdminShell>
      <AdminHeading title={t("products.title")} intro={t("products.intro")} />
      <DoneNotice message={doneMessage} />

      <AdminFilterForm
        idPrefix="products"
        searchLabel={t("products.searchLabel")}
        q={q}
        hidden={{ seller: sellerId }}
        select={{ name: "status", label: t("products.statusLabel"), value: status, options: STATUSES.map((s) => ({ value: s, label: t(`status.product.${s}`) })) }}
      />
      {sellerId ? (
        <p className="text-sm">
          {t("products.oneSeller")}{" "}
          <Link to={adminListHref(PATH, { q, status })} className="text-brand-700 underline">
            {t("products.allSellers")}
          </Link>
        </p>
      ) : null}

      <AdminResultCount total={total} />

      {products.length === 0 ? (
        <AdminEmpty>{t("products.empty")}</AdminEmpty>
      ) : (
        <ul className="space-y-3">
          {products.map((p) => (
            <li key={p.id}>
              <article aria-labelledby={`product-${p.id}`} className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 md:grid-cols-[1fr_20rem]">
                <div className="min-w-0">
                  <h2 id={`product-${p.id}`} className="font-semibold text-stone-900">
                    {p.status === "ACTIVE" && p.seller.status === "APPROVED" ? (
                      <Link to={`/products/${p.slug}`} className="text-brand-700 hover:underline">
                        {p.name}
                      </Link>
                    ) : (
                      p.name
                    )}
                  </h2>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
                    <StatusBadge kind="product" status={p.status} />
                    <Link to={`/admin/sellers/${p.seller.id}`} className="hover:underline">
                      {p.seller.name}
                    </Link>
                    {p.seller.status !== "APPROVED" ? <StatusBadge kind="seller" status={p.seller.status} /> : null}
                    {p.minPrice !== null ? <Price amount={p.minPrice} /> : null}
                  </p>
                  {p.status === "HIDDEN" ? (
                    <p className="mt-2 whitespace-pre-line text-sm text-stone-800">
                      {t("products.hiddenReason")}: {p.hiddenReason}
                      <br />
                      <span className="text-stone-500">{t("products.restoresTo", { status: t(`status.product.${p.statusBeforeHidden ?? "DRAFT"}`) })}</span>
                    </p>
                  ) : null}
                  <p className="mt-1 text-xs text-stone-500">{t("products.updatedAt", { date: formatDateTime(p.updatedAt) })}</p>
                </div>
                <ProductActionForm
                  product={p}
                  lastResult={actionData && actionData.productId === p.id ? actionData.result : undefined}
                />
              </article>
            </li>
          ))}
        </ul>
      )}
      <AdminPagination path={PATH} params={{ q, status, seller: sellerId }} page={page} pageCount={pageCount} />
    </AdminShell>
  );
}

function ProductActionForm({
  product,
  lastResult,
}: {
  product: { id: string; name: string; status: string };
  lastResult: Parameters<typeof DecisionForm>[0]["lastResult"];
}) {
  const { t } = useT("admin");
  const hidden = product.status === "HIDDEN";
  const intent = hidden ? "unhide" : "hide";
  return (
    <DecisionForm
      key={intent}
      formId={`${intent}-${product.id}`}
      intent={intent}
      submitLabel={hidden ? t("products.unhide") : t("products.hide")}
      reasonLabel={hidden ? t("products.unhideNote", { name: product.name }) : t("products.hideReason", { name: product.name })}
      reasonRequired={!hidden}
      tone={hidden ? "primary" : "danger"}
      extra={{ productId: product.id }}
      lastResult={lastResult}
      compact
    />
  );
}
