// CSRF defence: a state-changing request (POST, PUT, PATCH, DELETE) whose
// Origin header names another site is refused. Browsers send Origin on every
// cross-site form post and fetch; a request without it (curl, server-to-server)
// carries no ambient session of a victim's browser. Webhooks are server-to-server
// and authenticate by signature, so they are exempt. Plain JS: server.js uses it.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);
const EXEMPT_PREFIXES = ["/webhooks/"];

/**
 * @param {{ method: string, path: string, origin: string | undefined, host: string | undefined, protocol: string, appUrl?: string }} req
 * @returns {boolean} true when the request must be refused
 */
export function isCrossSiteWrite({ method, path, origin, host, protocol, appUrl }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (EXEMPT_PREFIXES.some((p) => path.startsWith(p))) return false;
  if (!origin) return false;
  if (origin === "null") return true; // sandboxed frames, data: URLs
  let originUrl;
  try {
    originUrl = new URL(origin);
  } catch {
    return true;
  }
  const allowed = new Set();
  if (host) allowed.add(`${protocol}://${host}`.toLowerCase());
  if (appUrl) {
    try {
      allowed.add(new URL(appUrl).origin.toLowerCase());
    } catch {
      /* APP_URL is validated at start-up */
    }
  }
  return !allowed.has(originUrl.origin.toLowerCase());
}
