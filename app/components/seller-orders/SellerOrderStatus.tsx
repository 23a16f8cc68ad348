import { useT } from "~/lib/i18n/react";

const TONE: Record<string, string> = {
  paid: "bg-amber-100 text-amber-900",
  confirmed: "bg-sky-100 text-sky-900",
  shipped: "bg-indigo-100 text-indigo-900",
  delivered: "bg-brand-100 text-brand-800",
  cancelled: "bg-stone-200 text-stone-700",
  refunded: "bg-stone-200 text-stone-700",
};

/** A seller order's status as a badge (machine value in data-status). */
export function SellerOrderStatus({ status }: { status: string }) {
  const { t } = useT("fulfilment");
  return (
    <span data-status={status} className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONE[status] ?? "bg-stone-100 text-stone-700"}`}>
      {t(`status.${status}`)}
    </span>
  );
}
