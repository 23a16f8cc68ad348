import { useT } from "~/lib/i18n/react";

/** Meilisearch did not answer and PostgreSQL did: say so, calmly. */
export function DegradedNotice() {
  const { t } = useT("search");
  return (
    <div role="status" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-stone-800">
      <p className="font-semibold">{t("degraded.title")}</p>
      <p className="mt-0.5 text-stone-700">{t("degraded.text")}</p>
    </div>
  );
}
