import { useT } from "~/lib/i18n/react";
import type { OrderStatusValue } from "~/modules/orders/status";

const TONE: Record<OrderStatusValue, string> = {
  pending_payment: "bg-amber-100 text-amber-900",
  underpaid: "bg-amber-100 text-amber-900",
  paid: "bg-brand-100 text-brand-800",
  confirmed: "bg-brand-100 text-brand-800",
  shipped: "bg-sky-100 text-sky-900",
  delivered: "bg-emerald-100 text-emerald-900",
  expired: "bg-stone-200 text-stone-700",
  cancelled: "bg-stone-200 text-stone-700",
  refunded: "bg-stone-200 text-stone-700",
};

/** A status in words, with its machine value in `data-status` (tests and scripts read that). */
export function StatusBadge({ status, className = "" }: { status: OrderStatusValue; className?: string }) {
  const { t } = useT("orders");
  return (
    <span data-status={status} className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONE[status] ?? "bg-stone-100 text-stone-800"} ${className}`}>
      {t(`status.${status}`)}
    </span>
  );
}
