// The CSP nonce of the response being rendered (server.js makes one per request and passes it as
// load context; entry.server.tsx provides it). Empty in the browser: scripts added after
// hydration are trusted through 'strict-dynamic', not a nonce (docs/decisions/0020-security-headers.md).
import { createContext, useContext } from "react";

export const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}

/** The nonce server.js put in the load context, or "" (tests, development). */
export function nonceFromContext(context: unknown): string {
  const nonce = (context as { cspNonce?: unknown } | null | undefined)?.cspNonce;
  return typeof nonce === "string" ? nonce : "";
}
