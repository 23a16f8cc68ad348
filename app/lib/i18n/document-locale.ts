// The visitor's language and dictionary for the whole document, known without root's loader data:
//   - a document's root loader data leaves the dictionary out (re-encoding it per request was ~10 %
//     of a home request's CPU; ~/lib/i18n/area-messages.server.ts); entry.server.tsx provides the
//     request's locale (getLocale: ?lang, then the `lang` cookie, as the root loader) and the page
//     area's namespaces, which Layout writes into the page as a JSON data block (the same text for
//     every page of a language and area, serialized once);
//   - Remix renders root's ErrorBoundary without root's loader data when an action throws or no
//     route matches, and that error page must still be in the visitor's language: there the
//     block holds the `common` namespace;
//   - entry.client.tsx reads <html lang> and that block back, so hydration renders the same;
//   - in the browser, Layout remembers root's last loader data here, so an error reached by a
//     client-side navigation keeps the language and the messages the page already had.
// Neither dictionary is in the browser's bundle (bench/README.md, page weight).
import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";
import type { Dictionaries } from "./i18n";

export type DocumentLanguage = {
  locale: Locale;
  /** When root's loader data has none (a document's render, an error page without it); null when none is known. */
  messages: Dictionaries | null;
  /** Whether the page carries `messages` as a JSON block (server renders, and their hydration). */
  inline: boolean;
};

/** The id of the JSON data block holding the messages of a document rendered by the server. */
export const FALLBACK_MESSAGES_ID = "i18n-fallback";

const DocumentLanguageContext = createContext<DocumentLanguage>({ locale: DEFAULT_LOCALE, messages: null, inline: false });
export const DocumentLanguageProvider = DocumentLanguageContext.Provider;

export function useDocumentLanguage(): DocumentLanguage {
  return useContext(DocumentLanguageContext);
}

const serialized = new WeakMap<Dictionaries, string>();

/** The JSON block's text: `<` escaped so no message can close the script element. Made once per dictionary object. */
export function serializeMessages(messages: Dictionaries): string {
  let text = serialized.get(messages);
  if (text === undefined) {
    text = JSON.stringify(messages).replace(/</g, "\\u003c");
    serialized.set(messages, text);
  }
  return text;
}

/** What the server rendered: <html lang> and the messages in the page's JSON block. */
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
