import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { SearchSuggest } from "~/components/search/SearchSuggest";
import { OCOP_GROUP_SLUGS } from "~/lib/ocop";
import { useT } from "~/lib/i18n/react";
import { useRootData } from "~/lib/root-data";

export function SiteHeader() {
  const { t } = useT();
  const root = useRootData();
  const user = root?.user ?? null;
  const cartCount = root?.cartCount ?? 0;
  const location = useLocation();
  const otherLocale = root?.locale === "en" ? "vi" : "en";
  const langParams = new URLSearchParams(location.search);
  langParams.set("lang", otherLocale);

  return (
    <header className="border-b border-stone-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-4">
        <Link to="/" className="flex items-center gap-2 text-lg font-bold text-brand-700" aria-label={t("siteName")}>
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
            <circle cx="16" cy="16" r="15" fill="#1f7a3a" />
            <path d="M9 18c3-7 11-9 15-8-2 6-7 11-15 8z" fill="#e2a400" />
          </svg>
          <span>{t("siteName")}</span>
        </Link>

        <Form method="get" action="/search" role="search" className="order-last flex w-full min-w-0 gap-2 sm:order-none sm:w-auto sm:flex-1">
          <label htmlFor="site-search" className="sr-only">
            {t("search.label")}
          </label>
          <SearchSuggest id="site-search" name="q" placeholder={t("search.placeholder")} className="flex-1" />
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("search.submit")}
          </button>
        </Form>

        <nav aria-label={t("nav.account")} className="ml-auto flex items-center gap-3 text-sm">
          <Link to="/cart" aria-label={cartCount > 0 ? t("nav.cartCount", { count: cartCount }) : undefined} className="inline-flex min-h-6 items-center gap-1 font-medium hover:text-brand-700">
            {t("nav.cart")}
            {cartCount > 0 ? (
              <span aria-hidden="true" className="min-w-5 rounded-full bg-brand-600 px-1.5 text-center text-xs leading-5 font-semibold text-white">
                {cartCount}
              </span>
            ) : null}
          </Link>
          {user ? (
            <>
              {user.isAdmin ? (
                <Link to="/admin" className="inline-flex min-h-6 items-center hover:text-brand-700">
                  {t("nav.adminConsole")}
                </Link>
              ) : null}
              {user.sellers.length > 0 ? (
                <Link to="/seller" className="inline-flex min-h-6 items-center hover:text-brand-700">
                  {t("nav.sellerPortal")}
                </Link>
              ) : null}
              <Link to="/account/orders" className="inline-flex min-h-6 items-center hover:text-brand-700">
                {t("nav.orders")}
              </Link>
              <Link to="/account" className="inline-flex min-h-6 items-center hover:text-brand-700" title={user.email}>
                {user.name}
              </Link>
              <Form method="post" action="/logout">
                <button type="submit" className="inline-flex min-h-6 items-center hover:text-brand-700">
                  {t("nav.logout")}
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname + location.search)}`} className="inline-flex min-h-6 items-center hover:text-brand-700">
                {t("nav.login")}
              </Link>
              <Link to="/register" className="rounded-md border border-brand-600 px-2 py-1 text-brand-700 hover:bg-brand-50">
                {t("nav.register")}
              </Link>
            </>
          )}
          <a href={`${location.pathname}?${langParams.toString()}`} hrefLang={otherLocale} lang={otherLocale} className="inline-flex min-h-6 items-center text-stone-600 hover:text-brand-700">
            {otherLocale === "en" ? t("nav.switchToEnglish") : t("nav.switchToVietnamese")}
          </a>
        </nav>
      </div>
      <nav aria-label={t("nav.categories")} className="border-t border-stone-100">
        <ul className="mx-auto flex max-w-6xl gap-4 overflow-x-auto px-3 py-2 text-sm whitespace-nowrap sm:px-4">
          {OCOP_GROUP_SLUGS.map((slug) => (
            <li key={slug}>
              <NavLink to={`/c/${slug}`} className={({ isActive }) => `inline-flex min-h-6 items-center ${isActive ? "font-semibold text-brand-700" : "text-stone-700 hover:text-brand-700"}`}>
                {t(`ocopGroups.${slug}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
