import { useEffect, useState } from "react";
import { useHydrated } from "~/components/product/useHydrated";
import { useT } from "~/lib/i18n/react";

/** "Copy" next to a value people type into their banking app; only once JavaScript runs (the text is selectable anyway). */
export function CopyButton({ value, what }: { value: string; what: string }) {
  const { t } = useT("orders");
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);
  if (!hydrated || typeof navigator === "undefined" || !navigator.clipboard) return null;
  return (
    <button
      type="button"
      onClick={() => {
        navigator.clipboard.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
      aria-label={t("pay.copyWhat", { what })}
      className="ml-2 rounded border border-stone-300 px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-50"
    >
      <span aria-live="polite">{copied ? t("pay.copied") : t("pay.copy")}</span>
    </button>
  );
}
