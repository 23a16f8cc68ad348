import { useT } from "~/lib/i18n/react";

const PRODUCT_TONE: Record<string, string> = {
  DRAFT: "bg-stone-100 text-stone-800",
  ACTIVE: "bg-brand-100 text-brand-800",
  ARCHIVED: "bg-stone-200 text-stone-700",
  HIDDEN: "bg-red-100 text-red-800",
};

const CERT_TONE: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  VERIFIED: "bg-brand-100 text-brand-800",
  REJECTED: "bg-red-100 text-red-800",
  REVOKED: "bg-red-100 text-red-800",
};

export function ProductStatusBadge({ status }: { status: string }) {
  const { t } = useT("seller");
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${PRODUCT_TONE[status] ?? ""}`}>{t(`productStatus.${status}`)}</span>;
}

export function CertificateStatusBadge({ status }: { status: string }) {
  const { t } = useT("seller");
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${CERT_TONE[status] ?? ""}`}>{t(`certificateStatus.${status}`)}</span>;
}
