// /seller/team — who works for this seller, and invitations by email. The owner
// invites (as STAFF), withdraws an invitation, removes a staff member; staff see
// the list only. A suspended seller is read-only. docs/decisions/0017.
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { inputClass, Notice } from "~/components/seller/FormField";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { readFormData } from "~/lib/form-data.server";
import { formatDate } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { siteOrigin } from "~/modules/catalog/index.server";
import { inviteMember, listTeam, portalHeaders, portalView, removeMember, requirePortal, requirePortalWrite, revokeInvitation, type TeamRefusal } from "~/modules/sellers/index.server";
import { INVITATION_TTL_DAYS, inviteSchema } from "~/modules/sellers/team-schemas";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Thành viên · Kênh người bán" }, { name: "robots", content: "noindex" }];

const DONE = ["invited", "revoked", "removed"] as const;
const noStore = { "Cache-Control": "private, no-store" };

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const team = await listTeam(portal.seller.id);
  const doneParam = new URL(request.url).searchParams.get("done");
  const t = getFixedT(getLocale(request), "team");
  return data(
    {
      title: `${t("title")} · ${t("portal")}`,
      portal: portalView(portal),
      canManage: portal.role === "OWNER" && portal.canWrite,
      members: team.members.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role, since: m.since.toISOString(), isMe: m.userId === portal.user.id })),
      invitations: team.invitations.map((i) => ({ id: i.id, email: i.email, createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt.toISOString(), expired: i.expired })),
      done: DONE.find((d) => d === doneParam) ?? null,
    },
    { headers: portalHeaders(portal) },
  );
}

/** A refusal the page shows as a sentence (and the status it is answered with). */
function refused(reason: TeamRefusal | "unknown_intent") {
  const status = reason === "not_owner" ? 403 : reason === "not_found" ? 404 : reason === "unknown_intent" ? 400 : 409;
  return data({ intent: null, result: undefined, refusal: reason }, { status, headers: noStore });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const portal = await requirePortalWrite(request);
  // Staff see the page without forms; a crafted POST gets the same answer the module would give.
  if (portal.role !== "OWNER") return refused("not_owner");
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const done = (what: (typeof DONE)[number]) => redirect(sellerPath("/seller/team", portal.query, { done: what }), { headers: noStore });

  if (intent === "invite") {
    const submission = parseWithZod(formData, { schema: inviteSchema });
    if (submission.status !== "success") return data({ intent: "invite" as const, result: submission.reply(), refusal: null }, { status: 400, headers: noStore });
    const outcome = await inviteMember({ sellerId: portal.seller.id, actorId: portal.user.id, email: submission.value.email, origin: siteOrigin(request), ipAddress: clientIp(context) });
    if (outcome.ok) return done("invited");
    if (outcome.reason === "already_member" || outcome.reason === "already_invited") {
      const message = outcome.reason === "already_member" ? "errors.alreadyMember" : "errors.alreadyInvited";
      return data({ intent: "invite" as const, result: submission.reply({ fieldErrors: { email: [message] } }), refusal: null }, { status: 409, headers: noStore });
    }
    return refused(outcome.reason);
  }
  if (intent === "revoke" || intent === "remove") {
    const id = String(formData.get("id") ?? "").slice(0, 100);
    const outcome =
      intent === "revoke"
        ? await revokeInvitation({ sellerId: portal.seller.id, actorId: portal.user.id, invitationId: id, ipAddress: clientIp(context) })
        : await removeMember({ sellerId: portal.seller.id, actorId: portal.user.id, memberId: id, ipAddress: clientIp(context) });
    if (outcome.ok) return done(intent === "revoke" ? "revoked" : "removed");
    return refused(outcome.reason);
  }
  return refused("unknown_intent");
}

export default function SellerTeamPage() {
  const { portal, canManage, members, invitations, done } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useT("team");
  const [form, fields] = useForm({
    id: "invite",
    lastResult: reply?.intent === "invite" ? reply.result : undefined,
    constraint: getZodConstraint(inviteSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
  });
  const here = sellerPath("/seller/team", portal.query);
  const submitting = navigation.state === "submitting" && navigation.formData?.get("intent") === "invite";

  return (
    <SellerShell portal={portal}>
      <div>
        <h1 className="text-2xl font-semibold text-stone-900">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("intro")}</p>
      </div>

      {done ? <Notice>{t(`done.${done}`)}</Notice> : null}
      {reply?.refusal ? <Notice tone="warning">{t(`refusal.${reply.refusal}`)}</Notice> : null}
      {portal.role !== "OWNER" ? <Notice tone="info">{t("staffReadOnly")}</Notice> : null}

      <section aria-labelledby="members-heading" className="space-y-2">
        <h2 id="members-heading" className="text-lg font-semibold">
          {t("members.heading")}
        </h2>
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="bg-stone-50 text-stone-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("members.name")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("members.email")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("members.role")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("members.since")}</th>
                {canManage ? <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">{t("members.actions")}</span></th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {members.map((m) => (
                <tr key={m.id}>
                  <td className="px-3 py-2 font-medium text-stone-900">
                    {m.name}
                    {m.isMe ? <span className="ml-1 text-stone-500">{t("members.you")}</span> : null}
                  </td>
                  <td className="px-3 py-2 break-all">{m.email}</td>
                  <td className="px-3 py-2">{t(`role.${m.role}`)}</td>
                  <td className="whitespace-nowrap px-3 py-2">{formatDate(m.since)}</td>
                  {canManage ? (
                    <td className="px-3 py-2 text-right">
                      {m.role === "STAFF" ? (
                        <Form method="post" action={here}>
                          <input type="hidden" name="intent" value="remove" />
                          <input type="hidden" name="id" value={m.id} />
                          <button type="submit" className="rounded-md border border-red-300 px-3 py-1 text-sm text-red-800 hover:bg-red-50" aria-label={t("members.removeLabel", { name: m.name })}>
                            {t("members.remove")}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="invitations-heading" className="space-y-2">
        <h2 id="invitations-heading" className="text-lg font-semibold">
          {t("invitations.heading")}
        </h2>
        {invitations.length === 0 ? (
          <p className="rounded-xl border border-stone-200 bg-white p-4 text-stone-600">{t("invitations.empty")}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white" aria-label={t("invitations.heading")}>
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm">
                <div>
                  <p className="font-medium text-stone-900 break-all">{i.email}</p>
                  <p className={i.expired ? "text-amber-800" : "text-stone-500"}>
                    {t("invitations.sentOn", { date: formatDate(i.createdAt) })} ·{" "}
                    {i.expired ? t("invitations.expired", { date: formatDate(i.expiresAt) }) : t("invitations.expires", { date: formatDate(i.expiresAt) })}
                  </p>
                </div>
                {canManage ? (
                  <Form method="post" action={here}>
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="id" value={i.id} />
                    <button type="submit" className="rounded-md border border-stone-300 px-3 py-1 text-sm hover:bg-stone-50" aria-label={t("invitations.revokeLabel", { email: i.email })}>
                      {t("invitations.revoke")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {canManage ? (
        <section aria-labelledby="invite-heading" className="rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="invite-heading" className="text-lg font-semibold">
            {t("invite.heading")}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{t("invite.intro", { days: INVITATION_TTL_DAYS })}</p>
          <Form method="post" action={here} {...getFormProps(form)} className="mt-3 flex flex-wrap items-start gap-3">
            <input type="hidden" name="intent" value="invite" />
            <div className="min-w-[16rem] flex-1">
              <label htmlFor={fields.email.id} className="block text-sm font-medium text-stone-800">
                {t("invite.email")}
              </label>
              <input {...getInputProps(fields.email, { type: "email" })} autoComplete="off" autoCapitalize="none" spellCheck={false} className={inputClass} />
              {fields.email.errors?.length ? (
                <div id={fields.email.errorId} className="mt-1 space-y-0.5 text-sm text-red-700">
                  {fields.email.errors.map((e) => (
                    <p key={e}>{t(e)}</p>
                  ))}
                </div>
              ) : null}
            </div>
            <button type="submit" disabled={submitting} className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-70">
              {t("invite.submit")}
            </button>
          </Form>
        </section>
      ) : null}
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}
