import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Notice } from "~/components/seller/FormField";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { CertificateStatusBadge } from "~/components/seller/StatusBadge";
import { sellerPath } from "~/components/seller/links";
import { formatDate } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { listSellerCertificates } from "~/modules/certificates/index.server";
import { portalHeaders, portalView, requirePortal } from "~/modules/sellers/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Giấy chứng nhận OCOP · Kênh người bán" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const certificates = await listSellerCertificates(portal.seller.id);
  const t = getFixedT(getLocale(request), "seller");
  return data(
    { title: `${t("certificates.title")} · ${t("portal")}`, portal: portalView(portal), certificates, added: new URL(request.url).searchParams.get("added") === "1" },
    { headers: portalHeaders(portal) },
  );
}

export default function CertificatesPage() {
  const { portal, certificates, added } = useLoaderData<typeof loader>();
  const { t } = useT("seller");
  const { t: tc } = useT("common");

  return (
    <SellerShell portal={portal}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-stone-900">{t("certificates.title")}</h1>
        {portal.canWrite ? (
          <Link to={sellerPath("/seller/certificates/new", portal.query)} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("certificates.new")}
          </Link>
        ) : null}
      </div>
      <p className="text-sm text-stone-600">{t("certificates.intro")}</p>
      {added ? <Notice>{t("certificates.added")}</Notice> : null}

      {certificates.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">{t("certificates.none")}</p>
      ) : (
        <ul className="space-y-3">
          {certificates.map((c) => {
            const live = c.status === "VERIFIED" || c.status === "PENDING";
            return (
              <li key={c.id} aria-label={c.decisionNumber} className="rounded-xl border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-medium text-stone-900">{c.productName}</p>
                    <p className="text-sm text-stone-600">{t("certificates.decision", { number: c.decisionNumber, authority: c.issuingAuthority })}</p>
                  </div>
                  <CertificateStatusBadge status={c.status} />
                </div>
                <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                  <div>
                    <dt className="text-stone-500">{t("certificates.stars")}</dt>
                    <dd>{tc("product.stars", { count: c.stars })}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-500">{t("certificates.group")}</dt>
                    <dd>{tc(`ocopGroups.${c.groupSlug}`)}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-500">{t("certificates.issuedAt")}</dt>
                    <dd>{formatDate(`${c.issuedAt}T12:00:00Z`)}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-500">{t("certificates.expiresAt")}</dt>
                    <dd>{formatDate(`${c.expiresAt}T12:00:00Z`)}</dd>
                  </div>
                </dl>
                {live && c.validity.state === "expiring" ? (
                  <p role="note" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
                    {t("certificates.expiringSoon", { count: c.validity.daysLeft })}
                  </p>
                ) : null}
                {live && c.validity.state === "expired" ? (
                  <p role="note" className="mt-2 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-900">
                    {t("certificates.expired")}
                  </p>
                ) : null}
                {(c.status === "REJECTED" || c.status === "REVOKED") && c.statusReason ? (
                  <p className="mt-2 text-sm text-red-800">{t("certificates.reason", { reason: c.statusReason })}</p>
                ) : null}
                <p className="mt-2 flex flex-wrap gap-4 text-sm">
                  <span className="text-stone-600">{t("certificates.productCount", { count: c.productCount })}</span>
                  {c.hasScan ? (
                    <a href={sellerPath(`/seller/certificates/${c.id}/scan`, portal.query)} target="_blank" rel="noreferrer" className="font-medium text-brand-700 underline">
                      {t("certificates.viewScan")}
                    </a>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}
