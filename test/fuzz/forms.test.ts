// Bad-input fuzzer (issue 8): fast-check generates thousands of inputs — Vietnamese and
// unicode edge cases, huge strings, numbers as strings, missing/extra/duplicated fields,
// wrong types, malformed multipart and JSON bodies — and sends them over HTTP to EVERY form
// action and loader in app/routes (test/fuzz/routes.ts reads the list, so a new route is
// fuzzed the day it lands), logged in as the role each route needs, with the page's own
// Origin (CSRF lets them in; a cross-site Origin is refused, checked too). Then:
//   - no response is a 5xx;
//   - the database still keeps every rule (test/invariants.ts);
//   - errors come in the visitor's language: with `lang=en` no Vietnamese error message of
//     the dictionaries appears, and none in English without it;
//   - rate limits are raised for the run and 429s stay ~0, so passing means coverage.
// Scale: FUZZ_INPUTS (default 2500; STRESS=1 → 25000) within FUZZ_BUDGET_SECONDS (default 50;
// round-robin over routes, so a cut run still covers each). FUZZ_SEED reproduces a run.
import fs from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { resources } from "~/lib/i18n/config";
import { addSellerMember, createTestUser } from "~/modules/accounts/testing.server";
import { createTestOrder } from "~/modules/payments/testing.server";
import { createCertificate, createProduct, createSeller } from "../../prisma/factories";
import { startAppServer, type AppServer } from "../http/app-server";
import { Agent, request as undiciRequest } from "undici";
import { closeAgents, mapConcurrent, statusCounts } from "../http/client";
import { checkInvariants } from "../invariants";
import { encodeBody, encodeQuery, inputArbitrary, type FuzzInput } from "./inputs";
import { fuzzTargets, type Role, type Target } from "./routes";

const SERVER_PORT = 3263;
const STRESS = process.env.STRESS === "1";
const INPUTS = Number(process.env.FUZZ_INPUTS ?? (STRESS ? 25_000 : 2_500));
const SEED = Number(process.env.FUZZ_SEED ?? (STRESS ? Date.now() % 2 ** 31 : 20_260_826));
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
/** A time budget for CI (npm test): inputs not sent by then are skipped, round-robin keeps every route covered. */
const BUDGET_SECONDS = Number(process.env.FUZZ_BUDGET_SECONDS ?? (STRESS ? 3_600 : 50));
/** Fewer than this within the budget means the machine (or the server) is far too slow to trust the run. */
const MIN_INPUTS = Number(process.env.FUZZ_MIN_INPUTS ?? 300);

let app: AppServer;
const cookies: Record<Exclude<Role, "throwaway">, string> = { anonymous: "", shopper: "", seller: "", admin: "" };
const params: Record<string, string> = {};
let idPool: string[] = [];

// ── the visitor's language: error messages of the dictionaries, per language ──
type Dict = { [key: string]: string | Dict };
function errorMessages(dict: Dict, inErrors = false, out = new Map<string, string>(), prefix = ""): Map<string, string> {
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const isError = inErrors || /error|invalid|required|tooLong|range|format/i.test(key);
    if (typeof value === "string") {
      if (isError) out.set(path, value);
    } else errorMessages(value, isError, out, path);
  }
  return out;
}
/** The longest fixed piece of a message (between {{params}} and markup), as it appears in a page. */
function fragment(message: string): string {
  return message
    .split(/\{\{[^}]*\}\}|<[^>]*>|["'&<>]/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0];
}
function languageMarkers() {
  const vi = resources.vi as unknown as Record<string, Dict>;
  const en = resources.en as unknown as Record<string, Dict>;
  const markers: Record<"vi" | "en", Set<string>> = { vi: new Set(), en: new Set() };
  for (const ns of Object.keys(vi)) {
    const viMessages = errorMessages(vi[ns]);
    const enMessages = errorMessages(en[ns] ?? {});
    for (const [key, viText] of viMessages) {
      const enText = enMessages.get(key);
      if (!enText || enText === viText) continue;
      const [v, e] = [fragment(viText), fragment(enText)];
      // Long enough to be a message, not a word both languages share.
      if (v.length >= 14 && v.includes(" ") && !enText.includes(v)) markers.vi.add(v);
      if (e.length >= 14 && e.includes(" ") && !viText.includes(e)) markers.en.add(e);
    }
  }
  return markers;
}
const markers = languageMarkers();

// One connection per request. Kept-alive connections used to hang after a response sent before
// its body was read (until the 65 s keepAliveTimeout); app/lib/unread-body.js fixed that and
// test/faults/unread-body.test.ts proves it. Fresh connections keep each input independent.
const fresh = new Agent({ pipelining: 0, headersTimeout: 60_000, bodyTimeout: 60_000 });
async function http(url: string, options: { method?: "GET" | "POST"; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  const started = performance.now();
  const res = await undiciRequest(url, { method: options.method ?? "GET", headers: options.headers, body: options.body, dispatcher: fresh });
  const body = await res.body.text();
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(res.headers)) headers[key] = Array.isArray(value) ? value.join("\n") : String(value ?? "");
  return { status: res.statusCode, headers, body, ms: performance.now() - started };
}

type Outcome = { target: Target; input: FuzzInput; role: Role; status: number; ms: number; location?: string; wrongLanguage?: string; body?: string; error?: string };

function fill(target: Target, input: FuzzInput): string {
  return target.pattern.replace(/\$(\w+)/g, (_, name: string) => {
    const real = params[`${target.file}:${name}`] ?? params[name];
    const value = input.paramValue !== null || !real ? (input.paramValue ?? "khong-ton-tai") : real;
    // Some raw, malformed percent-escapes too (a router must answer 400/404, not 500).
    if (value === "%" || value === "%zz") return value === "%" ? "%E0%A4%A" : "%zz";
    return encodeURIComponent(value.slice(0, 300).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")) || "x";
  });
}

function roleOf(target: Target, input: FuzzInput): Role {
  if (input.roleDice === 0) return "anonymous";
  // /logout ends the session it is sent with: never one of the roles' own.
  if (target.role === "throwaway") return "throwaway";
  if (input.roleDice === 1) return (["shopper", "seller", "admin", "anonymous"] as const)[input.fields.length % 4];
  return target.role;
}

async function throwawayCookie(): Promise<string> {
  return (await createTestUser()).cookie;
}

async function send(target: Target, input: FuzzInput, retried = false): Promise<Outcome> {
  const t0 = performance.now();
  const outcome = await sendOnce(target, input, retried);
  return { ...outcome, ms: performance.now() - t0 };
}

async function sendOnce(target: Target, input: FuzzInput, retried: boolean): Promise<Outcome> {
  const role = roleOf(target, input);
  const session = role === "throwaway" ? await throwawayCookie() : cookies[role];
  const cookie = [session, `lang=${input.lang}`].filter(Boolean).join("; ");
  const url = `${app.url}${fill(target, input)}`;
  try {
    if (target.method === "GET") {
      const res = await http(url + encodeQuery(input), { headers: { Cookie: cookie, "Accept-Language": input.lang } });
      return judge(target, input, role, res);
    }
    const { body, contentType } = encodeBody(input);
    const headers: Record<string, string> = { Cookie: cookie, Origin: app.url, "Accept-Language": input.lang };
    if (contentType) headers["Content-Type"] = contentType;
    const res = await http(url, { method: "POST", headers, body });
    return judge(target, input, role, res);
  } catch (error) {
    // A connection the server closed after answering an oversized request (431) may be reused once
    // by the keep-alive agent: try once more; a server that died fails again (and the test checks it lives).
    if (!retried && /ECONNRESET|socket|closed/i.test(String(error))) return { ...(await sendOnce(target, input, true)), error: `retried after ${String(error)}` };
    return { target, input, role, status: -1, ms: 0, error: String(error) };
  }
}

function judge(target: Target, input: FuzzInput, role: Role, res: { status: number; headers: Record<string, string>; body: string; ms: number }): Outcome {
  const outcome: Outcome = { target, input, role, status: res.status, ms: res.ms, location: res.headers.location };
  if (res.status >= 500) outcome.body = res.body.slice(0, 1500);
  // A page or JSON in the visitor's language: no error message of the other language.
  if (/html|json|text/.test(res.headers["content-type"] ?? "") && res.status !== 403) {
    const other = input.lang === "en" ? markers.vi : markers.en;
    // What the visitor reads: the page's <main> (the serialized data after it holds the visitor's own
    // dictionary, and scanning it for hundreds of markers made this process the bottleneck).
    const visible = /<main[\s\S]*<\/main>/.exec(res.body)?.[0] ?? res.body;
    for (const m of other) {
      if (visible.includes(m)) {
        outcome.wrongLanguage = m;
        outcome.body = visible.slice(Math.max(0, visible.indexOf(m) - 300), visible.indexOf(m) + 300);
        break;
      }
    }
  }
  return outcome;
}

/**
 * 5xx this suite knows of and tolerates while they are being fixed: none. (The six actions that
 * called `request.formData()` directly now use `readFormData`.) Add an entry only with an issue.
 */
const KNOWN_5XX: Record<string, (o: Outcome) => boolean> = {};
const knownIssue = (o: Outcome) => KNOWN_5XX[o.target.file]?.(o) ?? false;

function describeInput(o: Outcome): string {
  const fields = o.input.fields.map(([n, v]) => [n, v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v]);
  return JSON.stringify({ route: o.target.file, method: o.target.method, role: o.role, lang: o.input.lang, encoding: o.input.encoding, param: o.input.paramValue?.slice(0, 60) ?? null, fields, status: o.status, location: o.location, wrongLanguage: o.wrongLanguage, error: o.error, body: o.body?.slice(0, 600) });
}

beforeAll(async () => {
  // Seller A (the seller role's), seller C (what admin routes act on), a shopper with an order.
  const [sellerA, sellerC] = await Promise.all([createSeller({ status: "APPROVED", owner: false }), createSeller({ status: "PENDING", owner: false })]);
  const [shopper, ownerA, admin, victim] = await Promise.all([createTestUser(), createTestUser(), createTestUser({ role: "ADMIN" }), createTestUser()]);
  await addSellerMember(ownerA.user.id, sellerA.id);
  Object.assign(cookies, { shopper: shopper.cookie, seller: ownerA.cookie, admin: admin.cookie });
  const productA = await createProduct({ sellerId: sellerA.id, name: "Mật ong thử nghiệm", variants: [{ label: "Chai", price: 120_000, onHand: 50 }, { label: "Hũ", price: 60_000, onHand: 50 }] });
  const productC = await createProduct({ sellerId: sellerC.id, name: "Khô cá lóc", variants: [{ label: "Gói", price: 90_000, onHand: 20 }] });
  const certA = await createCertificate({ sellerId: sellerA.id });
  const certC = await createCertificate({ sellerId: sellerC.id });
  const order = await createTestOrder({ buyer: shopper.user, parts: [{ shippingFee: 20_000, lines: [{ price: 120_000, quantity: 1, variant: productA.variants[0] }] }] });
  const category = await prisma.category.findFirstOrThrow({ orderBy: { position: "asc" } });
  const province = await prisma.province.findFirstOrThrow({ where: { code: "92" } });
  Object.assign(params, {
    slug: productA.slug,
    provinceSlug: province.slug,
    variantId: productA.variants[0].id,
    id: productA.id,
    token: "khong-co-loi-moi-nay",
    splat: "khong/ton/tai",
    "c.$slug.tsx:slug": category.slug,
    "s.$slug.tsx:slug": (await prisma.seller.findUniqueOrThrow({ where: { id: sellerA.id } })).slug,
    "account.orders.$id.tsx:id": order.order.id,
    "account.orders.$id.pay.tsx:id": order.order.id,
    "admin.orders.$id.tsx:id": order.order.id,
    "admin.sellers.$id.tsx:id": sellerC.id,
    "admin.certificates.$id.tsx:id": certC.id,
    "seller.certificates.$id.scan.ts:id": certA.id,
    "seller.orders.$id.tsx:id": order.sellerOrders[0].id,
    "seller.orders.$id_.slip.tsx:id": order.sellerOrders[0].id,
  });
  // Real ids the fuzzer may put in fields (a victim's, never the roles' own accounts).
  idPool = [productA.id, productA.variants[0].id, productA.variants[1].id, productC.id, productC.variants[0].id, sellerC.id, certA.id, certC.id, order.order.id, order.order.code, order.sellerOrders[0].id, victim.user.id, category.slug, "92", "79", "trang-thai-la"];

  app = await startAppServer({
    env: {
      HARNESS_PORT: String(SERVER_PORT),
      // Rate limits out of the way: a 429 is not coverage.
      LOGIN_MAX_ATTEMPTS_PER_IP: "1000000",
      LOGIN_MAX_FAILURES_PER_EMAIL: "1000000",
      REGISTER_MAX_PER_IP_PER_HOUR: "1000000",
      WEBHOOK_MAX_FORGED_PER_IP: "1000000",
      WEBHOOK_MAX_REQUESTS_PER_IP_PER_MINUTE: "1000000",
    },
  });
}, 180_000);

afterAll(async () => {
  if (process.env.FUZZ_DEBUG) console.log(app?.output().slice(-20_000));
  await app?.stop();
  await closeAgents();
  await fresh.close();
});

describe("fuzzing every form action and endpoint", () => {
  const targets = fuzzTargets();

  it("finds the routes: every action and loader of app/routes", () => {
    const files = fs.readdirSync(new URL("../../app/routes", import.meta.url)).filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f));
    const withAction = files.filter((f) => /export\s+(async\s+)?function\s+action\b/.test(fs.readFileSync(new URL(`../../app/routes/${f}`, import.meta.url), "utf8")));
    expect(targets.filter((t) => t.method === "POST").map((t) => t.file)).toEqual(withAction);
    expect(withAction.length).toBeGreaterThan(20);
  });

  it("refuses a cross-site form post to every action (CSRF), webhooks excepted", async () => {
    const posts = targets.filter((t) => t.method === "POST");
    const results = await mapConcurrent(posts, CONCURRENCY, async (t) => {
      const url = `${app.url}${fill(t, { paramValue: null } as FuzzInput)}`;
      const res = await http(url, { method: "POST", headers: { Cookie: cookies[t.role === "throwaway" ? "shopper" : t.role], Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" }, body: "intent=x" });
      return { file: t.file, status: res.status, refused: res.body.includes("Refused: sent from another site") };
    });
    for (const r of results) {
      if (r.file.startsWith("webhooks.")) expect(r.refused, r.file).toBe(false);
      else expect(r, r.file).toMatchObject({ status: 403, refused: true });
    }
  }, 60_000);

  it(`sends ${INPUTS} generated inputs: no 5xx, errors in the visitor's language, ~no 429`, async () => {
    // Actions get three quarters of the inputs, loaders (query strings) the rest, spread evenly.
    const posts = targets.filter((t) => t.method === "POST");
    const gets = targets.filter((t) => t.method === "GET");
    const perPost = Math.max(10, Math.round((INPUTS * 0.75) / posts.length));
    const perGet = Math.max(5, Math.round((INPUTS * 0.25) / gets.length));
    const globalFields = [...new Set(targets.flatMap((t) => t.fields))];
    const jobs: { target: Target; input: FuzzInput }[] = [];
    for (const [i, target] of [...posts, ...gets].entries()) {
      const n = target.method === "POST" ? perPost : perGet;
      const arbitrary = inputArbitrary(target.fields, globalFields, [...target.values, ...idPool], { hugeMax: STRESS ? 1_000_000 : 100_000 });
      for (const input of fc.sample(arbitrary, { numRuns: n, seed: SEED + i })) jobs.push({ target, input });
    }
    // Round-robin over the routes: a slow one never runs alone at the end, and a run cut short by
    // the time budget has still given every route its share.
    const byTarget = new Map<Target, FuzzInput[]>();
    for (const job of jobs) byTarget.set(job.target, [...(byTarget.get(job.target) ?? []), job.input]);
    const ordered: typeof jobs = [];
    for (let round = 0; ordered.length < jobs.length; round++) {
      for (const [target, inputs] of byTarget) if (round < inputs.length) ordered.push({ target, input: inputs[round] });
    }

    const started = performance.now();
    const deadline = Date.now() + BUDGET_SECONDS * 1000;
    const outcomes = (await mapConcurrent(ordered, CONCURRENCY, (job) => (Date.now() < deadline ? send(job.target, job.input) : Promise.resolve(null)))).filter((o): o is Outcome => o !== null);
    const seconds = (performance.now() - started) / 1000;
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.info(`[fuzz] slowest requests: ${slowest.map((o) => `${o.target.method} ${o.target.file} ${o.input.encoding} ${Math.round(o.ms)} ms → ${o.status}${o.error ? ` (${o.error})` : ""} ${o.input.fields.map(([n, v]) => `${n}=${v.length}ch`).join(",")}`).join("; ")}`);
    const reached = new Set(outcomes.map((o) => o.target));
    expect([...byTarget.keys()].filter((t) => !reached.has(t)).map((t) => `${t.method} ${t.file}`), "every route got inputs within the budget").toEqual([]);
    expect(outcomes.length, `at least ${MIN_INPUTS} inputs within ${BUDGET_SECONDS} s`).toBeGreaterThanOrEqual(Math.min(MIN_INPUTS, ordered.length));

    const counts = statusCounts(outcomes);
    const rate429 = (counts["429"] ?? 0) / outcomes.length;
    const authenticated = outcomes.filter((o) => o.role !== "anonymous" && o.role !== "throwaway" && o.role === o.target.role);
    const bounced = authenticated.filter((o) => (o.status === 302 || o.status === 303) && /\/login/.test(o.location ?? "")).length;
    console.info(
      `[fuzz] seed ${SEED}: ${outcomes.length}/${ordered.length} inputs (budget ${BUDGET_SECONDS} s) to ${posts.length} actions + ${gets.length} loaders in ${seconds.toFixed(1)} s ` +
        `(${Math.round(outcomes.length / seconds)}/s); statuses ${JSON.stringify(counts)}; 429 share ${(rate429 * 100).toFixed(2)}%; ` +
        `logged-in requests bounced to /login: ${bounced}/${authenticated.length}; wrong language: ${outcomes.filter((o) => o.wrongLanguage).length}`,
    );

    if (process.env.FUZZ_DEBUG) {
      const slow = new Map<string, number[]>();
      for (const o of outcomes) slow.set(`${o.target.method} ${o.target.file}`, [...(slow.get(`${o.target.method} ${o.target.file}`) ?? []), o.ms]);
      const rows = [...slow].map(([r, ms]) => [r, Math.round(ms.reduce((a, b) => a + b, 0) / ms.length), Math.round(Math.max(...ms))] as const).sort((a, b) => b[1] - a[1]);
      const bouncedRoutes = new Map<string, number>();
      for (const o of authenticated) if ((o.status === 302 || o.status === 303) && /\/login/.test(o.location ?? "")) bouncedRoutes.set(`${o.target.method} ${o.target.file} ${o.role}`, (bouncedRoutes.get(`${o.target.method} ${o.target.file} ${o.role}`) ?? 0) + 1);
      console.info(`[fuzz] bounced to /login: ${JSON.stringify(Object.fromEntries(bouncedRoutes))}`);
      console.info(`[fuzz] slowest routes (mean, max ms): ${rows.slice(0, 12).map(([r, m, x]) => `${r} ${m}/${x}`).join("; ")}`);
    }
    const serverErrors = outcomes.filter((o) => (o.status >= 500 || o.status === -1) && !knownIssue(o));
    const known = outcomes.filter((o) => o.status >= 500 && knownIssue(o));
    if (known.length) console.warn(`[fuzz] ${known.length} known 5xx (KNOWN_5XX, reported, not fixed here): ${[...new Set(known.map((o) => o.target.file))].join(", ")}`);
    // Error pages too: root's Layout takes the request's language from entry.server when root's loader did not run.
    const wrongLanguage = outcomes.filter((o) => o.wrongLanguage);
    const byRoute = (list: Outcome[]) => {
      const groups = new Map<string, Outcome[]>();
      for (const o of list) groups.set(`${o.target.method} ${o.target.file}`, [...(groups.get(`${o.target.method} ${o.target.file}`) ?? []), o]);
      return [...groups].map(([route, os]) => `${route} ×${os.length}\n  e.g. ${describeInput(os[0])}`);
    };
    expect(byRoute(serverErrors), `5xx (seed ${SEED})`).toEqual([]);
    expect(byRoute(wrongLanguage), `wrong language (seed ${SEED})`).toEqual([]);
    expect(rate429, "429 share").toBeLessThan(0.005);
    // The fuzz reached past the guards: logged-in roles stayed logged in.
    expect(bounced / Math.max(1, authenticated.length)).toBeLessThan(0.02);
    for (const role of ["shopper", "seller", "admin"] as const) {
      const home = { shopper: "/account", seller: "/seller", admin: "/admin" }[role];
      expect((await http(`${app.url}${home}`, { headers: { Cookie: cookies[role] } })).status, `${role} still logged in`).toBe(200);
    }
  }, 900_000);

  it("leaves the database keeping every rule", async () => {
    expect(await checkInvariants(prisma, { expiryGraceSeconds: Infinity })).toEqual([]);
  }, 60_000);
});
