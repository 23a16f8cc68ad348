import { Form, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "~/lib/i18n/react";
import type { PortalView } from "~/modules/sellers/portal.server";
import { sellerPath } from "./links";

const NAV = [
  { to: "/seller", key: "nav.dashboard", end: true },
  { to: "/seller/products", key: "nav.products", end: false },
  { to: "/seller/inventory", key: "nav.inventory", end: false },
  { to: "/seller/certificates", key: "nav.certificates", end: false },
  { to: "/seller/orders", key: "nav.orders", end: false },
  { to: "/seller/balance", key: "nav.balance", end: false },
  { to: "/seller/reviews", key: "nav.reviews", end: false },
  { to: "/seller/team", key: "nav.team", end: false },
  { to: "/seller/settings", key: "nav.settings", end: false },
] as const;

/**
 * The frame of every portal page: which seller (and a switch when there are several), the
 * portal's sections, and — for a suspended seller — why it is read-only.
 */
export function SellerShell({ portal, children }: { portal: PortalView; children: ReactNode }) {
  const { t } = useT("seller");
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 pb-3">
        <div className="min-w-0">
          <p className="text-xs uppercase tracking-wide text-stone-500">{t("portal")}</p>
          <p className="flex flex-wrap items-center gap-2 text-lg font-semibold text-stone-900">
            <span className="break-words">{portal.seller.name}</span>
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${portal.seller.status === "APPROVED" ? "bg-brand-100 text-brand-800" : "bg-amber-100 text-amber-900"}`}>
              {t(`sellerStatus.${portal.seller.status}`)}
            </span>
          </p>
        </div>
        {portal.sellers.length > 1 ? (
          <Form method="get" action="/seller" className="flex items-end gap-2">
            <label className="text-sm text-stone-700">
              {t("switchSeller")}
              <select name="seller" defaultValue={portal.seller.slug} className="mt-1 block rounded-md border border-stone-300 px-2 py-1.5 text-sm">
                {portal.sellers.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50">
              {t("switchSubmit")}
            </button>
          </Form>
        ) : null}
      </div>
      <nav aria-label={t("nav.label")} className="-mx-1 flex gap-1 overflow-x-auto">
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            to={sellerPath(item.to, portal.query)}
            end={item.end}
            className={({ isActive }) =>
              `whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${isActive ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-100"}`
            }
          >
            {t(item.key)}
          </NavLink>
        ))}
      </nav>
      {portal.seller.status === "SUSPENDED" ? (
        <div role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t("suspended.notice")}</p>
          <p className="mt-1">{portal.seller.statusReason ? t("suspended.reason", { reason: portal.seller.statusReason }) : t("suspended.noReason")}</p>
        </div>
      ) : null}
      {children}
    </div>
  );
}
