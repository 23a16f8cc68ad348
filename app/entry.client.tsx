import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DocumentLanguageProvider, languageOfDocument } from "~/lib/i18n/document-locale";

// The language the server rendered in (an error page has no root loader data to say it).
const language = languageOfDocument(document);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <DocumentLanguageProvider value={language}>
        <RemixBrowser />
      </DocumentLanguageProvider>
    </StrictMode>,
  );
});
