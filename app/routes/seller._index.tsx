import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { getSellerSummaries, requireAnySellerMembership } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Kênh người bán · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, sellers } = await requireAnySellerMembership(request);
  const summaries = await getSellerSummaries(sellers);
  const t = getFixedT(getLocale(request), "auth");
  // Applications still PENDING/REJECTED are mentioned too, so the member knows where they stand.
  const otherApplications = user.sellers.filter((s) => !sellers.includes(s)).map((s) => ({ sellerId: s.sellerId, name: s.name, status: s.status }));
  return data({ title: `${t("seller.title")} · Chợ OCOP`, summaries, otherApplications }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function SellerHome() {
  const { summaries, otherApplications } = useLoaderData<typeof loader>();
  const { t } = useT("auth");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{t("seller.title")}</h1>
        <p className="mt-1 text-stone-600">{t("seller.intro")}</p>
      </div>

      <ul className="grid gap-4 md:grid-cols-2">
        {summaries.map((s) => (
          <li key={s.sellerId} className={`rounded-xl border bg-white p-5 ${s.status === "SUSPENDED" ? "border-amber-300" : "border-stone-200"}`}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="text-lg font-semibold break-words">{s.name}</h2>
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${s.status === "APPROVED" ? "bg-brand-100 text-brand-800" : "bg-amber-100 text-amber-900"}`}>
                {t(`seller.status.${s.status}`)}
              </span>
            </div>
            <p className="text-sm text-stone-500">{t("seller.yourRole", { role: t(`seller.role.${s.role}`) })}</p>

            {s.status === "SUSPENDED" ? (
              <div role="note" className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
                <p>{t("seller.suspendedNotice")}</p>
                <p className="mt-1 font-medium">{s.statusReason ? t("seller.reason", { reason: s.statusReason }) : t("seller.noReason")}</p>
              </div>
            ) : null}

            <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
              <Stat label={t("seller.products")} value={s.products.total} />
              <Stat label={t("seller.productsActive")} value={s.products.byStatus.ACTIVE} />
              <Stat label={t("seller.productsDraft")} value={s.products.byStatus.DRAFT} />
              {s.products.byStatus.HIDDEN > 0 ? <Stat label={t("seller.productsHidden")} value={s.products.byStatus.HIDDEN} /> : null}
              <Stat label={t("seller.certificatesVerified")} value={s.certificates.verified} />
              <Stat label={t("seller.certificatesPending")} value={s.certificates.pending} />
            </dl>

            {s.status === "APPROVED" ? (
              <Link to={`/s/${s.slug}`} className="mt-4 inline-block text-sm font-medium text-brand-700 underline">
                {t("seller.viewStore")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>

      {otherApplications.length > 0 ? (
        <ul className="space-y-1 text-sm text-stone-600">
          {otherApplications.map((a) => (
            <li key={a.sellerId}>
              {a.name}: {t(`seller.status.${a.status}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-stone-500">{label}</dt>
      <dd className="text-xl font-semibold text-stone-900">{formatNumber(value)}</dd>
    </div>
  );
}

/** 403 from the guard says why (no shop, application pending or rejected); anything else → the shared page. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useT("auth");
  if (isRouteErrorResponse(error) && error.status === 403) {
    const body = (typeof error.data === "object" && error.data) || {};
    const reason = typeof body.reason === "string" && ["no_seller", "seller_pending", "seller_rejected"].includes(body.reason) ? body.reason : "no_seller";
    const sellerName = typeof body.sellerName === "string" ? body.sellerName : "";
    const statusReason = typeof body.statusReason === "string" ? body.statusReason : null;
    return (
      <section className="mx-auto max-w-xl py-10 text-center" data-status={403}>
        <p className="text-5xl font-bold text-brand-700">403</p>
        <h1 className="mt-3 text-2xl font-semibold">{t("seller.forbiddenTitle")}</h1>
        <p className="mt-3 text-stone-700">{t(`seller.forbidden.${reason}`, { sellerName })}</p>
        {reason === "seller_rejected" && statusReason ? <p className="mt-2 text-stone-600">{t("seller.reason", { reason: statusReason })}</p> : null}
        <div className="mt-6 flex flex-wrap justify-center gap-4">
          {reason !== "seller_pending" ? (
            <Link to="/sell" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {t("seller.apply")}
            </Link>
          ) : null}
          <Link to="/" className="px-4 py-2 text-brand-700 underline">
            {t("logout.cancel")}
          </Link>
        </div>
      </section>
    );
  }
  if (isRouteErrorResponse(error)) return <ErrorPage status={error.status} />;
  console.error(error);
  return <ErrorPage status={500} />;
}
