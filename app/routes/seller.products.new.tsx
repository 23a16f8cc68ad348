import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ProductForm } from "~/components/seller/ProductForm";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { createSellerProduct, getProductFormReference, readProductSubmission, TOO_LARGE_RESULT } from "~/modules/products/index.server";
import { portalHeaders, portalView, requirePortal, requirePortalWrite } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Thêm sản phẩm · Kênh người bán" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const reference = await getProductFormReference(portal.seller.id);
  const locale = getLocale(request);
  const t = getFixedT(locale, "seller");
  return data({ title: `${t("products.new")} · ${t("portal")}`, portal: portalView(portal), reference, locale }, { headers: portalHeaders(portal) });
}

export async function action({ request }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  const submission = await readProductSubmission(request);
  if (!submission) return data({ result: TOO_LARGE_RESULT }, { status: 413 });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["photos"] }) }, { status: submission.status === "error" ? 400 : 200 });
  }
  const outcome = await createSellerProduct({ sellerId: portal.seller.id, actorId: portal.user.id, input: submission.value });
  if (!outcome.ok) {
    if (outcome.notFound) throw new Response("Not Found", { status: 404 });
    return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors, hideFields: ["photos"] }) }, { status: 400 });
  }
  return redirect(sellerPath(`/seller/products/${outcome.productId}`, portal.query, { saved: 1 }));
}

export default function NewProductPage() {
  const { portal, reference, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useT("seller");
  return (
    <SellerShell portal={portal}>
      <div>
        <Link to={sellerPath("/seller/products", portal.query)} className="text-sm text-brand-700 underline">
          {t("products.back")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-stone-900">{t("products.new")}</h1>
      </div>
      <ProductForm
        mode="create"
        lastResult={actionData?.result}
        defaultValue={{ status: "DRAFT", variants: [{ weightGrams: "500", initialStock: "0" }] }}
        groups={reference.groups}
        certificates={reference.certificates}
        locale={locale}
        portalQuery={portal.query}
        disabled={!portal.canWrite}
      />
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}
