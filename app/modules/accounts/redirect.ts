// Where a visitor may be sent after logging in: a path on this site only. Anything else
// (absolute URLs, protocol-relative "//evil.example", "/\evil.example", javascript:) falls back.

const BASE = "http://same-origin.invalid";

export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length === 0 || to.length > 2000) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // Browsers drop tabs/newlines and treat "\" as "/" in URLs: refuse any control character or backslash.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Sending someone back to the login or logout page after logging in helps nobody.
  if (/^\/(login|register|logout)(\/|$)/.test(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** "/login?redirectTo=<path+search>" for the page a visitor was refused. */
export function loginUrlFor(request: Request | string): string {
  const url = new URL(typeof request === "string" ? request : request.url, BASE);
  const back = safeRedirect(`${url.pathname}${url.search}`, "");
  return back && back !== "/" ? `/login?redirectTo=${encodeURIComponent(back)}` : "/login";
}

/** Carries a sanitised redirectTo to another page, e.g. from /login to /register. */
export function withRedirectTo(path: string, redirectTo: string | null | undefined): string {
  const safe = safeRedirect(redirectTo, "");
  return safe && safe !== "/" ? `${path}?redirectTo=${encodeURIComponent(safe)}` : path;
}
