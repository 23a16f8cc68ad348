// /admin/users — find accounts; grant or remove the admin role (never the last
// admin); end all of a user's sessions. Each action is audited.
import type { UserRole } from "~/modules/users/index.server";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { AdminFilterForm, AdminResultCount } from "~/components/admin/AdminFilterForm";
import { AdminPagination } from "~/components/admin/AdminPagination";
import { AdminHeading, AdminShell, DoneNotice, ErrorNotice } from "~/components/admin/AdminShell";
import { AdminEmpty } from "~/components/admin/AdminTable";
import { pageParam, userActionSchema } from "~/components/admin/forms";
import { StatusBadge } from "~/components/admin/StatusBadge";
import { CACHE_NONE } from "~/lib/http";
import { formatDate } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, requireAdmin } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { findUsers, grantAdmin, removeAdmin, revokeUserSessions } from "~/modules/users/index.server";
import { readFormData } from "~/lib/form-data.server";

const ROLES = ["ADMIN", "SHOPPER"] as const satisfies readonly UserRole[];
const roleParam = z.enum(ROLES).optional().catch(undefined);

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Tài khoản · Quản trị" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const url = new URL(request.url);
  const role = roleParam.parse(url.searchParams.get("role") ?? undefined);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const list = await findUsers({ q, role, page: pageParam(url.searchParams.get("page")) });
  const t = getFixedT(getLocale(request), "admin");
  return data({ title: `${t("users.title")} · ${t("overview.short")}`, role: role ?? null, q, meId: admin.id, ...list }, { headers: { "Cache-Control": CACHE_NONE } });
}

type ActionResult = { ok: boolean; userId: string; message: string; params?: Record<string, string | number> };

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const parsed = userActionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw new Response("Bad Request", { status: 400, headers: { "Cache-Control": CACHE_NONE } });
  const { intent, userId } = parsed.data;
  const actor = { id: admin.id, ipAddress: clientIp(context) };
  const reply = (result: ActionResult, status = 200) => data(result, { status, headers: { "Cache-Control": CACHE_NONE } });

  if (intent === "revoke-sessions") {
    // An admin ending their own sessions keeps the one in use (log out through /logout).
    const outcome = await revokeUserSessions(userId, actor, { keepSessionId: userId === admin.id ? admin.sessionId : null });
    if (!outcome.ok) return reply({ ok: false, userId, message: "errors.not_found" }, 404);
    return reply({ ok: true, userId, message: "users.done.revokeSessions", params: { count: outcome.revoked } });
  }
  const outcome = intent === "grant-admin" ? await grantAdmin(userId, actor) : await removeAdmin(userId, actor);
  if (!outcome.ok) {
    const status = outcome.error === "not_found" ? 404 : 409;
    return reply({ ok: false, userId, message: `users.errors.${outcome.error}` }, status);
  }
  // Admins who gave up their own role can no longer see this page.
  if (intent === "remove-admin" && userId === admin.id) return redirect("/", { headers: { "Cache-Control": CACHE_NONE } });
  return reply({ ok: true, userId, message: intent === "grant-admin" ? "users.done.grantAdmin" : "users.done.removeAdmin" });
}

const PATH = "/admin/users";

export default function AdminUsers() {
  const { role, q, users, total, page, pageCount, meId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useT("admin");
  const busy = navigation.state === "submitting";
  const subject = result ? users.find((u) => u.id === result.userId) : undefined;
  const message = result ? t(result.message, { ...(result.params ?? {}), name: subject?.name ?? "" }) : null;

  return (
    <AdminShell>
      <AdminHeading title={t("users.title")} intro={t("users.intro")} />
      {result?.ok ? <DoneNotice message={message} /> : <ErrorNotice message={message} />}

      <AdminFilterForm
        idPrefix="users"
        searchLabel={t("users.searchLabel")}
        q={q}
        select={{ name: "role", label: t("users.roleLabel"), value: role, options: ROLES.map((r) => ({ value: r, label: t(`status.role.${r}`) })) }}
      />

      <AdminResultCount total={total} />

      {users.length === 0 ? (
        <AdminEmpty>{t("users.empty")}</AdminEmpty>
      ) : (
        <ul className="space-y-3">
          {users.map((u) => (
            <li key={u.id}>
              <article aria-labelledby={`user-${u.id}`} className="flex flex-wrap items-start justify-between gap-3 rounded-xl border border-stone-200 bg-white p-4">
                <div className="min-w-0">
                  <h2 id={`user-${u.id}`} className="flex flex-wrap items-center gap-2 font-semibold text-stone-900">
                    {u.name}
                    <StatusBadge kind="role" status={u.role} />
                    {u.id === meId ? <span className="text-xs font-normal text-stone-500">{t("users.you")}</span> : null}
                  </h2>
                  <p className="break-all text-sm text-stone-600">{u.email}</p>
                  <p className="mt-1 text-xs text-stone-500">
                    {t("users.createdAt", { date: formatDate(u.createdAt) })} · {t("users.activeSessions", { count: u.activeSessions })}
                  </p>
                  {u.sellers.length ? (
                    <p className="mt-1 text-sm">
                      {t("users.sellers")}:{" "}
                      {u.sellers.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 ? ", " : null}
                          <Link to={`/admin/sellers/${s.id}`} className="text-brand-700 hover:underline">
                            {s.name}
                          </Link>
                        </span>
                      ))}
                    </p>
                  ) : null}
                </div>
                <div className="flex flex-wrap gap-2">
                  <Form method="post">
                    <input type="hidden" name="userId" value={u.id} />
                    {u.role === "ADMIN" ? (
                      <button type="submit" name="intent" value="remove-admin" disabled={busy} aria-label={t("users.removeAdminFor", { name: u.name })} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100 disabled:opacity-70">
                        {t("users.removeAdmin")}
                      </button>
                    ) : (
                      <button type="submit" name="intent" value="grant-admin" disabled={busy} aria-label={t("users.grantAdminFor", { name: u.name })} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100 disabled:opacity-70">
                        {t("users.grantAdmin")}
                      </button>
                    )}
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="userId" value={u.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="revoke-sessions"
                      disabled={busy || u.activeSessions === 0}
                      aria-label={t("users.revokeSessionsFor", { name: u.name })}
                      className="rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-50"
                    >
                      {t("users.revokeSessions")}
                    </button>
                  </Form>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <AdminPagination path={PATH} params={{ q, role }} page={page} pageCount={pageCount} />
    </AdminShell>
  );
}
