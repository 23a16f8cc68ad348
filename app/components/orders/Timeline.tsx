import { formatDateTime } from "~/lib/format";
import { useT } from "~/lib/i18n/react";
import { hasEventLabel } from "~/modules/orders/status";

export type TimelineEvent = { id: string; status: string; note: string | null; createdAt: Date | string; sellerName: string | null };

/** The order's history, oldest first: every status change and notice with its time (and the seller, for a seller's part). */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useT("orders");
  return (
    <ol className="relative space-y-3 border-l border-stone-200 pl-4">
      {events.map((e) => (
        <li key={e.id} data-status={e.status} className="relative">
          <span aria-hidden="true" className="absolute -left-[1.3rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-600" />
          <p className="text-sm font-medium text-stone-900">
            {hasEventLabel(e.status) ? t(`events.${e.status}`) : t("events.other", { status: e.status })}
            {e.sellerName ? <span className="font-normal text-stone-600"> · {e.sellerName}</span> : null}
          </p>
          <p className="text-xs text-stone-500">
            <time dateTime={new Date(e.createdAt).toISOString()}>{formatDateTime(e.createdAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
