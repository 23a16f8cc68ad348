import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";

/** The page for 400/403/404/413/429/500: says what happened and where to go next. */
export function ErrorPage({ status }: { status: number }) {
  const { t } = useT();
  const [title, text] =
    status === 404
      ? [t("errors.notFoundTitle"), t("errors.notFoundText")]
      : status === 403
        ? [t("errors.forbiddenTitle"), t("errors.forbiddenText")]
        : status === 429
          ? [t("errors.tooManyTitle"), t("errors.tooManyText")]
          : status === 400 || status === 413
            ? [t("errors.badRequestTitle"), t("errors.badRequestText")]
            : [t("errors.serverTitle"), t("errors.serverText")];
  return (
    <section className="mx-auto max-w-xl py-10 text-center" data-status={status}>
      <p className="text-5xl font-bold text-brand-700">{status}</p>
      <h1 className="mt-3 text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-stone-600">{text}</p>
      <form action="/search" method="get" className="mt-6 flex gap-2" role="search">
        <label htmlFor="error-search" className="sr-only">
          {t("search.label")}
        </label>
        <input id="error-search" name="q" type="search" placeholder={t("search.placeholder")} className="min-w-0 flex-1 rounded-md border border-stone-300 px-3 py-2" />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("search.submit")}
        </button>
      </form>
      <Link to="/" className="mt-6 inline-block text-brand-700 underline">
        {t("errors.backHome")}
      </Link>
    </section>
  );
}
