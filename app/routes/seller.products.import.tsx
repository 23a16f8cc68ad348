// /seller/products/import: upload a CSV → every row checked, every error listed (row, column,
// message) and nothing written → "Apply" sends the same content back (a hidden field, with its
// digest), which the server parses and checks AGAIN before writing everything in one transaction.
// Works without JavaScript; the count "Đã kiểm tra N/M dòng" is rendered by the server. With
// JavaScript, clientAction sends the same form to the same action with XMLHttpRequest so the page
// shows a determinate upload bar (a big file on 3G), then "checking N rows…", then the action's
// answer rendered exactly as after a plain post.
import { useSyncExternalStore } from "react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, type ClientActionFunctionArgs } from "@remix-run/react";
import { inputClass, Notice } from "~/components/seller/FormField";
import { SellerErrorBoundary } from "~/components/seller/SellerErrorBoundary";
import { SellerShell } from "~/components/seller/SellerShell";
import { sellerPath } from "~/components/seller/links";
import { formatNumber } from "~/lib/format";
import { getFixedT } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { useT } from "~/lib/i18n/react";
import { passThroughHeaders } from "~/modules/accounts/route-headers";
import { applySellerCsv, checkSellerCsv, csvDigest } from "~/modules/products/index.server";
import { CSV_COLUMNS, CSV_MAX_BYTES, type CsvError } from "~/modules/products/csv-format";
import { postImportForm, UploadNetworkError, uploadProgressStore, type UploadProgress } from "~/modules/products/csv-upload";
import { portalHeaders, portalView, requirePortal, requirePortalWrite } from "~/modules/sellers/index.server";
import { readFormData } from "~/lib/form-data.server";

export const headers = passThroughHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Nhập / xuất CSV · Kênh người bán" }, { name: "robots", content: "noindex" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const portal = await requirePortal(request);
  const t = getFixedT(getLocale(request), "csv");
  return data({ title: `${t("title")} · ${t("portal")}`, portal: portalView(portal) }, { headers: portalHeaders(portal) });
}

export type ImportActionData =
  | { stage: "errors"; total: number; checked: number; errors: CsvError[] }
  | { stage: "preview"; total: number; checked: number; summary: { newProducts: number; updatedProducts: number; newVariants: number; updatedVariants: number }; content: string; digest: string }
  | { stage: "done"; total: number; createdProducts: number; changedProducts: number; stockMovements: number };

/** Browsers turn every line break of a submitted field into CRLF; the digest is over that form. */
const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, "\r\n");

const fileError = (message: string, params?: Record<string, number>): ImportActionData => ({ stage: "errors", total: 0, checked: 0, errors: [{ row: 1, column: "", message, ...(params ? { params } : {}) }] });

export async function action({ request }: ActionFunctionArgs) {
  // 403 for a suspended seller before the body is read.
  const portal = await requirePortalWrite(request);
  const headers = portalHeaders(portal);
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  // The file (preview) or the same content as a field (apply; multipart from the page, but room for
  // a url-encoded post), plus a little form overhead.
  if (declared > 3 * CSV_MAX_BYTES + 64 * 1024) return data(fileError("errors.tooLarge", { mb: CSV_MAX_BYTES / 1024 / 1024 }), { status: 413, headers });
  const form = await readFormData(request);
  const intent = form.get("intent");

  if (intent === "apply") {
    const field = form.get("content");
    const content = typeof field === "string" ? crlf(field) : null;
    const digest = form.get("digest");
    if (!content) return data(fileError("errors.fileRequired"), { status: 400, headers });
    if (digest !== csvDigest(content)) return data(fileError("errors.previewChanged"), { status: 400, headers });
    const result = await applySellerCsv({ sellerId: portal.seller.id, actorId: portal.user.id, text: content });
    if (!result.ok) return data({ stage: "errors", total: result.total, checked: result.total, errors: result.errors } satisfies ImportActionData, { status: 400, headers });
    return data({ stage: "done", total: result.total, createdProducts: result.createdProducts, changedProducts: result.changedProducts, stockMovements: result.stockMovements } satisfies ImportActionData, { headers });
  }

  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return data(fileError("errors.fileRequired"), { status: 400, headers });
  if (file.size > CSV_MAX_BYTES) return data(fileError("errors.tooLarge", { mb: CSV_MAX_BYTES / 1024 / 1024 }), { status: 413, headers });
  const content = crlf(await file.text());
  const check = await checkSellerCsv(portal.seller.id, content);
  if (check.errors.length) return data({ stage: "errors", total: check.total, checked: check.checked, errors: check.errors } satisfies ImportActionData, { status: 400, headers });
  return data({ stage: "preview", total: check.total, checked: check.checked, summary: check.summary, content, digest: csvDigest(content) } satisfies ImportActionData, { headers });
}

export async function clientAction({ request, serverAction }: ClientActionFunctionArgs) {
  // A clone: Remix's own request stays unread for serverAction().
  const form = await request.clone().formData();
  try {
    const result = await postImportForm(request.url, form, request.signal);
    if (result) return result as ImportActionData;
  } catch (error) {
    if (error instanceof UploadNetworkError) return fileError("errors.network");
    throw error;
  }
  // Not plain data (a redirect to log in, a 403 for a suspended seller): Remix posts it and handles it.
  return serverAction<typeof action>();
}

/** Upload bar (percent) while the file travels, then what the server is doing; screen readers hear the phases. */
function UploadStatus({ progress, busyIntent }: { progress: UploadProgress; busyIntent: unknown }) {
  const { t } = useT("csv");
  const sending = progress.phase !== "idle";
  const percent = progress.phase === "upload" ? Math.floor((100 * progress.loaded) / Math.max(progress.total, 1)) : 100;
  const phase =
    progress.phase === "upload"
      ? t("uploading")
      : progress.phase === "server"
        ? t(progress.intent === "apply" ? "applyingRows" : "checkingRows", { count: formatNumber(progress.rows) })
        : busyIntent
          ? t(busyIntent === "apply" ? "applying" : "checking")
          : "";
  return (
    <div className="space-y-1">
      {sending ? (
        <div className="flex flex-wrap items-center gap-3">
          <label id="csv-upload-label" htmlFor="csv-upload-progress" className="text-sm font-medium">
            {t("uploadLabel")}
          </label>
          <progress id="csv-upload-progress" max={100} value={percent} aria-valuetext={`${percent}%`} className="h-3 min-w-[12rem] flex-1 accent-brand-600" />
          <span className="text-sm tabular-nums text-stone-700" aria-hidden="true">
            {percent}%
          </span>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-stone-600">
        {phase}
      </p>
    </div>
  );
}

function ErrorMessage({ error }: { error: CsvError }) {
  const { t } = useT("csv");
  return <>{t(error.message, error.params ?? {})}</>;
}

export default function SellerProductsImportPage() {
  const { portal } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ImportActionData | undefined;
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const busyIntent = navigation.formData?.get("intent");
  const progress = useSyncExternalStore(uploadProgressStore.subscribe, uploadProgressStore.get, uploadProgressStore.getServer);
  const { t } = useT("csv");

  return (
    <SellerShell portal={portal}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-stone-900">{t("title")}</h1>
        <Link to={sellerPath("/seller/products", portal.query)} className="text-brand-700 hover:underline">
          {t("backToProducts")}
        </Link>
      </div>
      <p className="text-stone-700">{t("intro")}</p>
      <p className="flex flex-wrap gap-4">
        <a href={sellerPath("/seller/products/csv", portal.query)} className="text-brand-700 underline" download>
          {t("exportLink")}
        </a>
        <a href={sellerPath("/seller/products/csv", portal.query, { template: 1 })} className="text-brand-700 underline" download>
          {t("templateLink")}
        </a>
      </p>
      <details className="rounded-xl border border-stone-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium">{t("columnsTitle")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {CSV_COLUMNS.map((c) => (
            <li key={c}>{t(`columns.${c}`)}</li>
          ))}
        </ul>
      </details>

      {!portal.canWrite ? <Notice>{t("suspended")}</Notice> : null}

      {result?.stage === "done" ? <Notice>{t("done", { total: formatNumber(result.total), createdProducts: formatNumber(result.createdProducts), changedProducts: formatNumber(result.changedProducts), stockMovements: formatNumber(result.stockMovements) })}</Notice> : null}

      {portal.canWrite ? (
        <Form method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-3">
          <input type="hidden" name="intent" value="check" />
          <label className="flex min-w-[14rem] flex-1 flex-col gap-1">
            <span className="font-medium">{t("file")}</span>
            <input name="file" type="file" accept=".csv,text/csv" required className={inputClass} />
          </label>
          <button type="submit" disabled={busy} className="rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-50 disabled:opacity-60">
            {busy && busyIntent === "check" ? t("checking") : t("check")}
          </button>
        </Form>
      ) : null}

      <UploadStatus progress={progress} busyIntent={busy ? busyIntent : null} />

      {result && result.stage !== "done" ? (
        <p role="status" className="text-sm text-stone-600">
          {t("progress", { checked: formatNumber(result.checked), total: formatNumber(result.total) })}
        </p>
      ) : null}

      {result?.stage === "errors" ? (
        <section aria-labelledby="csv-errors" className="rounded-xl border border-red-200 bg-red-50 p-3">
          <h2 id="csv-errors" className="font-semibold text-red-800">
            {t("errorsTitle", { count: result.errors.length })}
          </h2>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th className="pr-3">{t("row")}</th>
                <th className="pr-3">{t("column")}</th>
                <th>{t("problem")}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e, i) => (
                <tr key={i} className="align-top">
                  <td className="pr-3 tabular-nums">{e.row}</td>
                  <td className="pr-3 font-mono">{e.column}</td>
                  <td>
                    <ErrorMessage error={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {result?.stage === "preview" ? (
        // Multipart: the content is sent as is (url-encoding would triple the size of Vietnamese text).
        <Form method="post" encType="multipart/form-data" className="space-y-2 rounded-xl border border-green-200 bg-green-50 p-3">
          <p className="font-medium">{t("ready", { total: formatNumber(result.total) })}</p>
          <p>{t("summary", Object.fromEntries(Object.entries(result.summary).map(([k, n]) => [k, formatNumber(n)])))}</p>
          <input type="hidden" name="intent" value="apply" />
          <input type="hidden" name="content" value={result.content} />
          <input type="hidden" name="digest" value={result.digest} />
          <button type="submit" disabled={busy} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {busy && busyIntent === "apply" ? t("applying") : t("apply")}
          </button>
        </Form>
      ) : null}
    </SellerShell>
  );
}

export function ErrorBoundary() {
  return <SellerErrorBoundary />;
}
