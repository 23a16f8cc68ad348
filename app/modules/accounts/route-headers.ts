import type { HeadersFunction } from "@remix-run/node";

/**
 * On document requests Remix sends only what a route's `headers` export returns: pass the
 * loader's and the action's headers through (Cache-Control: private, no-store; Retry-After on 429).
 */
export const passThroughHeaders: HeadersFunction = ({ loaderHeaders, actionHeaders }) => {
  const headers = new Headers();
  for (const source of [loaderHeaders, actionHeaders]) {
    for (const name of ["Cache-Control", "Retry-After"]) {
      const value = source.get(name);
      if (value) headers.set(name, value);
    }
  }
  return headers;
};
