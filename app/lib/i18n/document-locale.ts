// The visitor's language for the whole document, known without any loader: Remix renders root's
// ErrorBoundary without root's loader data when an action throws or no route matches, and that
// error page must still be in the visitor's language.
//   - entry.server.tsx provides the request's locale (getLocale: ?lang, then the `lang` cookie, as
//     the root loader) and the `common` namespace, which Layout then writes into the error page
//     as a JSON data block;
//   - entry.client.tsx reads <html lang> and that block back, so hydration renders the same;
//   - in the browser, Layout remembers root's last loader data here, so an error reached by a
//     client-side navigation keeps the language and the messages the page already had.
// Neither dictionary is in the browser's bundle (bench/README.md, page weight).
import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";
import type { Dictionaries } from "./i18n";

export type DocumentLanguage = {
  locale: Locale;
  /** For a render without root's loader data; null when none is known. */
  messages: Dictionaries | null;
  /** Whether the page carries `messages` as a JSON block (server renders, and their hydration). */
  inline: boolean;
};

/** The id of the JSON data block holding the messages of an error page rendered by the server. */
export const FALLBACK_MESSAGES_ID = "i18n-fallback";

const DocumentLanguageContext = createContext<DocumentLanguage>({ locale: DEFAULT_LOCALE, messages: null, inline: false });
export const DocumentLanguageProvider = DocumentLanguageContext.Provider;

export function useDocumentLanguage(): DocumentLanguage {
  return useContext(DocumentLanguageContext);
}

/** The JSON block's text: `<` escaped so no message can close the script element. */
export function serializeMessages(messages: Dictionaries): string {
  return JSON.stringify(messages).replace(/</g, "\\u003c");
}

/** What the server rendered: <html lang> and, on an error page, its messages. */
export function languageOfDocument(doc: Document): DocumentLanguage {
  const lang = doc.documentElement.lang;
  let messages: Dictionaries | null = null;
  const block = doc.getElementById(FALLBACK_MESSAGES_ID)?.textContent;
  if (block) {
    try {
      messages = JSON.parse(block) as Dictionaries;
    } catch {
      messages = null;
    }
  }
  return { locale: isLocale(lang) ? lang : DEFAULT_LOCALE, messages, inline: messages !== null };
}
