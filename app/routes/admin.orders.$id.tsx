// /admin/orders/:id — one order as the operator sees it: buyer and address, each
// seller's part and lines, payments, bank transfers, refunds, and the timeline
// (who did what, when).
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdminHeading, AdminShell } from "~/components/admin/AdminShell";
import { MatchBadge, OrderStatusBadge } from "~/components/admin-payments/MatchBadge";
import { Price } from "~/components/catalog/Price";
import { CACHE_NONE } from "~/lib/http";
import { formatDateTime, formatVnd } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { notFound, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { getOrderForAdmin } from "~/modules/orders/index.server";

const idParam = z.string().min(1).max(100);

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Đơn hàng · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const id = idParam.safeParse(params.id);
  const order = id.success ? await getOrderForAdmin(id.data) : null;
  if (!order) throw notFound();
  const ta = getFixedT(getLocale(request), "admin");
  return data({ title: `${order.code} · ${ta("overview.short")}`, order }, { headers: { "Cache-Control": CACHE_NONE } });
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function AdminOrder() {
  const { order } = useLoaderData<typeof loader>();
  const { t } = useT("admin-payments");
  const { t: to } = useT("orders");
  const eventLabel = (status: string) => to(`events.${status}`, { defaultValue: to("events.other", { status }) });

  return (
    <AdminShell>
      <p>
        <Link to="/admin/orders" className="text-sm text-brand-700 hover:underline">
          ← {t("orders.detail.back")}
        </Link>
      </p>
      <AdminHeading title={order.code} intro={formatDateTime(order.createdAt)}>
        <OrderStatusBadge status={order.status} />
      </AdminHeading>

      <div className="grid gap-4 md:grid-cols-2">
        <Section id="buyer" title={t("orders.detail.buyer")}>
          <p className="text-sm">
            {order.buyer.name} · {order.buyer.email}
          </p>
          <p className="text-sm font-medium text-stone-800">{t("orders.detail.deliverTo")}</p>
          <p className="text-sm text-stone-700">
            {order.fullName} · {order.phone} · {order.addressLine}
          </p>
        </Section>
        <Section id="money" title={t("orders.detail.payments")}>
          <p className="text-sm">
            {to("detail.total")}: <Price amount={order.total} className="font-semibold" />
          </p>
          <ul role="list" className="text-sm">
            {order.payments.map((p) => (
              <li key={p.id}>
                {p.provider} · {p.status} · {t("orders.detail.received", { amount: formatVnd(p.amountReceived) })}
                {p.providerRef ? <span className="ml-1 font-mono text-xs text-stone-500">{p.providerRef}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      </div>

      <Section id="parts" title={t("orders.detail.parts")}>
        <ul role="list" className="space-y-3">
          {order.sellerOrders.map((so) => (
            <li key={so.id} className="text-sm">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                <Link to={`/admin/sellers/${so.seller.id}`} className="text-brand-700 hover:underline">
                  {so.seller.name}
                </Link>
                <OrderStatusBadge status={so.status} />
                {so.trackingNumber ? <span className="font-mono text-xs text-stone-500">{so.trackingNumber}</span> : null}
              </p>
              <ul role="list" className="ml-4 list-disc text-stone-700">
                {so.lines.map((l) => (
                  <li key={l.id}>
                    {l.title} ({l.variantLabel}) × {l.quantity} — <Price amount={l.lineTotal} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>

      <div className="grid gap-4 md:grid-cols-2">
        <Section id="transfers" title={t("orders.detail.transfers")}>
          {order.bankTransfers.length === 0 ? <p className="text-sm text-stone-600">{t("orders.detail.none")}</p> : null}
          <ul role="list" className="space-y-1 text-sm">
            {order.bankTransfers.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center gap-2">
                <Price amount={b.amount} className="tabular-nums" />
                <MatchBadge match={b.match} />
                <span className="tabular-nums text-stone-600">{formatDateTime(b.transactionAt)}</span>
                <span className="break-all font-mono text-xs text-stone-500">{b.content}</span>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="refunds" title={t("orders.detail.refunds")}>
          {order.refunds.length === 0 ? <p className="text-sm text-stone-600">{t("orders.detail.none")}</p> : null}
          <ul role="list" className="space-y-1 text-sm">
            {order.refunds.map((r) => (
              <li key={r.id}>
                <Price amount={r.amount} /> · {t(`payments.refunds.statusValue.${r.status}`)} · {r.reason}
                {r.providerRef ? <span className="ml-1 font-mono text-xs text-stone-500">{r.providerRef}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      </div>

      <Section id="timeline" title={t("orders.detail.timeline")}>
        <ol className="space-y-2 text-sm">
          {order.timeline.map((e) => (
            <li key={e.id} className="border-l-2 border-stone-200 pl-3">
              <p className="font-medium text-stone-900">
                {eventLabel(e.status)}
                {e.sellerName ? <span className="font-normal text-stone-600"> · {e.sellerName}</span> : null}
              </p>
              <p className="text-stone-600">
                <time dateTime={String(e.createdAt)}>{formatDateTime(e.createdAt)}</time>
                {e.actor ? ` · ${t("orders.detail.by", { name: e.actor.name || e.actor.email || e.actor.id })}` : null}
              </p>
              {e.note ? <p className="text-stone-700">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      </Section>
    </AdminShell>
  );
}
