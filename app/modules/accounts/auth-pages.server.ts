// What the login and register pages share on the server: the anonymous-only
// loader and the redirect once a session exists.
import { data, redirect } from "@remix-run/node";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { mergeGuestCartOnLogin } from "~/modules/cart/index.server";
import { requireAnonymous } from "./guards.server";
import { safeRedirect } from "./redirect";

/** The page's data: where to go afterwards and the title. A signed-in visitor goes there at once. */
export async function loadAuthPage(request: Request, titleKey: "loginTitle" | "registerTitle") {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  await requireAnonymous(request, redirectTo);
  const t = getFixedT(getLocale(request), "auth");
  return data({ redirectTo, title: `${t(titleKey)} · Chợ OCOP` }, { headers: { "Cache-Control": "private, no-store" } });
}

/** Signed in (or just registered): set the session cookie, merge the guest's cart into the account's and drop its cookie, go on. */
export async function redirectSignedIn(request: Request, signedIn: { session: { cookie: string }; userId: string }, redirectTo: string | null | undefined) {
  const headers = new Headers({ "Set-Cookie": signedIn.session.cookie });
  const clearCart = await mergeGuestCartOnLogin(request, signedIn.userId);
  if (clearCart) headers.append("Set-Cookie", clearCart);
  return redirect(safeRedirect(redirectTo), { headers });
}
