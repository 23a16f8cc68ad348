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
import type { ReactNode } from "react";
import stylesheet from "~/tailwind.css?url";
import { SiteFooter } from "~/components/layout/SiteFooter";
import { SiteHeader } from "~/components/layout/SiteHeader";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { resources, DEFAULT_LOCALE } from "~/lib/i18n/config";
import { getLocale, localeCookie, requestedLocale } from "~/lib/i18n/i18n.server";
import { I18nProvider } from "~/lib/i18n/react";
import { getCurrentUser } from "~/modules/accounts/index.server";
import { getCartCount } from "~/modules/cart/index.server";
import { isHttps } from "~/lib/env.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
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
      messages: resources[locale],
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
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, nextUrl, currentUrl, defaultShouldRevalidate }) => {
  if (formMethod && formMethod !== "GET") return defaultShouldRevalidate;
  if (nextUrl.searchParams.has("lang") || currentUrl.searchParams.get("lang") !== nextUrl.searchParams.get("lang")) return true;
  return false;
};

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const locale = root?.locale ?? DEFAULT_LOCALE;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f7a3a" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <I18nProvider locale={locale} messages={root?.messages ?? resources[locale]}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-4 sm:px-4 sm:py-6">
            {children}
          </main>
          <SiteFooter />
        </I18nProvider>
        <ScrollRestoration />
        <Scripts />
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
