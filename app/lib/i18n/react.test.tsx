// useT: one i18next instance per dictionary object, and a `t` that remembers texts without ever
// giving one call's text to another.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { resources } from "./config";
import { cachedI18n, getFixedT } from "./i18n";
import { I18nProvider, useT, type Translation } from "./react";

/** The `useT(ns)` result a render under I18nProvider sees. */
function translationIn(locale: "vi" | "en", messages: object, ns: "common" | "product" | "search" = "common"): Translation {
  let seen: Translation | null = null;
  function Probe() {
    seen = useT(ns);
    return null;
  }
  renderToStaticMarkup(
    <I18nProvider locale={locale} messages={messages}>
      <Probe />
    </I18nProvider>,
  );
  return seen!;
}

describe("I18nProvider and useT", () => {
  it("reuses one instance and one t per dictionary object, language and namespace", () => {
    const a = translationIn("vi", resources.vi, "product");
    const b = translationIn("vi", resources.vi, "product");
    expect(b.i18n).toBe(a.i18n);
    expect(b.t).toBe(a.t);
    expect(a.i18n).toBe(cachedI18n("vi", resources.vi));
    expect(translationIn("en", resources.en, "product").i18n).not.toBe(a.i18n);
    // A different dictionary object (a new one from root's loader in the browser): a new instance.
    expect(translationIn("vi", { ...resources.vi }, "product").i18n).not.toBe(a.i18n);
  });

  it("gives the texts i18next gives: plain, interpolated, plural, in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      const { t } = translationIn(locale, resources[locale]);
      const plain = getFixedT(locale);
      for (let round = 0; round < 2; round++) {
        // Twice: the second answer comes from what was remembered.
        for (const [key, options] of [
          ["product.outOfStock", undefined],
          ["product.ocopStars", { count: 4 }],
          ["product.ocopStars", { count: 5 }],
          ["product.stars", { count: 1 }],
          ["product.stars", { count: 5 }],
          ["product.from", { price: "150.000 ₫" }],
        ] as const) {
          const text = t(key, options);
          expect(text).toBe(plain(key, options));
          expect(text).not.toBe(key);
        }
      }
    }
    expect(translationIn("vi", resources.vi).t("product.ocopStars", { count: 4 })).toBe("OCOP 4 sao");
    expect(translationIn("en", resources.en).t("product.stars", { count: 1 })).toBe("1 star");
  });

  it("never hands one call's text to another whose values look alike", () => {
    const { t } = translationIn("vi", resources.vi, "search");
    const key = "heading.query";
    const plain = getFixedT("vi", "search");
    // A value made to look like two options, then the call it imitates; and a number vs a string.
    const forged = t(key, { q: 'a"\u0000x\u0001"b' });
    expect(forged).toBe(plain(key, { q: 'a"\u0000x\u0001"b' }));
    expect(t(key, { q: "a", x: "b" })).toBe(plain(key, { q: "a", x: "b" }));
    expect(t(key, { q: "1" })).toBe(plain(key, { q: "1" }));
    expect(t(key, { q: 1 })).toBe(plain(key, { q: 1 }));
    expect(t(key, { q: "mật ong" })).toContain("mật ong");
    expect(t(key, { q: "nước mắm" })).toContain("nước mắm");
    // Options that are not plain values go straight to i18next.
    expect(t(key, { q: "x", nested: { a: 1 } })).toBe(plain(key, { q: "x", nested: { a: 1 } }));
  });

  it("needs a provider", () => {
    function Lost() {
      useT();
      return null;
    }
    expect(() => renderToStaticMarkup(<Lost />)).toThrow(/I18nProvider/);
  });
});
