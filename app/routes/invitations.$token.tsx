// /invitations/:token — the link in a seller's invitation email. Needs a logged-in
// user (else /login, and back here); accepting (POST) needs that user's email to be
// the invited one, an invitation not expired and not used by someone else.
// docs/decisions/0017-seller-team-and-settings.md.
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { formatDate } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { clientIp, requireUser } from "~/modules/accounts/index.server";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { acceptInvitation, getInvitation, type AcceptRefusal } from "~/modules/sellers/index.server";

// The token is in the URL: never cached, never sent on as a referrer.
export const headers: HeadersFunction = (args) => {
  const headers = new Headers(passThroughHeaders(args));
  headers.set("Referrer-Policy", "no-referrer");
  return headers;
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Lời mời tham gia gian hàng · Chợ OCOP" }, { name: "robots", content: "noindex" }];

const noStore = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };

/** "nguyen.van.a@example.com" → "ng…@example.com": enough to recognise one's own address. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "…";
  return `${email.slice(0, Math.min(2, at))}…${email.slice(at)}`;
}

function unknownInvitation(): Response {
  return Response.json({ reason: "not_found" }, { status: 404, headers: noStore });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const invitation = await getInvitation(params.token ?? "");
  if (!invitation) throw unknownInvitation();
  const forMe = invitation.email.toLowerCase() === user.email.toLowerCase();
  const alreadyMember = user.sellers.some((s) => s.slug === invitation.seller.slug);
  const t = getFixedT(getLocale(request), "team");
  return data(
    {
      title: `${t("accept.title", { seller: invitation.seller.name })} · Chợ OCOP`,
      seller: invitation.seller,
      state: invitation.state,
      expiresAt: invitation.expiresAt.toISOString(),
      forMe,
      // The invited address is shown in full only to its owner.
      invitedEmail: forMe ? invitation.email : maskEmail(invitation.email),
      userEmail: user.email,
      alreadyMember,
    },
    { headers: noStore },
  );
}

const STATUS: Record<Exclude<AcceptRefusal, "not_found">, number> = { wrong_user: 403, expired: 410, already_used: 409 };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const outcome = await acceptInvitation({ token: params.token ?? "", user, ipAddress: clientIp(context) });
  if (outcome.ok) return redirect(`/seller?seller=${encodeURIComponent(outcome.sellerSlug)}`, { headers: noStore });
  if (outcome.reason === "not_found") throw unknownInvitation();
  return data({ refusal: outcome.reason }, { status: STATUS[outcome.reason], headers: noStore });
}

export default function InvitationPage() {
  const { seller, state, expiresAt, forMe, invitedEmail, userEmail, alreadyMember } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useT("team");
  // What the visitor can do: accept, or read why not.
  const problem = reply?.refusal ?? (!forMe ? "wrong_user" : state === "expired" ? "expired" : state === "accepted" && !alreadyMember ? "already_used" : null);

  return (
    <section className="mx-auto max-w-xl space-y-4 py-8" aria-labelledby="invitation-heading">
      <p className="text-sm uppercase tracking-wide text-stone-500">{t("accept.kicker")}</p>
      <h1 id="invitation-heading" className="text-2xl font-semibold text-stone-900">
        {t("accept.title", { seller: seller.name })}
      </h1>
      <p className="text-stone-700">{t("accept.intro", { seller: seller.name })}</p>

      {problem ? (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>{t(`accept.refusal.${problem}`, { invited: invitedEmail, current: userEmail, date: formatDate(expiresAt) })}</p>
        </div>
      ) : state === "accepted" ? (
        <div className="space-y-3">
          <p className="text-stone-700">{t("accept.alreadyAccepted", { seller: seller.name })}</p>
          <Link to={`/seller?seller=${encodeURIComponent(seller.slug)}`} className="inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("accept.openPortal")}
          </Link>
        </div>
      ) : (
        <Form method="post" className="space-y-3">
          <p className="text-sm text-stone-600">{t("accept.validUntil", { date: formatDate(expiresAt), email: invitedEmail })}</p>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("accept.submit")}
          </button>
        </Form>
      )}
      <p>
        <Link to="/" className="text-brand-700 underline">
          {t("accept.home")}
        </Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useT("team");
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="mx-auto max-w-xl py-10 text-center" data-status={404}>
        <p className="text-5xl font-bold text-brand-700">404</p>
        <h1 className="mt-3 text-2xl font-semibold">{t("accept.notFoundTitle")}</h1>
        <p className="mt-3 text-stone-700">{t("accept.notFoundText")}</p>
        <Link to="/" className="mt-6 inline-block text-brand-700 underline">
          {t("accept.home")}
        </Link>
      </section>
    );
  }
  if (isRouteErrorResponse(error)) return <ErrorPage status={error.status} />;
  console.error(error);
  return <ErrorPage status={500} />;
}
