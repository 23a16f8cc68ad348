// Browser side of the CSV import (no server code): posts the import form to the route's own
// action with XMLHttpRequest, because fetch() reports no upload progress, and tells the page how
// far the upload is. A 1–5 MB file on a phone on 3G takes tens of seconds to send; a bar with a
// percentage, then "checking N rows…", says what is happening. The answer is the action's own
// (Remix single fetch: `<path>.data`, turbo-stream encoded), so the page renders it exactly as
// after a plain form post. Anything else (a redirect to log in, a thrown 403) is left to Remix.
import { decode } from "turbo-stream";

export type UploadIntent = "check" | "apply";
export type UploadProgress =
  | { phase: "idle" }
  | { phase: "upload"; intent: UploadIntent; rows: number; loaded: number; total: number }
  | { phase: "server"; intent: UploadIntent; rows: number };

let current: UploadProgress = { phase: "idle" };
const listeners = new Set<() => void>();

function set(next: UploadProgress) {
  current = next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export const uploadProgressStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): UploadProgress => current,
  getServer: (): UploadProgress => ({ phase: "idle" }),
};

/** Data rows of a CSV text: non-blank records after the header (a line break inside quotes is part of a cell). */
export function countCsvRows(text: string): number {
  let rows = 0;
  let quoted = false;
  let blank = true;
  let header = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    if (!quoted && (c === 10 || c === 13)) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (!blank && !header) rows++;
      if (!blank) header = false;
      blank = true;
    } else if (c !== 32 && c !== 9 && c !== 0xfeff && (quoted || (c !== 44 && c !== 59))) {
      blank = false;
    }
  }
  if (!blank && !header) rows++;
  return rows;
}

export class UploadNetworkError extends Error {}

/** `/a/b?x` → `/a/b.data?x`, as Remix posts an action with single fetch. */
export function actionDataUrl(href: string): string {
  const url = new URL(href, window.location.href);
  url.pathname = url.pathname === "/" ? "/_root.data" : `${url.pathname.replace(/\/$/, "")}.data`;
  return url.toString();
}

function post(url: string, body: FormData, signal: AbortSignal, onProgress: (loaded: number, total: number) => void, onSent: () => void): Promise<{ status: number; body: ArrayBuffer }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "arraybuffer";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.upload.onload = onSent;
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as ArrayBuffer });
    xhr.onerror = () => reject(new UploadNetworkError("network"));
    xhr.onabort = () => reject(signal.reason ?? new DOMException("Aborted", "AbortError"));
    signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/**
 * Posts the form with progress; resolves to the action's data, or `undefined` when the answer is
 * not plain data (a redirect, an error response) and Remix should make the request itself.
 * Rejects with UploadNetworkError when the connection fails.
 */
export async function postImportForm(href: string, form: FormData, signal: AbortSignal): Promise<unknown> {
  const intent: UploadIntent = form.get("intent") === "apply" ? "apply" : "check";
  const source = form.get(intent === "apply" ? "content" : "file");
  const rows = countCsvRows(typeof source === "string" ? source : source instanceof File ? await source.text() : "");
  set({ phase: "upload", intent, rows, loaded: 0, total: 1 });
  try {
    const answer = await post(
      actionDataUrl(href),
      form,
      signal,
      (loaded, total) => set({ phase: "upload", intent, rows, loaded, total }),
      () => set({ phase: "server", intent, rows }),
    );
    // 202 is single fetch's redirect; 5xx and the rest go through Remix (error boundary).
    if (![200, 400, 413].includes(answer.status)) return undefined;
    const decoded = await decode(new Response(answer.body).body!, { plugins: [(type: string) => ({ value: { unsupported: type } })] });
    const result = decoded.value as { data?: unknown } | null;
    const data = result && typeof result === "object" && "data" in result ? result.data : undefined;
    return data && typeof data === "object" && "stage" in data ? data : undefined;
  } finally {
    set({ phase: "idle" });
  }
}
