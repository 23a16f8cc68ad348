import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Notice } from "~/components/seller/FormField";
import { ProductForm } from "~/components/seller/ProductForm";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { ProductStatusBadge } from "~/components/seller/StatusBadge";
import { sellerPath } from "~/components/seller/links";
import { formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { getProductFormReference, getSellerProduct, readProductSubmission, TOO_LARGE_RESULT, updateSellerProduct } from "~/modules/products/index.server";
import { portalHeaders, portalView, requirePortal, requirePortalWrite } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Sản phẩm · Kênh người bán" }, { name: "robots", content: "noindex" }];

function notFound(): Response {
  return new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  // Looked up with the portal's seller: another seller's product id is simply not found.
  const product = await getSellerProduct(portal.seller.id, params.id ?? "");
  if (!product) throw notFound();
  const reference = await getProductFormReference(portal.seller.id, product.certificateId);
  const locale = getLocale(request);
  const t = getFixedT(locale, "seller");
  return data(
    { title: `${product.name} · ${t("portal")}`, portal: portalView(portal), product, reference, locale, saved: new URL(request.url).searchParams.get("saved") === "1" },
    { headers: portalHeaders(portal) },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  const submission = await readProductSubmission(request);
  if (!submission) return data({ result: TOO_LARGE_RESULT }, { status: 413 });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["photos"] }) }, { status: submission.status === "error" ? 400 : 200 });
  }
  const outcome = await updateSellerProduct({ sellerId: portal.seller.id, actorId: portal.user.id, productId: params.id ?? "", input: submission.value });
  if (!outcome.ok) {
    if (outcome.notFound) throw notFound();
    return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors, hideFields: ["photos", "removeImages"] }) }, { status: 400 });
  }
  return redirect(sellerPath(`/seller/products/${outcome.productId}`, portal.query, { saved: 1 }));
}

export default function EditProductPage() {
  const { portal, product, reference, locale, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useT("seller");
  const defaultValue = {
    name: product.name,
    categorySlug: product.categorySlug,
    description: product.description,
    status: product.status === "HIDDEN" ? undefined : product.status,
    certificateId: product.certificateId ?? "",
    variants: product.variants.map((v) => ({ id: v.id, label: v.label, sku: v.sku, price: formatNumber(v.price), weightGrams: String(v.weightGrams) })),
  };
  return (
    <SellerShell portal={portal}>
      <div>
        <Link to={sellerPath("/seller/products", portal.query)} className="text-sm text-brand-700 underline">
          {t("products.back")}
        </Link>
        <h1 className="mt-1 flex flex-wrap items-center gap-2 text-2xl font-semibold text-stone-900">
          <span>{product.name}</span>
          <ProductStatusBadge status={product.status} />
        </h1>
        {product.status === "ACTIVE" && portal.seller.status === "APPROVED" ? (
          <Link to={`/products/${product.slug}`} className="text-sm text-brand-700 underline">
            {t("products.viewInStore")}
          </Link>
        ) : null}
      </div>
      {saved ? <Notice>{t("products.saved")}</Notice> : null}
      <ProductForm
        // A fresh form after each save, so the defaults (new variant ids, photos) apply.
        key={JSON.stringify(defaultValue) + product.images.length}
        mode="edit"
        lastResult={actionData?.result}
        defaultValue={defaultValue}
        groups={reference.groups}
        certificates={reference.certificates}
        locale={locale}
        portalQuery={portal.query}
        disabled={!portal.canWrite}
        product={product}
      />
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}
