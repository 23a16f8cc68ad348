import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate, formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { getAdminOverview, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Quản trị · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const overview = await getAdminOverview();
  const t = getFixedT(getLocale(request), "auth");
  return data({ title: `${t("admin.title")} · Chợ OCOP`, overview }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function AdminHome() {
  const { overview } = useLoaderData<typeof loader>();
  const { t } = useT("auth");
  const cards = [
    { label: t("admin.pendingSellers"), value: overview.pendingSellers, to: "/admin/sellers?status=PENDING", action: t("admin.reviewSellers"), urgent: overview.pendingSellers > 0 },
    { label: t("admin.pendingCertificates"), value: overview.pendingCertificates, to: "/admin/certificates?status=PENDING", action: t("admin.reviewCertificates"), urgent: overview.pendingCertificates > 0 },
    { label: t("admin.approvedSellers"), value: overview.approvedSellers },
    { label: t("admin.users"), value: overview.users, note: t("admin.admins", { count: overview.admins }) },
  ];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{t("admin.title")}</h1>
        <p className="mt-1 text-stone-600">{t("admin.intro")}</p>
      </div>

      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.label} className={`rounded-xl border bg-white p-4 ${card.urgent ? "border-amber-300" : "border-stone-200"}`}>
            <p className="text-sm text-stone-600">{card.label}</p>
            <p className="mt-1 text-3xl font-bold text-brand-700">{formatNumber(card.value)}</p>
            {card.note ? <p className="text-xs text-stone-500">{card.note}</p> : null}
            {card.to ? (
              <Link to={card.to} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                {card.action}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>

      <section aria-labelledby="waiting-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="waiting-heading" className="text-lg font-semibold">
          {t("admin.waitingTitle")}
        </h2>
        {overview.waitingSellers.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{t("admin.noneWaiting")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100">
            {overview.waitingSellers.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link to={`/admin/sellers/${s.id}`} className="font-medium text-brand-700 hover:underline">
                  {s.name}
                </Link>
                <span className="text-sm text-stone-500">{t("admin.submittedAt", { date: formatDate(s.submittedAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
