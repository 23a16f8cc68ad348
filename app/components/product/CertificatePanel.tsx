import { formatDate } from "~/lib/format";
import { useT } from "~/lib/i18n/react";
import type { CertificateData } from "~/modules/catalog/product.server";

function Status({ certificate }: { certificate: CertificateData }) {
  const { t } = useT("product");
  if (certificate.badge) {
    return (
      <p className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800 ring-1 ring-brand-600/40">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
          <path d="M10 1.5 3 4.5v5c0 4.2 3 7.8 7 9 4-1.2 7-4.8 7-9v-5l-7-3Zm-1 12.1L5.6 10.2l1.4-1.4 2 2 4-4 1.4 1.4L9 13.6Z" />
        </svg>
        {t("certificate.verified")}
      </p>
    );
  }
  const [text, tone] =
    certificate.status === "REVOKED"
      ? [t("certificate.revoked"), "bg-red-50 text-red-800 ring-red-300"]
      : certificate.expired
        ? [t("certificate.expired"), "bg-stone-100 text-stone-800 ring-stone-300"]
        : [t("certificate.pending"), "bg-amber-50 text-amber-900 ring-amber-300"];
  return <p className={`inline-flex rounded-full px-3 py-1 text-sm font-semibold ring-1 ${tone}`}>{text}</p>;
}

/**
 * The OCOP certificate as the decision states it. The badge ("đã xác minh")
 * shows only when an admin verified it and it has not expired; otherwise the
 * panel says why not (pending, expired, revoked).
 */
export function CertificatePanel({ certificate }: { certificate: CertificateData | null }) {
  const { t } = useT("product");
  return (
    <section aria-labelledby="certificate-title" className="rounded-lg border border-amber-200 bg-amber-50/40 p-4">
      <h2 id="certificate-title" className="text-lg font-semibold text-stone-900">
        {t("certificate.title")}
      </h2>
      {certificate ? (
        <>
          <div className="mt-2">
            <Status certificate={certificate} />
          </div>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            <dt className="text-stone-600">{t("certificate.stars")}</dt>
            <dd className="font-medium">
              <span aria-hidden="true" className={`mr-1 tracking-tight ${certificate.badge ? "text-ocop-500" : "text-stone-400"}`}>
                {"★".repeat(certificate.stars)}
              </span>
              {t("certificate.starsValue", { count: certificate.stars })}
            </dd>
            <dt className="text-stone-600">{t("certificate.group")}</dt>
            <dd>{certificate.group.name}</dd>
            <dt className="text-stone-600">{t("certificate.decision")}</dt>
            <dd className="font-medium break-words">{certificate.decisionNumber}</dd>
            <dt className="text-stone-600">{t("certificate.authority")}</dt>
            <dd className="break-words">{certificate.issuingAuthority}</dd>
            <dt className="text-stone-600">{t("certificate.issuedAt")}</dt>
            <dd>
              <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt)}</time>
            </dd>
            <dt className="text-stone-600">{t("certificate.validity")}</dt>
            <dd className={certificate.expired ? "text-red-700" : undefined}>
              <time dateTime={certificate.expiresAt}>{t("certificate.validUntil", { date: formatDate(certificate.expiresAt) })}</time>
            </dd>
          </dl>
          {certificate.badge ? null : <p className="mt-3 text-xs text-stone-600">{t("certificate.notVerifiedNote")}</p>}
        </>
      ) : (
        <p className="mt-2 text-sm text-stone-700">{t("certificate.none")}</p>
      )}
    </section>
  );
}
