import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import stylesheet from "~/tailwind.css?url";
import { SiteFooter } from "~/components/layout/SiteFooter";
import { SiteHeader } from "~/components/layout/SiteHeader";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { needsOtherNamespaces } from "~/lib/i18n/area";
import { messagesFor, rendersDocument } from "~/lib/i18n/area-messages.server";
import { FALLBACK_MESSAGES_ID, serializeMessages, useDocumentLanguage } from "~/lib/i18n/document-locale";
import { getLocale, localeCookie, requestedLocale } from "~/lib/i18n/i18n.server";
import { I18nProvider } from "~/lib/i18n/react";
import { getCurrentUser } from "~/modules/accounts/index.server";
import { getCartCount } from "~/modules/cart/index.server";
import { isHttps } from "~/lib/env.server";
import { useNonce } from "~/lib/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// Each page carries only the namespaces its area uses: the storefront's, or every one in the seller
// portal and admin console (bench/README.md: the whole dictionary was ~32 KB gzip of inline script
// on every page). A document gets them as a JSON block (entry.server.tsx provides them, Layout
// writes them), a client navigation that revalidates root in root's loader data.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const user = await getCurrentUser(request);
  const cartCount = await getCartCount(request, user);
  const headers = new Headers();
  // ?lang=… is remembered in a cookie (no URL prefix).
  const requested = requestedLocale(request);
  if (requested) headers.append("Set-Cookie", localeCookie(requested, isHttps));
  return data(
    {
      locale,
      /** Null in a document's own render: the document carries them (see above). */
      messages: rendersDocument(context) ? null : messagesFor(locale, new URL(request.url).pathname),
      /** Units in the cart, for the header's cart link. */
      cartCount,
      user: user && {
        id: user.id,
        name: user.name,
        email: user.email,
        isAdmin: user.role === "ADMIN",
        sellers: user.sellers.map((s) => ({ slug: s.slug, name: s.name, status: s.status })),
      },
    },
    { headers },
  );
}

export type RootData = ReturnType<typeof useLoaderData<typeof loader>>;

// The dictionary and the user only change with ?lang or after a form submission.
/** In the browser: whether the page on screen was rendered without root's loader data (set by Layout). */
let rootDataMissing = false;

export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, nextUrl, currentUrl, defaultShouldRevalidate }) => {
  // After an error page without root's data, the next page needs it (user, cart, dictionary).
  if (rootDataMissing) return true;
  if (formMethod && formMethod !== "GET") return defaultShouldRevalidate;
  if (nextUrl.searchParams.has("lang") || currentUrl.searchParams.get("lang") !== nextUrl.searchParams.get("lang")) return true;
  // A page of another area (catalogue → cart, storefront → seller portal, …) may need namespaces this one lacks.
  if (needsOtherNamespaces(currentUrl.pathname, nextUrl.pathname)) return true;
  return false;
};

// zod reads this object when it loads (zod/v4/core globalConfig); jitless skips its eval probe.
const ZOD_JITLESS = "globalThis.__zod_globalConfig={jitless:true}";

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  // Without root's loader data (the error page after an action threw or no route matched): the
  // request's language and `common` namespace (entry.server; written into the page for hydration),
  // or in the browser what root's loader last sent (~/lib/i18n/document-locale.ts).
  const language = useDocumentLanguage();
  useEffect(() => {
    rootDataMissing = !root;
    if (!root) return;
    language.locale = root.locale;
    if (root.messages) language.messages = root.messages;
    language.inline = false;
  }, [language, root]);
  const locale = root?.locale ?? language.locale;
  const messages = root?.messages ?? language.messages ?? {};
  // The document's own dictionary (root's loader data has none in a document's render), or on an
  // error page without root's data the `common` namespace; read back by entry.client for hydration.
  const inlineMessages = !root?.messages && language.inline ? language.messages : null;
  const nonce = useNonce() || undefined;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f7a3a" />
        {/* Before any module: zod's JIT probes `new Function`, which the CSP forbids (and reports). */}
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: ZOD_JITLESS }} />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <I18nProvider locale={locale} messages={messages}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-4 sm:px-4 sm:py-6">
            {children}
          </main>
          <SiteFooter />
        </I18nProvider>
        {/* After the content, so it does not hold up the first paint; read when the modules run. Data,
            never run, but nonced like every script element of the page. */}
        {inlineMessages ? (
          <script id={FALLBACK_MESSAGES_ID} type="application/json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: serializeMessages(inlineMessages) }} />
        ) : null}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    return <ErrorPage status={error.status} />;
  }
  console.error(error);
  return <ErrorPage status={500} />;
}
