import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";

/** 1 … 4 5 [6] 7 8 … 20: the first and last page and a window around the current one. */
export function pageWindow(page: number, totalPages: number, radius = 1): (number | "gap")[] {
  const pages = new Set([1, totalPages]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= totalPages) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push("gap");
    out.push(p);
  });
  return out;
}

const box = "inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm";

/** Previous/next and page numbers; every link keeps the filters (hrefFor builds it). */
export function Pagination({ page, totalPages, hrefFor }: { page: number; totalPages: number; hrefFor: (page: number) => string }) {
  const { t } = useT("search");
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={t("pagination.label")} className="mt-8">
      <ul role="list" className="flex flex-wrap items-center justify-center gap-1.5">
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev" className={`${box} border-stone-300 bg-white hover:bg-stone-100`}>
              <span aria-hidden="true">‹ </span>
              {t("pagination.previous")}
            </Link>
          ) : (
            <span aria-disabled="true" className={`${box} border-stone-200 text-stone-400`}>
              <span aria-hidden="true">‹ </span>
              {t("pagination.previous")}
            </span>
          )}
        </li>
        {pageWindow(page, totalPages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to={hrefFor(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("pagination.page", { page: p })}
                className={`${box} ${p === page ? "border-brand-600 bg-brand-600 font-semibold text-white" : "border-stone-300 bg-white hover:bg-stone-100"}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <Link to={hrefFor(page + 1)} rel="next" className={`${box} border-stone-300 bg-white hover:bg-stone-100`}>
              {t("pagination.next")}
              <span aria-hidden="true"> ›</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={`${box} border-stone-200 text-stone-400`}>
              {t("pagination.next")}
              <span aria-hidden="true"> ›</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
