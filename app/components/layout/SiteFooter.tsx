import { Link } from "@remix-run/react";
import { OCOP_GROUP_SLUGS } from "~/lib/ocop";
import { useT } from "~/lib/i18n/react";

export function SiteFooter() {
  const { t } = useT();
  return (
    <footer className="mt-8 border-t border-stone-200 bg-white text-sm text-stone-600">
      <div className="mx-auto grid max-w-6xl gap-6 px-3 py-6 sm:grid-cols-3 sm:px-4">
        <div>
          <p className="font-semibold text-stone-800">{t("siteName")}</p>
          <p className="mt-2">{t("footer.about")}</p>
          <p className="mt-2">{t("footer.payments")}</p>
        </div>
        <div>
          <p className="font-semibold text-stone-800">{t("footer.forShoppers")}</p>
          <ul className="mt-2 space-y-1">
            {OCOP_GROUP_SLUGS.map((slug) => (
              <li key={slug}>
                <Link to={`/c/${slug}`} className="hover:text-brand-700">
                  {t(`ocopGroups.${slug}`)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-semibold text-stone-800">{t("footer.forSellers")}</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link to="/sell" className="hover:text-brand-700">
                {t("nav.sell")}
              </Link>
            </li>
            <li>
              <Link to="/seller" className="hover:text-brand-700">
                {t("nav.sellerPortal")}
              </Link>
            </li>
          </ul>
          <p className="mt-4">{t("footer.rights", { year: new Date().getFullYear() })}</p>
        </div>
      </div>
    </footer>
  );
}
