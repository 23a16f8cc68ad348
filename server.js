// The HTTP server: Express in front of the Remix request handler. Stateless
// (sessions in PostgreSQL), so any number of copies can run behind a load balancer.
import fs from "node:fs";
import path from "node:path";
import url from "node:url";
import express from "express";
import compression from "compression";
import { createRequestHandler } from "@remix-run/express";
import { isCrossSiteWrite } from "./app/lib/origin-check.js";
import { closeConnectionOnUnreadBody } from "./app/lib/unread-body.js";
import { securityHeadersMiddleware, UPLOAD_CSP } from "./app/lib/security-headers.js";

const here = path.dirname(url.fileURLToPath(import.meta.url));

/**
 * @param {{ port?: number, host?: string, dev?: boolean }} opts
 * @returns {Promise<{ server: import('node:http').Server, url: string, close: () => Promise<void> }>}
 */
export async function startHttpServer({ port = Number(process.env.PORT ?? 3000), host = process.env.HOST ?? "0.0.0.0", dev = false } = {}) {
  const app = express();
  app.disable("x-powered-by");
  // The client IP is the socket's address unless TRUST_PROXY says a proxy sets X-Forwarded-For.
  app.set("trust proxy", ["1", "true"].includes(process.env.TRUST_PROXY ?? "") ? true : false);
  app.use(compression());
  // Answered before its body was read: close the connection, or the next request on it hangs.
  app.use(closeConnectionOnUnreadBody);
  // HSTS (and Secure cookies, env.server.ts) only when served over https; a CSP nonce per request,
  // the headers on every response (app/lib/security-headers.js, docs/decisions/0020-security-headers.md).
  const https = !dev && (process.env.APP_URL ?? "").startsWith("https://");
  app.use(securityHeadersMiddleware({ https, csp: !dev }));
  // CSRF: state-changing requests from another site are refused (app/lib/origin-check.js).
  app.use((req, res, next) => {
    const refused = isCrossSiteWrite({
      method: req.method,
      path: req.path,
      origin: req.get("origin"),
      host: req.get("host"),
      protocol: req.protocol,
      appUrl: process.env.APP_URL,
    });
    if (refused) {
      res.status(403).type("text/plain; charset=utf-8").send("Yêu cầu bị từ chối: gửi từ một trang web khác. / Refused: sent from another site.");
      return;
    }
    next();
  });

  let build;
  if (dev) {
    const vite = await import("vite");
    const viteServer = await vite.createServer({ server: { middlewareMode: true } });
    app.use(viteServer.middlewares);
    build = () => viteServer.ssrLoadModule("virtual:remix/server-build");
  } else {
    // Fingerprinted assets: cache for a year; everything else in public/: an hour.
    app.use("/assets", express.static(path.join(here, "build/client/assets"), { immutable: true, maxAge: "1y", index: false }));
    // Only for the files the build holds (listed once: a production build does not change), so
    // page requests skip a file-system lookup each.
    const clientDir = path.join(here, "build/client");
    const publicFiles = new Set(fs.readdirSync(clientDir, { recursive: true }).map((f) => `/${String(f).split(path.sep).join("/")}`));
    const servePublic = express.static(clientDir, { maxAge: "1h", index: false });
    app.use((req, res, next) => (publicFiles.has(decodedPath(req.path)) ? servePublic(req, res, next) : next()));
    build = await import(url.pathToFileURL(path.join(here, "build/server/index.js")).href);
  }
  // Background work (search outbox, …) runs in every web process unless turned off
  // (e.g. when dedicated `npm run worker` processes do it).
  let stopBackground = async () => {};
  if (!dev && process.env.BACKGROUND_WORK !== "off") {
    stopBackground = build.entry.module.startBackgroundWork();
  }
  // Uploaded and generated images live on a volume the web processes share.
  const uploadsDir = path.resolve(process.env.UPLOADS_DIR ?? path.join(here, ".data/uploads"));
  // Private files (certificate scans) live under .private/ on the same volume and are
  // served only by their guarded route; refuse them here explicitly, not only as dotfiles.
  app.use("/media/.private", (_req, res) => res.status(404).end());
  app.use(
    "/media",
    express.static(uploadsDir, {
      maxAge: "30d",
      index: false,
      dotfiles: "deny",
      setHeaders: (res) => {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Content-Security-Policy", UPLOAD_CSP);
      },
    }),
  );

  // documentRequest: a page load, not a client navigation's `.data` request (the dictionary then
  // travels in the document, not in root's loader data: app/lib/i18n/area-messages.server.ts).
  const loadContext = (req, res) => ({ clientIp: req.ip ?? req.socket.remoteAddress ?? "", cspNonce: res.locals.cspNonce, documentRequest: !req.path.endsWith(".data") });
  app.all("*", createRequestHandler({ build, mode: dev ? "development" : "production", getLoadContext: loadContext }));

  const server = await new Promise((resolve, reject) => {
    const s = app.listen(port, host, () => resolve(s));
    s.on("error", reject);
  });
  server.keepAliveTimeout = 65_000;
  const address = server.address();
  const shownHost = host === "0.0.0.0" ? "localhost" : host;
  return {
    server,
    url: `http://${shownHost}:${typeof address === "object" && address ? address.port : port}`,
    close: async () => {
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections?.();
        setTimeout(() => server.closeAllConnections?.(), 5_000).unref();
      });
      await stopBackground();
    },
  };
}

/** A URL path as a file path (what express.static looks up), or "" when it is not valid percent-encoding. @param {string} p */
function decodedPath(p) {
  try {
    return decodeURIComponent(p);
  } catch {
    return "";
  }
}

// `node server.js`: serve an existing build against already-running services
// (DATABASE_URL, MEILISEARCH_URL and SESSION_SECRET set) — how production runs N copies.
if (process.argv[1] && path.resolve(process.argv[1]) === url.fileURLToPath(import.meta.url)) {
  const { url: listening, close } = await startHttpServer();
  console.log(`Chợ OCOP listening on ${listening}`);
  const shutdown = async () => {
    await close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
