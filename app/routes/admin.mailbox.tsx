// /admin/mailbox — the latest emails the system created (the dev mailbox: without
// SMTP_URL this is where emails can be read). Admins only.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CACHE_NONE } from "~/lib/http";
import { formatDateTime } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { isSmtpConfigured, listRecentEmails } from "~/modules/notifications/index.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Hộp thư thử nghiệm · Chợ OCOP" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const emails = await listRecentEmails(50);
  const t = getFixedT(getLocale(request), "payments");
  return data(
    {
      title: `${t("mailbox.title")} · Chợ OCOP`,
      smtp: isSmtpConfigured(),
      emails: emails.map((e) => ({ id: e.id, to: e.to, subject: e.subject, text: e.text, createdAt: e.createdAt.toISOString(), sentAt: e.sentAt?.toISOString() ?? null, error: e.error })),
    },
    { headers: { "Cache-Control": CACHE_NONE } },
  );
}

export default function AdminMailbox() {
  const { emails, smtp } = useLoaderData<typeof loader>();
  const { t } = useT("payments");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{t("mailbox.title")}</h1>
        <p className="mt-1 text-stone-600">{t("mailbox.intro")}</p>
        <p className={`mt-2 text-sm ${smtp ? "text-emerald-700" : "text-amber-700"}`}>{smtp ? t("mailbox.smtpOn") : t("mailbox.smtpOff")}</p>
      </div>
      {emails.length === 0 ? (
        <p className="text-stone-600">{t("mailbox.empty")}</p>
      ) : (
        <ol className="space-y-4" aria-label={t("mailbox.title")}>
          {emails.map((email) => (
            <li key={email.id}>
              <article aria-labelledby={`mail-${email.id}`} className="rounded-xl border border-stone-200 bg-white p-4">
                <h2 id={`mail-${email.id}`} className="font-semibold text-stone-900">
                  {email.subject}
                </h2>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-600">
                  <dt>{t("mailbox.to")}</dt>
                  <dd>{email.to}</dd>
                </dl>
                <p className="mt-1 text-xs text-stone-500">
                  {t("mailbox.createdAt", { date: formatDateTime(email.createdAt) })} ·{" "}
                  {email.error ? (
                    <span className="text-red-700">{t("mailbox.failed", { error: email.error })}</span>
                  ) : email.sentAt ? (
                    t("mailbox.sent", { date: formatDateTime(email.sentAt) })
                  ) : (
                    t("mailbox.notSent")
                  )}
                </p>
                <pre className="mt-3 whitespace-pre-wrap break-words rounded-lg bg-stone-50 p-3 font-sans text-sm text-stone-800">{email.text}</pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
