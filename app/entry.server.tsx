import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { messagesFor } from "~/lib/i18n/area-messages.server";
import { resources, type Locale } from "~/lib/i18n/config";
import { DocumentLanguageProvider, type DocumentLanguage } from "~/lib/i18n/document-locale";
import type { Dictionaries } from "~/lib/i18n/i18n";
import { getLocale } from "~/lib/i18n/i18n.server";
import { NonceProvider, nonceFromContext } from "~/lib/nonce";

const ABORT_DELAY = 5_000;

/** Each language's `common` namespace, one object per language (so an error page reuses one i18next instance). */
const fallbackMessages = { vi: { common: resources.vi.common }, en: { common: resources.en.common } } satisfies Record<Locale, Dictionaries>;

export const streamTimeout = ABORT_DELAY;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The Content-Security-Policy's nonce (server.js): on Remix's inline scripts and React's streaming ones.
  const nonce = nonceFromContext(loadContext) || undefined;
  // The visitor's language (as root's loader picks it) and the dictionary the document carries:
  // its area's namespaces (root's loader data leaves them out of a document, ~/lib/i18n/area-messages.server.ts),
  // or only `common` for an error page rendered without root's loader data.
  const locale = getLocale(request);
  const rootLoaded = remixContext.staticHandlerContext.loaderData?.root != null;
  const messages = rootLoaded ? messagesFor(locale, new URL(request.url).pathname) : fallbackMessages[locale];
  const language: DocumentLanguage = { locale, messages, inline: true };
  // Bots and no-JS clients get the whole document at once; browsers get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce ?? ""}>
        <DocumentLanguageProvider value={language}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </DocumentLanguageProvider>
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1_000);
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}

// server.js starts this once per process after loading the build (and
// scripts/worker.js in dedicated worker processes).
export { startBackgroundWork } from "~/lib/background.server";
