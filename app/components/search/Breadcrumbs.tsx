import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";

/** Trang chủ › Thực phẩm › Mật ong; the last item is the current page. */
export function Breadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useT("search");
  const all = [{ label: t("breadcrumb.home"), to: "/" }, ...items];
  return (
    <nav aria-label={t("breadcrumb.label")} className="mb-2 text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-1">
        {all.map((item, i) => (
          <li key={`${item.label}-${i}`} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {item.to && i < all.length - 1 ? (
              <Link to={item.to} className="hover:text-brand-700 hover:underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-stone-800">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
