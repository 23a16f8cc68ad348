// /admin/certificates/:id — the certificate's scan beside the data the seller
// typed, so the operator can compare them; verify, reject with a reason, or
// revoke a verified one with a reason.
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AdminHeading, AdminShell, DoneNotice } from "~/components/admin/AdminShell";
import { AuditTrail } from "~/components/admin/AuditTrail";
import { DecisionForm } from "~/components/admin/DecisionForm";
import { certificateDecisionSchema, REASON_REQUIRED } from "~/components/admin/forms";
import { StatusBadge } from "~/components/admin/StatusBadge";
import { CACHE_NONE } from "~/lib/http";
import { formatDate, formatDateTime } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { presentAuditEntries } from "~/modules/audit/index.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, notFound, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { decideCertificate, getCertificateForAdmin, type CertificateDecision } from "~/modules/certificates/index.server";
import { readFormData } from "~/lib/form-data.server";

/** The private scan, served to the seller's members and to admins by the seller portal's route. */
const scanUrl = (id: string) => `/seller/certificates/${encodeURIComponent(id)}/scan`;

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Giấy chứng nhận OCOP · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const certificate = await getCertificateForAdmin(params.id ?? "");
  if (!certificate) throw notFound();
  const locale = getLocale(request);
  const t = getFixedT(locale, "admin");
  return data(
    {
      title: `${certificate.productName} · ${t("certificates.title")} · ${t("overview.short")}`,
      certificate: { ...certificate, history: presentAuditEntries(certificate.history, locale), scanUrl: certificate.hasScan ? scanUrl(certificate.id) : null },
    },
    { headers: { "Cache-Control": CACHE_NONE } },
  );
}

const HTTP_STATUS = { not_found: 404, invalid_transition: 409, conflict: 409, reason_required: 400, expired: 409 } as const;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const certificateId = params.id ?? "";
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: certificateDecisionSchema });
  const intent = String(formData.get("intent") ?? "");
  if (submission.status !== "success") {
    return data({ intent, result: submission.reply() }, { status: 400, headers: { "Cache-Control": CACHE_NONE } });
  }
  const decision: CertificateDecision = submission.value.intent;
  const outcome = await decideCertificate(decision, certificateId, { id: admin.id, ipAddress: clientIp(context) }, submission.value.reason);
  if (!outcome.ok) {
    if (outcome.error === "not_found") throw notFound();
    const field = outcome.error === "reason_required" ? { fieldErrors: { reason: ["errors.reasonRequired"] } } : { formErrors: [`errors.${outcome.error}`] };
    return data({ intent, result: submission.reply(field) }, { status: HTTP_STATUS[outcome.error], headers: { "Cache-Control": CACHE_NONE } });
  }
  return redirect(`/admin/certificates/${certificateId}?done=${decision}`, { headers: { "Cache-Control": CACHE_NONE } });
}

const DECISION_TONE = { verify: "primary", reject: "danger", revoke: "danger" } as const;

export default function AdminCertificate() {
  const { certificate } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t, i18n } = useT("admin");
  const { t: tc } = useT("common");
  const done = searchParams.get("done");
  const doneMessage = done && ["verify", "reject", "revoke"].includes(done) ? t(`certificates.done.${done}`) : null;

  const facts: [string, string | null][] = [
    [t("certificates.fields.productName"), certificate.productName],
    [t("certificates.fields.decisionNumber"), certificate.decisionNumber],
    [t("certificates.fields.issuingAuthority"), certificate.issuingAuthority],
    [t("certificates.fields.issuedAt"), formatDate(certificate.issuedAt)],
    [t("certificates.fields.expiresAt"), formatDate(certificate.expiresAt)],
    [t("certificates.fields.stars"), tc("product.ocopStars", { count: certificate.stars })],
    [t("certificates.fields.group"), i18n.language === "en" ? certificate.group.nameEn : certificate.group.nameVi],
    [t("certificates.fields.submittedAt"), formatDateTime(certificate.createdAt)],
    [t("certificates.fields.verifiedAt"), certificate.verifiedAt ? formatDateTime(certificate.verifiedAt) : null],
    [t("certificates.fields.verifiedBy"), certificate.verifiedBy ? `${certificate.verifiedBy.name} (${certificate.verifiedBy.email})` : null],
  ];

  return (
    <AdminShell>
      <p className="text-sm">
        <Link to="/admin/certificates" className="text-brand-700 hover:underline">
          ← {t("certificates.back")}
        </Link>
      </p>
      <AdminHeading title={`${certificate.productName} · ${certificate.decisionNumber}`}>
        <StatusBadge kind="certificate" status={certificate.status} />
      </AdminHeading>
      <DoneNotice message={doneMessage} />

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="scan-heading" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="scan-heading" className="text-lg font-semibold">
            {t("certificates.scanTitle")}
          </h2>
          {certificate.scanUrl ? (
            certificate.scanKind === "pdf" ? (
              <div className="mt-2">
                <object data={certificate.scanUrl} type="application/pdf" className="h-[32rem] w-full rounded border border-stone-200" aria-label={t("certificates.scanAlt", { number: certificate.decisionNumber })}>
                  <a href={certificate.scanUrl} className="text-brand-700 underline">
                    {t("certificates.openScan")}
                  </a>
                </object>
              </div>
            ) : (
              <a href={certificate.scanUrl} target="_blank" rel="noreferrer" className="mt-2 block">
                <img src={certificate.scanUrl} alt={t("certificates.scanAlt", { number: certificate.decisionNumber })} className="max-h-[32rem] w-full rounded border border-stone-200 object-contain" />
              </a>
            )
          ) : (
            <p className="mt-2 rounded-md bg-stone-50 p-4 text-stone-600">{t("certificates.noScanLong")}</p>
          )}
          {certificate.scanUrl ? (
            <a href={certificate.scanUrl} target="_blank" rel="noreferrer" className="mt-2 inline-block text-sm text-brand-700 underline">
              {t("certificates.openScan")}
            </a>
          ) : null}
        </section>

        <section aria-labelledby="data-heading" className="rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="data-heading" className="text-lg font-semibold">
            {t("certificates.dataTitle")}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm text-stone-500">{label}</dt>
                <dd className="break-words">{value ?? "—"}</dd>
              </div>
            ))}
            <dt className="text-sm text-stone-500">{t("certificates.fields.seller")}</dt>
            <dd>
              <Link to={`/admin/sellers/${certificate.seller.id}`} className="text-brand-700 hover:underline">
                {certificate.seller.name}
              </Link>{" "}
              <StatusBadge kind="seller" status={certificate.seller.status} />
            </dd>
          </dl>
          {certificate.statusReason ? (
            <p className="mt-3 whitespace-pre-line text-stone-700">
              {t("certificates.statusReason")}: {certificate.statusReason}
            </p>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="decision-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="decision-heading" className="text-lg font-semibold">
          {t("certificates.decisionTitle")}
        </h2>
        {certificate.decisions.length ? (
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            {certificate.decisions.map((decision) => (
              <DecisionForm
                key={decision}
                intent={decision}
                submitLabel={t(`certificates.decisions.${decision}`)}
                reasonLabel={t(`certificates.reasonLabels.${decision}`)}
                reasonRequired={REASON_REQUIRED[decision]}
                tone={DECISION_TONE[decision]}
                lastResult={actionData?.intent === decision ? actionData.result : undefined}
              />
            ))}
          </div>
        ) : (
          <p className="mt-2 text-sm text-stone-600">{t("certificates.noDecisions")}</p>
        )}
      </section>

      <section aria-labelledby="products-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="products-heading" className="text-lg font-semibold">
          {t("certificates.productsTitle")}
        </h2>
        {certificate.products.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{t("certificates.noProducts")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100">
            {certificate.products.map((p) => (
              <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <Link to={`/admin/products?q=${encodeURIComponent(p.id)}`} className="font-medium text-brand-700 hover:underline">
                  {p.name}
                </Link>
                <StatusBadge kind="product" status={p.status} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <AuditTrail entries={certificate.history} title={t("certificates.historyTitle")} />
    </AdminShell>
  );
}
