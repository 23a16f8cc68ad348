import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";

export function EmptyCart() {
  const { t } = useT("cart");
  return (
    <div className="mt-6 rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center">
      <h2 className="text-lg font-semibold text-stone-900">{t("empty.title")}</h2>
      <p className="mt-2 text-stone-600">{t("empty.text")}</p>
      <Link to="/" className="mt-4 inline-block rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
        {t("empty.cta")}
      </Link>
    </div>
  );
}
