import { useT } from "~/lib/i18n/react";

/**
 * "★★★★ OCOP 4 sao". Render it only for a certificate an admin verified that
 * has not expired: the catalog module returns stars = null otherwise.
 */
export function OcopBadge({ stars, className = "" }: { stars: number; className?: string }) {
  const { t } = useT();
  const label = t("product.ocopStars", { count: stars });
  return (
    <span
      title={label}
      className={`inline-flex w-fit items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-stone-800 ring-1 ring-amber-300 ${className}`}
    >
      <span aria-hidden="true" className="text-ocop-500">
        {"★".repeat(stars)}
      </span>
      <span>{label}</span>
    </span>
  );
}
