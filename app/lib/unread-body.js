// A response that leaves before its request body was read to the end (a
// redirect to /login for a photo upload whose session expired, a 413, a 403)
// must not leave the kept-alive connection stuck. Remix starts pulling the body
// into a web stream as soon as the request arrives and pauses it under
// backpressure when nobody reads it; Node then no longer discards the rest, and
// the next request on that connection waits for the keep-alive timeout (65 s).
// Such responses say `Connection: close`: the client gets its answer now and
// opens a fresh connection for the next request. Plain JS: server.js uses it.

/** @param {import('node:http').IncomingMessage} req */
function hasBody(req) {
  const length = req.headers["content-length"];
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined;
}

/**
 * Express middleware.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} next
 */
export function closeConnectionOnUnreadBody(req, res, next) {
  if (hasBody(req)) {
    const writeHead = res.writeHead;
    // @ts-expect-error -- same signature, forwarded as is
    res.writeHead = function (...args) {
      if (!req.readableEnded && !res.headersSent) res.setHeader("Connection", "close");
      // @ts-expect-error -- forwarded as is
      return writeHead.apply(this, args);
    };
  }
  next();
}
