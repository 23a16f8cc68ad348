// /admin/sellers/:id — everything the applicant submitted, and the decisions
// open from its status: approve, reject with a reason, suspend with a reason,
// reinstate. Each decision is a form posting an `intent`; after one, the page
// reloads with ?done=<intent> so a refresh does not post it again.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AdminHeading, AdminShell, DoneNotice } from "~/components/admin/AdminShell";
import { AuditTrail } from "~/components/admin/AuditTrail";
import { DecisionForm } from "~/components/admin/DecisionForm";
import { REASON_REQUIRED, sellerDecisionSchema } from "~/components/admin/forms";
import { StatusBadge } from "~/components/admin/StatusBadge";
import { bankByBin } from "~/data/banks";
import { CACHE_NONE } from "~/lib/http";
import { formatDate, formatDateTime, formatNumber } from "~/lib/format";
import { sellerLogoUrl } from "~/lib/images.server";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { presentAuditEntries } from "~/modules/audit/index.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, notFound, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { decideSeller, getSellerForAdmin, type SellerDecision } from "~/modules/sellers/index.server";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Người bán · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const seller = await getSellerForAdmin(params.id ?? "");
  if (!seller) throw notFound();
  const locale = getLocale(request);
  const t = getFixedT(locale, "admin");
  const bank = bankByBin(seller.bankBin);
  return data(
    {
      title: `${seller.name} · ${t("overview.short")}`,
      seller: {
        ...seller,
        history: presentAuditEntries(seller.history, locale),
        logo: seller.logoPath ? sellerLogoUrl(seller.logoPath, 192) : null,
        bankName: bank ? `${bank.shortName} — ${bank.name}` : null,
      },
    },
    { headers: { "Cache-Control": CACHE_NONE } },
  );
}

const HTTP_STATUS = { not_found: 404, invalid_transition: 409, conflict: 409, reason_required: 400 } as const;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const sellerId = params.id ?? "";
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: sellerDecisionSchema });
  const intent = String(formData.get("intent") ?? "");
  if (submission.status !== "success") {
    return data({ intent, result: submission.reply() }, { status: 400, headers: { "Cache-Control": CACHE_NONE } });
  }
  const decision: SellerDecision = submission.value.intent;
  const outcome = await decideSeller(decision, sellerId, { id: admin.id, ipAddress: clientIp(context) }, submission.value.reason);
  if (!outcome.ok) {
    if (outcome.error === "not_found") throw notFound();
    const field = outcome.error === "reason_required" ? { fieldErrors: { reason: ["errors.reasonRequired"] } } : { formErrors: [`errors.${outcome.error}`] };
    return data({ intent, result: submission.reply(field) }, { status: HTTP_STATUS[outcome.error], headers: { "Cache-Control": CACHE_NONE } });
  }
  return redirect(`/admin/sellers/${sellerId}?done=${decision}`, { headers: { "Cache-Control": CACHE_NONE } });
}

const DECISION_TONE = { approve: "primary", reject: "danger", suspend: "danger", reinstate: "primary" } as const;

export default function AdminSeller() {
  const { seller } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useT("admin");
  const { t: tc } = useT("common");
  const done = searchParams.get("done");
  const doneMessage = done && ["approve", "reject", "suspend", "reinstate"].includes(done) ? t(`sellers.done.${done}`) : null;

  const facts: [string, string | null][] = [
    [t("sellers.fields.kind"), tc(`sellerKind.${seller.kind}`)],
    [t("sellers.fields.taxCode"), seller.taxCode],
    [t("sellers.fields.representative"), seller.representative],
    [t("sellers.fields.phone"), seller.phone],
    [t("sellers.fields.email"), seller.email],
    [t("sellers.fields.address"), [seller.addressLine, seller.ward?.name, seller.province.name].filter(Boolean).join(", ")],
    [t("sellers.fields.bank"), seller.bankName ?? seller.bankBin],
    [t("sellers.fields.bankAccountNo"), seller.bankAccountNo],
    [t("sellers.fields.bankAccountName"), seller.bankAccountName],
    [t("sellers.fields.commission"), seller.commissionRateBps === null ? t("sellers.fields.commissionDefault") : `${formatNumber(seller.commissionRateBps / 100)}%`],
    [t("sellers.fields.submittedAt"), formatDateTime(seller.submittedAt)],
    [t("sellers.fields.approvedAt"), seller.approvedAt ? formatDateTime(seller.approvedAt) : null],
  ];

  return (
    <AdminShell>
      <p className="text-sm">
        <Link to="/admin/sellers" className="text-brand-700 hover:underline">
          ← {t("sellers.back")}
        </Link>
      </p>
      <AdminHeading title={seller.name}>
        <StatusBadge kind="seller" status={seller.status} />
      </AdminHeading>
      <DoneNotice message={doneMessage} />

      <section aria-labelledby="status-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="status-heading" className="text-lg font-semibold">
          {t("sellers.statusTitle")}
        </h2>
        <p className="mt-1">
          {t("sellers.currentStatus")}: <strong>{t(`status.seller.${seller.status}`)}</strong>
        </p>
        {seller.statusReason ? (
          <p className="mt-1 whitespace-pre-line text-stone-700">
            {t("sellers.statusReason")}: {seller.statusReason}
          </p>
        ) : null}
        {seller.status === "APPROVED" || seller.status === "SUSPENDED" ? (
          <p className="mt-1 text-sm">
            <Link to={`/s/${seller.slug}`} className="text-brand-700 underline">
              {t("sellers.publicPage")}
            </Link>
          </p>
        ) : null}
        {seller.decisions.length ? (
          <div className="mt-4 grid gap-3 md:grid-cols-2">
            {seller.decisions.map((decision) => (
              <DecisionForm
                key={decision}
                intent={decision}
                submitLabel={t(`sellers.decisions.${decision}`)}
                reasonLabel={t(`sellers.reasonLabels.${decision}`)}
                reasonRequired={REASON_REQUIRED[decision]}
                tone={DECISION_TONE[decision]}
                lastResult={actionData?.intent === decision ? actionData.result : undefined}
              />
            ))}
          </div>
        ) : (
          <p className="mt-3 text-sm text-stone-600">{t("sellers.noDecisions")}</p>
        )}
      </section>

      <section aria-labelledby="application-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="application-heading" className="text-lg font-semibold">
          {t("sellers.applicationTitle")}
        </h2>
        <div className="mt-3 flex flex-col gap-4 sm:flex-row">
          {seller.logo ? <img src={seller.logo} alt={t("sellers.logoAlt", { name: seller.name })} width={96} height={96} className="h-24 w-24 shrink-0 rounded-full border border-stone-200" /> : null}
          <dl className="grid flex-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm text-stone-500">{label}</dt>
                <dd className="break-words">{value ?? "—"}</dd>
              </div>
            ))}
          </dl>
        </div>
        <h3 className="mt-4 font-semibold">{t("sellers.fields.story")}</h3>
        <p className="mt-1 whitespace-pre-line text-stone-800">{seller.story || t("sellers.noStory")}</p>
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="members-heading" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="members-heading" className="text-lg font-semibold">
            {t("sellers.membersTitle")}
          </h2>
          {seller.members.length === 0 ? (
            <p className="mt-2 text-sm text-stone-600">{t("sellers.noMembers")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-stone-100">
              {seller.members.map((m) => (
                <li key={m.user.id} className="py-2">
                  <Link to={`/admin/users?q=${encodeURIComponent(m.user.id)}`} className="font-medium text-brand-700 hover:underline">
                    {m.user.name}
                  </Link>{" "}
                  <span className="text-sm text-stone-600">
                    · {m.user.email} · {t(`sellers.memberRole.${m.role}`)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="listings-heading" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="listings-heading" className="text-lg font-semibold">
            {t("sellers.listingsTitle")}
          </h2>
          <p className="mt-2 text-sm text-stone-700">
            {(["ACTIVE", "DRAFT", "ARCHIVED", "HIDDEN"] as const).map((s) => `${t(`status.product.${s}`)}: ${formatNumber(seller.productCounts[s] ?? 0)}`).join(" · ")}
          </p>
          <Link to={`/admin/products?seller=${seller.id}`} className="mt-1 inline-block text-sm text-brand-700 underline">
            {t("sellers.seeProducts")}
          </Link>
          <h3 className="mt-4 font-semibold">{t("sellers.certificatesTitle")}</h3>
          {seller.certificates.length === 0 ? (
            <p className="mt-1 text-sm text-stone-600">{t("sellers.noCertificates")}</p>
          ) : (
            <ul className="mt-1 divide-y divide-stone-100">
              {seller.certificates.map((c) => (
                <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                  <Link to={`/admin/certificates/${c.id}`} className="font-medium text-brand-700 hover:underline">
                    {c.productName} · {c.decisionNumber}
                  </Link>
                  <span className="flex items-center gap-2">
                    {tc("product.ocopStars", { count: c.stars })} · {t("certificates.expiresOn", { date: formatDate(c.expiresAt) })}
                    <StatusBadge kind="certificate" status={c.status} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <AuditTrail entries={seller.history} title={t("sellers.historyTitle")} />
    </AdminShell>
  );
}
