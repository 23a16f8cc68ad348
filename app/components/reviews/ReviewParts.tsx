// Small pieces the review pages share. Review text is user input: it is only ever rendered as a
// React text child (escaped), with line breaks kept by CSS (whitespace-pre-line), never as HTML.
import { useT } from "~/lib/i18n/react";

/** "key" or "key|{json}" (a module message with parameters) → the visitor's language. */
export function useReviewErrorText() {
  const { t } = useT("reviews");
  return (error: string) => {
    const bar = error.indexOf("|");
    if (bar < 0) return t(error);
    let params: Record<string, unknown> = {};
    try {
      params = JSON.parse(error.slice(bar + 1));
    } catch {
      // malformed parameters: the message without them
    }
    return t(error.slice(0, bar), params);
  };
}

export function FieldErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const text = useReviewErrorText();
  if (!errors?.length) return null;
  return (
    <div id={id} className="mt-1 space-y-0.5 text-sm text-red-700">
      {errors.map((e) => (
        <p key={e}>{text(e)}</p>
      ))}
    </div>
  );
}

/** ★★★★☆ with the number said to screen readers ("4 trên 5 sao"). */
export function StarRating({ rating, className = "" }: { rating: number; className?: string }) {
  const { t } = useT("reviews");
  const full = Math.round(rating);
  return (
    <span className={`inline-flex items-center ${className}`}>
      <span aria-hidden="true" className="tracking-tight text-ocop-500">
        {"★".repeat(full)}
        <span className="text-stone-300">{"★".repeat(5 - full)}</span>
      </span>
      <span className="sr-only">{t("stars", { count: rating })}</span>
    </span>
  );
}

/** The review's text as plain text: escaped by React, paragraphs kept with CSS. */
export function ReviewText({ body, className = "" }: { body: string; className?: string }) {
  if (!body) return null;
  return <p className={`whitespace-pre-line break-words text-stone-800 ${className}`}>{body}</p>;
}

export function ReviewPhotos({ photos, label }: { photos: { key: string; src: string }[]; label: string }) {
  if (photos.length === 0) return null;
  return (
    <ul role="list" aria-label={label} className="mt-2 flex flex-wrap gap-2">
      {photos.map((photo, i) => (
        <li key={photo.key}>
          <a href={photo.src} target="_blank" rel="noreferrer" className="block">
            <img src={photo.src} alt={`${label} ${i + 1}`} loading="lazy" width={96} height={96} className="h-24 w-24 rounded-md border border-stone-200 object-cover" />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The seller's answer under a review. */
export function SellerReply({ reply, sellerName }: { reply: string | null; sellerName?: string }) {
  const { t } = useT("reviews");
  if (!reply) return null;
  return (
    <div className="mt-3 rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-sm">
      <p className="font-medium text-brand-900">{sellerName ? t("reply.fromNamed", { name: sellerName }) : t("reply.from")}</p>
      <ReviewText body={reply} className="mt-1" />
    </div>
  );
}
