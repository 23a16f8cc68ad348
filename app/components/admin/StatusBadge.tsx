import { useT } from "~/lib/i18n/react";

export type StatusKind = "seller" | "certificate" | "product" | "role";

const TONE: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  VERIFIED: "bg-emerald-100 text-emerald-900",
  ACTIVE: "bg-emerald-100 text-emerald-900",
  REJECTED: "bg-red-100 text-red-900",
  REVOKED: "bg-red-100 text-red-900",
  SUSPENDED: "bg-orange-100 text-orange-900",
  HIDDEN: "bg-orange-100 text-orange-900",
  DRAFT: "bg-stone-100 text-stone-800",
  ARCHIVED: "bg-stone-100 text-stone-800",
  ADMIN: "bg-brand-100 text-brand-800",
  SHOPPER: "bg-stone-100 text-stone-800",
};

/** A status in words, coloured by what it asks of the operator. */
export function StatusBadge({ kind, status }: { kind: StatusKind; status: string }) {
  const { t } = useT("admin");
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONE[status] ?? "bg-stone-100 text-stone-800"}`}>
      {t(`status.${kind}.${status}`, { defaultValue: status })}
    </span>
  );
}
