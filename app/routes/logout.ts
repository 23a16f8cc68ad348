// POST /logout ends the session (the row is revoked, the cookie cleared). GET changes nothing:
// it only sends the visitor home, so a link or a prefetch can never log anyone out.
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { clearSessionCookie, getSessionId, revokeSession } from "~/modules/accounts/index.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const sessionId = await getSessionId(request);
  if (sessionId) await revokeSession(sessionId);
  return redirect("/", { headers: { "Set-Cookie": await clearSessionCookie(), "Cache-Control": "private, no-store" } });
}
