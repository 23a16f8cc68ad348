import { useT } from "~/lib/i18n/react";
import type { Availability as AvailabilityData } from "./selection";

/** "Còn hàng" / "Hết hàng" / "Chỉ còn N". */
export function Availability({ availability, id }: { availability: AvailabilityData; id?: string }) {
  const { t } = useT("product");
  const [text, tone] =
    availability.kind === "outOfStock"
      ? [t("availability.outOfStock"), "text-red-700"]
      : availability.kind === "low"
        ? [t("availability.only", { count: availability.count }), "text-amber-700"]
        : [t("availability.inStock"), "text-brand-700"];
  return (
    <p id={id} className={`text-sm font-medium ${tone}`}>
      <span aria-hidden="true" className="mr-1">
        {availability.kind === "outOfStock" ? "○" : "●"}
      </span>
      {text}
    </p>
  );
}
