// Security headers for every response (docs/decisions/0020-security-headers.md).
// Plain JavaScript: server.js (plain node) applies them to HTML, JSON, assets,
// uploads and errors alike; a response that set its own Content-Security-Policy
// (uploads, certificate scans) keeps it.
import crypto from "node:crypto";

/** Stripe Checkout's hosted page: our checkout form posts, then redirects there (Chrome applies form-action to that redirect). */
export const STRIPE_CHECKOUT_ORIGIN = "https://checkout.stripe.com";

/** A fresh nonce for one response's inline scripts (128 random bits, base64). */
export function createNonce() {
  return crypto.randomBytes(16).toString("base64");
}

/** The origin of a URL, or null when it is not an http(s) URL. @param {string | undefined} value */
function originOf(value) {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The policy of an HTML document. Scripts run only with this response's nonce; what a nonced
 * script loads is trusted in turn ('strict-dynamic': Remix's module graph, lazy route modules).
 * @param {{ nonce: string, https?: boolean, formActionOrigins?: string[] }} opts
 */
export function documentCsp({ nonce, https = false, formActionOrigins = [] }) {
  const formAction = ["'self'", ...new Set(formActionOrigins)].join(" ");
  const directives = [
    "default-src 'self'",
    // 'self' only matters to browsers without 'strict-dynamic' (CSP 2), which ignore the nonce's trust propagation.
    `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'`,
    // No inline styles anywhere: Tailwind's stylesheet is a file, and components set no style attributes.
    "style-src 'self'",
    // Product photos and logos are same-origin (/media); the VietQR code is inline SVG.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    `form-action ${formAction}`,
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The policy of anything that is not a document we render (JSON, assets, errors): it may load nothing. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Uploaded images: shown, never run, never framed. */
export const UPLOAD_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

export const PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

/**
 * Headers every response carries, whatever its type.
 * @param {{ https?: boolean }} opts
 * @returns {Record<string, string>}
 */
export function baseSecurityHeaders({ https = false } = {}) {
  /** @type {Record<string, string>} */
  const headers = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Only over https: a browser remembers HSTS for the whole host for a year.
  if (https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/**
 * The Content-Security-Policy for a response of this content type (HTML gets the document policy,
 * PDFs only frame-ancestors — Chrome's viewer is blocked by default-src/object-src — the rest loads nothing).
 * @param {string | undefined} contentType
 * @param {{ nonce: string, https?: boolean, formActionOrigins?: string[] }} opts
 */
export function cspFor(contentType, opts) {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "text/html") return documentCsp(opts);
  if (type === "application/pdf") return "frame-ancestors 'none'";
  return RESOURCE_CSP;
}

/**
 * Where our forms may send the browser: ourselves and Stripe Checkout (STRIPE_CHECKOUT_ORIGIN, or the
 * fake Stripe's origin when STRIPE_API_BASE points the app at one, as in e2e).
 * @param {NodeJS.ProcessEnv} env
 */
export function formActionOrigins(env) {
  const origins = [];
  if (env.STRIPE_SECRET_KEY) origins.push(STRIPE_CHECKOUT_ORIGIN);
  const fake = originOf(env.STRIPE_API_BASE);
  if (fake) origins.push(fake);
  return origins;
}

/**
 * Express middleware: a nonce per request (res.locals.cspNonce, passed to Remix as load context), and
 * the security headers set just before the response's headers are written, unless the response set
 * its own (so the content type is known and a route's stricter CSP wins).
 * @param {{ https?: boolean, csp?: boolean, env?: NodeJS.ProcessEnv }} [opts] csp: false in development (Vite injects inline scripts and styles)
 * @returns {(req: unknown, res: import('node:http').ServerResponse & { locals: Record<string, unknown> }, next: () => void) => void}
 */
export function securityHeadersMiddleware({ https = false, csp = true, env = process.env } = {}) {
  const base = baseSecurityHeaders({ https });
  const formAction = formActionOrigins(env);
  return (_req, res, next) => {
    const nonce = createNonce();
    res.locals.cspNonce = nonce;
    const writeHead = res.writeHead;
    // @ts-expect-error writeHead's overloads; we pass the arguments through unchanged.
    res.writeHead = function writeHeadWithSecurityHeaders(...args) {
      if (!res.headersSent) {
        // Headers may also arrive as writeHead's last argument (an object; arrays are left alone).
        const passed = args.find((a, i) => i > 0 && a && typeof a === "object" && !Array.isArray(a));
        const given = new Map(Object.entries(passed ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
        const has = (/** @type {string} */ name) => res.hasHeader(name) || given.has(name.toLowerCase());
        for (const [name, value] of Object.entries(base)) if (!has(name)) res.setHeader(name, value);
        if (csp && !has("Content-Security-Policy")) {
          const contentType = given.get("content-type") ?? res.getHeader("Content-Type");
          res.setHeader("Content-Security-Policy", cspFor(typeof contentType === "string" ? contentType : undefined, { nonce, https, formActionOrigins: formAction }));
        }
      }
      // @ts-expect-error see above
      return writeHead.apply(this, args);
    };
    next();
  };
}
