import { Pagination } from "~/components/search/Pagination";
import { adminListHref } from "./list-href";

/** The pages of an admin list; every link keeps the list's filters (in the order given). */
export function AdminPagination({
  path,
  params,
  page,
  pageCount,
}: {
  path: string;
  params: Record<string, string | number | null | undefined>;
  page: number;
  pageCount: number;
}) {
  return <Pagination page={page} totalPages={pageCount} hrefFor={(p) => adminListHref(path, { ...params, page: p })} />;
}
