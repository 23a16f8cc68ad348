// A small fake of Stripe's HTTP API for tests (the real one needs the internet
// and an account). Point the app at it with STRIPE_API_BASE=<fake.url>.
// Plain JavaScript so both Vitest and scripts/e2e-server.js (plain node) can load it.
//
// Implemented: POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id,
// POST /v1/checkout/sessions/:id/expire, POST /v1/refunds — with Idempotency-Key
// replay like Stripe's. Plus a hosted "checkout page" (GET /pay/:id) whose Pay
// button completes the session, sends the signed `checkout.session.completed`
// webhook to `webhookUrl` (when given) and redirects to the success URL.
// Every API request is recorded in `requests`.
import crypto from "node:crypto";
import http from "node:http";
import Stripe from "stripe";

/**
 * Stripe's form encoding (`a[b][0][c]=1`) → nested objects/arrays.
 * @param {string} body
 * @returns {Record<string, any>}
 */
export function parseStripeForm(body) {
  /** @type {Record<string, any>} */
  const root = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.replace(/\]/g, "").split("[");
    /** @type {any} */
    let node = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]);
      if (last) node[part] = value;
      else {
        node[part] ??= nextIsIndex ? [] : {};
        node = node[part];
      }
    });
  }
  return root;
}

const rand = (n = 14) => crypto.randomBytes(n).toString("base64url").replace(/[-_]/g, "x").slice(0, n);

/**
 * Signs a payload the way Stripe signs webhooks (the `Stripe-Signature` header value).
 * @param {string} payload
 * @param {string} secret
 */
export function signStripePayload(payload, secret) {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret });
}

/**
 * An event envelope as Stripe sends it.
 * @param {string} type
 * @param {Record<string, any>} object
 */
export function stripeEvent(type, object) {
  return {
    id: `evt_${rand(24)}`,
    object: "event",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

/**
 * @typedef {{ method: string, path: string, headers: http.IncomingHttpHeaders, body: Record<string, any> }} RecordedRequest
 * @typedef {{ port?: number, host?: string, webhookUrl?: string, webhookSecret?: string }} FakeStripeOptions
 */

/** @param {FakeStripeOptions} [options] */
export async function startFakeStripe(options = {}) {
  const host = options.host ?? "127.0.0.1";
  /** @type {RecordedRequest[]} */
  const requests = [];
  /** @type {Map<string, Record<string, any>>} */
  const sessions = new Map();
  /** @type {Map<string, Record<string, any>>} */
  const refunds = new Map();
  /** @type {Map<string, { body: string, status: number, response: any }>} */
  const idempotent = new Map();
  /** @type {{ status: number, error: Record<string, any> }[]} */
  const failures = [];
  let base = "";

  /** @param {http.ServerResponse} res @param {number} status @param {any} body */
  function send(res, status, body) {
    res.writeHead(status, { "Content-Type": "application/json", "Request-Id": `req_${rand()}` });
    res.end(JSON.stringify(body));
  }

  /** @param {Record<string, any>} body */
  function createSession(body) {
    const id = `cs_test_${rand(24)}`;
    const items = (body.line_items ?? []).map((/** @type {any} */ item) => ({
      name: item.price_data?.product_data?.name,
      currency: item.price_data?.currency,
      unit_amount: Number(item.price_data?.unit_amount),
      quantity: Number(item.quantity ?? 1),
    }));
    const session = {
      id,
      object: "checkout.session",
      mode: body.mode ?? "payment",
      status: "open",
      payment_status: "unpaid",
      url: `${base}/pay/${id}`,
      amount_total: items.reduce((/** @type {number} */ n, /** @type {any} */ i) => n + i.unit_amount * i.quantity, 0),
      amount_subtotal: items.reduce((/** @type {number} */ n, /** @type {any} */ i) => n + i.unit_amount * i.quantity, 0),
      currency: body.currency ?? items[0]?.currency ?? null,
      client_reference_id: body.client_reference_id ?? null,
      customer_email: body.customer_email ?? null,
      locale: body.locale ?? null,
      metadata: body.metadata ?? {},
      payment_intent: null,
      expires_at: body.expires_at ? Number(body.expires_at) : Math.floor(Date.now() / 1000) + 86_400,
      success_url: body.success_url ?? null,
      cancel_url: body.cancel_url ?? null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      // Not part of Stripe's session object; kept for assertions.
      _line_items: items,
      _payment_intent_data: body.payment_intent_data ?? null,
    };
    sessions.set(id, session);
    return session;
  }

  /** @param {Record<string, any>} session */
  function publicSession(session) {
    const { _line_items, _payment_intent_data, ...rest } = session;
    return rest;
  }

  /** @param {http.IncomingMessage} req */
  async function readBody(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  }

  /**
   * Marks a session paid (as if the shopper paid) and returns the
   * `checkout.session.completed` event; `overrides` changes fields of the session in the event.
   * @param {string} id
   * @param {Record<string, any>} [overrides]
   */
  function completeSession(id, overrides = {}) {
    const session = sessions.get(id);
    if (!session) throw new Error(`no session ${id}`);
    session.status = "complete";
    session.payment_status = "paid";
    session.payment_intent ??= `pi_${rand(24)}`;
    return stripeEvent("checkout.session.completed", { ...publicSession(session), ...overrides });
  }

  /** @param {string} id */
  function expireSession(id) {
    const session = sessions.get(id);
    if (!session) throw new Error(`no session ${id}`);
    session.status = "expired";
    return stripeEvent("checkout.session.expired", publicSession(session));
  }

  /**
   * A `charge.refunded` event for a payment intent.
   * @param {string} paymentIntent
   * @param {{ amount: number, amountRefunded: number }} amounts
   */
  function chargeRefunded(paymentIntent, { amount, amountRefunded }) {
    return stripeEvent("charge.refunded", {
      id: `ch_${rand(24)}`,
      object: "charge",
      amount,
      amount_captured: amount,
      amount_refunded: amountRefunded,
      currency: "vnd",
      paid: true,
      payment_intent: paymentIntent,
      refunded: amountRefunded >= amount,
      status: "succeeded",
    });
  }

  /**
   * Posts a signed event to `url` (default: the webhookUrl option).
   * @param {Record<string, any>} event
   * @param {{ url?: string, secret?: string, signature?: string }} [opts]
   */
  async function deliver(event, opts = {}) {
    const url = opts.url ?? options.webhookUrl;
    const secret = opts.secret ?? options.webhookSecret;
    if (!url || !secret) throw new Error("deliver needs a webhook URL and secret");
    const payload = JSON.stringify(event);
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Stripe-Signature": opts.signature ?? signStripePayload(payload, secret) },
      body: payload,
    });
    return { status: response.status, body: await response.text() };
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    const url = new URL(req.url ?? "/", base);
    const raw = await readBody(req);

    // The hosted checkout page (a stand-in for checkout.stripe.com).
    const page = /^\/pay\/([^/]+)$/.exec(url.pathname);
    if (page) {
      const session = sessions.get(page[1]);
      if (!session) return send(res, 404, { error: { message: "No such session" } });
      if (req.method === "GET") {
        const total = new Intl.NumberFormat("vi-VN").format(session.amount_total);
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Stripe Checkout (giả lập)</title></head><body>
<main><h1>Stripe Checkout (giả lập)</h1><p>Số tiền: <strong data-amount="${session.amount_total}">${total} ₫</strong> (${session.currency})</p>
<form method="post"><button type="submit">Thanh toán</button></form>
<p><a href="${session.cancel_url ?? "/"}">Quay lại</a></p></main></body></html>`);
        return;
      }
      if (req.method === "POST") {
        const event = completeSession(session.id);
        if (options.webhookUrl && options.webhookSecret) await deliver(event);
        res.writeHead(303, { Location: String(session.success_url ?? "/").replace("{CHECKOUT_SESSION_ID}", session.id) });
        res.end();
        return;
      }
    }

    if (!url.pathname.startsWith("/v1/")) return send(res, 404, { error: { message: "Not found" } });
    const body = req.method === "POST" ? parseStripeForm(raw) : Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? "GET", path: url.pathname, headers: req.headers, body });

    if (!String(req.headers.authorization ?? "").startsWith("Bearer sk_")) {
      return send(res, 401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
    }
    const failure = failures.shift();
    if (failure) return send(res, failure.status, { error: failure.error });

    const key = req.method === "POST" ? req.headers["idempotency-key"] : undefined;
    const idemKey = typeof key === "string" ? `${url.pathname} ${key}` : null;
    if (idemKey && idempotent.has(idemKey)) {
      const previous = /** @type {{ body: string, status: number, response: any }} */ (idempotent.get(idemKey));
      if (previous.body !== raw) {
        return send(res, 400, { error: { type: "idempotency_error", message: "Keys for idempotent requests can only be used with the same parameters they were first used with." } });
      }
      res.setHeader("Idempotent-Replayed", "true");
      return send(res, previous.status, previous.response);
    }
    /** @param {number} status @param {any} response */
    const reply = (status, response) => {
      if (idemKey) idempotent.set(idemKey, { body: raw, status, response });
      send(res, status, response);
    };

    if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
      if (body.currency && body.currency !== "vnd" && body.currency !== "usd") return reply(400, { error: { type: "invalid_request_error", message: "Invalid currency" } });
      return reply(200, publicSession(createSession(body)));
    }
    const sessionPath = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(url.pathname);
    if (sessionPath) {
      const session = sessions.get(sessionPath[1]);
      if (!session) return reply(404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such checkout.session: '${sessionPath[1]}'` } });
      if (req.method === "POST" && sessionPath[2]) session.status = "expired";
      return reply(200, publicSession(session));
    }
    if (req.method === "POST" && url.pathname === "/v1/refunds") {
      const refund = {
        id: `re_${rand(24)}`,
        object: "refund",
        amount: Number(body.amount),
        currency: "vnd",
        payment_intent: body.payment_intent ?? null,
        reason: body.reason ?? null,
        metadata: body.metadata ?? {},
        status: "succeeded",
        created: Math.floor(Date.now() / 1000),
      };
      refunds.set(refund.id, refund);
      return reply(200, refund);
    }
    return reply(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname})` } });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error("[fake-stripe]", error);
      if (!res.headersSent) send(res, 500, { error: { message: String(error) } });
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  base = `http://${host}:${address.port}`;

  return {
    url: base,
    port: address.port,
    requests,
    sessions,
    refunds,
    completeSession,
    expireSession,
    chargeRefunded,
    deliver,
    /** The next API request answers with this error (e.g. 402 card_declined). @param {number} status @param {Record<string, any>} error */
    failNext(status, error) {
      failures.push({ status, error });
    },
    reset() {
      requests.length = 0;
      failures.length = 0;
    },
    /** @returns {Promise<void>} */
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}
