import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { formatDateTime } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { listActiveSessions, requireUser, revokeAllSessions, revokeOwnSession, sessionHandle } from "~/modules/accounts/index.server";
import { describeUserAgent } from "~/modules/accounts/user-agent";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { readFormData } from "~/lib/form-data.server";

const NO_STORE = { "Cache-Control": "private, no-store" };

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Tài khoản của tôi · Chợ OCOP" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const sessions = await listActiveSessions(user.id, user.sessionId);
  const t = getFixedT(getLocale(request), "auth");
  return data(
    {
      title: `${t("account.title")} · Chợ OCOP`,
      user: { name: user.name, email: user.email },
      sessions: sessions.map((s) => ({
        handle: s.handle,
        current: s.current,
        device: describeUserAgent(s.userAgent),
        ipAddress: s.ipAddress,
        createdAt: s.createdAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
      })),
    },
    { headers: NO_STORE },
  );
}

const intentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("revoke-others") }),
  z.object({ intent: z.literal("revoke"), session: z.string().min(1).max(100) }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = intentSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw new Response("Bad Request", { status: 400 });
  if (parsed.data.intent === "revoke-others") {
    const count = await revokeAllSessions(user.id, user.sessionId);
    return data({ revokedOthers: count, revokedOne: false }, { headers: NO_STORE });
  }
  // The current session is ended through /logout, which also clears the cookie.
  const revoked = parsed.data.session !== sessionHandle(user.sessionId) && (await revokeOwnSession(user.id, parsed.data.session));
  return data({ revokedOthers: null, revokedOne: revoked }, { headers: NO_STORE });
}

export default function AccountPage() {
  const { user, sessions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useT("auth");
  const others = sessions.filter((s) => !s.current);

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-2xl font-semibold text-stone-900">{t("account.title")}</h1>

      <section aria-labelledby="profile-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("account.profile")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="text-sm text-stone-500">{t("account.name")}</dt>
          <dd className="font-medium break-words">{user.name}</dd>
          <dt className="text-sm text-stone-500">{t("account.email")}</dt>
          <dd className="font-medium break-all">{user.email}</dd>
        </dl>
      </section>

      <section aria-labelledby="sessions-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("account.sessionsTitle")}
        </h2>
        <p className="mt-1 text-sm text-stone-600">{t("account.sessionsIntro")}</p>

        {result ? (
          <p role="status" className="mt-3 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
            {result.revokedOthers !== null ? (result.revokedOthers > 0 ? t("account.revokedOthers", { count: result.revokedOthers }) : t("account.noOtherSessions")) : t("account.revokedOne")}
          </p>
        ) : null}

        <ul className="mt-4 divide-y divide-stone-100">
          {sessions.map((s) => (
            <li key={s.handle} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium">
                  {s.device ?? t("account.unknownDevice")}
                  {s.current ? <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-800">{t("account.thisDevice")}</span> : null}
                </p>
                <p className="text-sm text-stone-600">
                  {t("account.startedAt", { date: formatDateTime(s.createdAt) })} · {t("account.expiresAt", { date: formatDateTime(s.expiresAt) })}
                </p>
                {s.ipAddress ? <p className="text-xs text-stone-500">{t("account.ipAddress", { ip: s.ipAddress })}</p> : null}
              </div>
              {s.current ? (
                <Form method="post" action="/logout">
                  <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50">
                    {t("account.logout")}
                  </button>
                </Form>
              ) : (
                <Form method="post">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="session" value={s.handle} />
                  <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50">
                    {t("account.revoke")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>

        {others.length > 0 ? (
          <Form method="post" className="mt-4">
            <input type="hidden" name="intent" value="revoke-others" />
            <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              {t("account.revokeOthers")}
            </button>
          </Form>
        ) : (
          <p className="mt-4 text-sm text-stone-500">{t("account.noOtherSessions")}</p>
        )}
      </section>
    </div>
  );
}
