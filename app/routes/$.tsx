// Any URL no other route claims: a real 404 (status and page) that helps the
// visitor on: the search box (ErrorPage), products matching the words in the
// URL ("/mat-ong-u-minh" → Mật ong hoa tràm U Minh Hạ) and the six OCOP groups.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { ProductGrid } from "~/components/catalog/ProductGrid";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { OCOP_GROUP_SLUGS } from "~/lib/ocop";
import type { ProductCardData } from "~/modules/catalog/types";
import { suggestForPath } from "~/modules/catalog/index.server";

type NotFoundData = { title: string; suggestion: { q: string; products: ProductCardData[] } | null };

export const meta: MetaFunction = ({ error }) => [
  { title: (isRouteErrorResponse(error) ? (error.data as NotFoundData | null)?.title : undefined) ?? "Chợ OCOP" },
  { name: "robots", content: "noindex" },
];

async function notFound(request: Request): Promise<never> {
  const suggestion = request.method === "GET" || request.method === "HEAD" ? await suggestForPath(new URL(request.url).pathname) : null;
  const t = getFixedT(getLocale(request), "search");
  throw data<NotFoundData>({ title: t("meta.title", { title: t("meta.notFound") }), suggestion }, { status: 404, statusText: "Not Found", headers: { "Cache-Control": "private, max-age=0" } });
}

export async function loader({ request }: LoaderFunctionArgs) {
  return notFound(request);
}

// A form posted to an unknown URL is just as unknown (not "405 Method Not Allowed").
export async function action({ request }: LoaderFunctionArgs) {
  return notFound(request);
}

export default function CatchAll() {
  return null; // never rendered: the loader always throws
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useT("search");
  const { t: tc } = useT("common");
  if (!isRouteErrorResponse(error)) return <ErrorPage status={500} />;
  const suggestion = (error.data as NotFoundData | null)?.suggestion ?? null;
  return (
    <>
      <ErrorPage status={error.status} />
      {error.status === 404 ? (
        <div className="mx-auto max-w-4xl pb-10">
          {suggestion ? (
            <section aria-labelledby="not-found-suggestions" className="mt-2">
              <h2 id="not-found-suggestions" className="text-lg font-semibold text-stone-900">
                {t("notFound.suggestions")}
              </h2>
              <div className="mt-3">
                <ProductGrid products={suggestion.products} />
              </div>
              <p className="mt-3">
                <Link to={`/search?q=${encodeURIComponent(suggestion.q)}`} className="text-brand-700 underline">
                  {t("notFound.searchFor", { q: suggestion.q })}
                </Link>
              </p>
            </section>
          ) : null}
          <section aria-labelledby="not-found-groups" className="mt-8">
            <h2 id="not-found-groups" className="text-lg font-semibold text-stone-900">
              {t("notFound.groups")}
            </h2>
            <ul role="list" className="mt-3 flex flex-wrap gap-2">
              {OCOP_GROUP_SLUGS.map((slug) => (
                <li key={slug}>
                  <Link to={`/c/${slug}`} className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-800 hover:border-brand-600 hover:text-brand-700">
                    {tc(`ocopGroups.${slug}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </>
  );
}
