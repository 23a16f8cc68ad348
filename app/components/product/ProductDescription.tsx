import { useT } from "~/lib/i18n/react";

/** The seller's description is plain text: each line is a paragraph (no HTML from sellers). */
export function ProductDescription({ text }: { text: string }) {
  const { t } = useT("product");
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <section aria-labelledby="description-title" className="mt-8">
      <h2 id="description-title" className="text-xl font-bold text-stone-900">
        {t("description.title")}
      </h2>
      <div className="mt-3 max-w-prose space-y-3 leading-relaxed text-stone-800">
        {paragraphs.length ? paragraphs.map((p, i) => <p key={i}>{p}</p>) : <p className="text-stone-600">{t("description.empty")}</p>}
      </div>
    </section>
  );
}
