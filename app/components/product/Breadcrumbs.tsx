import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";

type Crumb = { name: string; to?: string };

/** Trang chủ › group › category › product (the last one is the current page). */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useT("product");
  const crumbs: Crumb[] = [{ name: t("home"), to: "/" }, ...items];
  return (
    <nav aria-label={t("breadcrumb")} className="mb-3 text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {crumbs.map((crumb, i) => (
          <li key={`${i}-${crumb.name}`} className="flex min-w-0 items-center gap-1.5">
            {i > 0 ? (
              <span aria-hidden="true" className="text-stone-400">
                ›
              </span>
            ) : null}
            {crumb.to ? (
              <Link to={crumb.to} className="hover:text-brand-700 hover:underline">
                {crumb.name}
              </Link>
            ) : (
              <span aria-current="page" className="max-w-[16rem] truncate text-stone-800 sm:max-w-md">
                {crumb.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
