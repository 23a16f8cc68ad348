import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { useT } from "~/lib/i18n/react";

const REASONS = ["no_seller", "seller_pending", "seller_rejected", "seller_suspended"] as const;

/**
 * Portal refusals say why: no shop yet, application pending or rejected (with the reason),
 * or — for a write — the seller is suspended (with the admin's reason). Anything else → the
 * shared error page.
 */
export function SellerErrorBoundary() {
  const error = useRouteError();
  const { t } = useT("seller");
  if (isRouteErrorResponse(error) && error.status === 403) {
    const body = (typeof error.data === "object" && error.data) || {};
    const reason = REASONS.find((r) => r === body.reason) ?? "no_seller";
    const sellerName = typeof body.sellerName === "string" ? body.sellerName : "";
    const statusReason = typeof body.statusReason === "string" ? body.statusReason : null;
    return (
      <section className="mx-auto max-w-xl py-10 text-center" data-status={403}>
        <p className="text-5xl font-bold text-brand-700">403</p>
        <h1 className="mt-3 text-2xl font-semibold">{t(reason === "seller_suspended" ? "forbidden.suspendedTitle" : "forbidden.title")}</h1>
        <p className="mt-3 text-stone-700">{t(`forbidden.${reason}`, { sellerName })}</p>
        {statusReason && reason !== "seller_pending" ? <p className="mt-2 font-medium text-stone-800">{t("suspended.reason", { reason: statusReason })}</p> : null}
        <div className="mt-6 flex flex-wrap justify-center gap-4">
          {reason === "no_seller" || reason === "seller_rejected" ? (
            <Link to="/sell" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {t(reason === "no_seller" ? "forbidden.apply" : "forbidden.fix")}
            </Link>
          ) : null}
          {reason === "seller_pending" ? (
            <Link to="/sell" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {t("forbidden.viewApplication")}
            </Link>
          ) : null}
          {reason === "seller_suspended" ? (
            <Link to="/seller" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {t("forbidden.backToPortal")}
            </Link>
          ) : null}
          <Link to="/" className="px-4 py-2 text-brand-700 underline">
            {t("forbidden.home")}
          </Link>
        </div>
      </section>
    );
  }
  if (isRouteErrorResponse(error)) return <ErrorPage status={error.status} />;
  console.error(error);
  return <ErrorPage status={500} />;
}
