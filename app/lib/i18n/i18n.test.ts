import { describe, expect, it } from "vitest";
import { resources } from "./config";
import { getApiLocale, getLocale, localeCookie } from "./i18n.server";
import { getFixedT } from "./i18n";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("dictionaries", () => {
  it("English has exactly the keys Vietnamese has, in every namespace", () => {
    for (const ns of Object.keys(resources.vi) as (keyof typeof resources.vi)[]) {
      expect(keys(resources.en[ns]).sort(), ns).toEqual(keys(resources.vi[ns]).sort());
    }
  });
  it("translates with interpolation and plurals", () => {
    expect(getFixedT("vi")("product.ocopStars", { count: 4 })).toBe("OCOP 4 sao");
    expect(getFixedT("en")("product.stars", { count: 1 })).toBe("1 star");
    expect(getFixedT("en")("product.stars", { count: 5 })).toBe("5 stars");
  });
});

describe("locale detection", () => {
  it("prefers ?lang, then the cookie, then Vietnamese", () => {
    expect(getLocale(new Request("http://x/"))).toBe("vi");
    expect(getLocale(new Request("http://x/?lang=en"))).toBe("en");
    const cookie = localeCookie("en").split(";")[0];
    expect(getLocale(new Request("http://x/", { headers: { Cookie: cookie } }))).toBe("en");
    expect(getLocale(new Request("http://x/?lang=vi", { headers: { Cookie: cookie } }))).toBe("vi");
    expect(getLocale(new Request("http://x/?lang=fr"))).toBe("vi");
  });
  it("the API follows Accept-Language", () => {
    const req = (h: string) => new Request("http://x/", { headers: { "Accept-Language": h } });
    expect(getApiLocale(req("en-US,en;q=0.9"))).toBe("en");
    expect(getApiLocale(req("fr-FR, en;q=0.5, vi;q=0.8"))).toBe("vi");
    expect(getApiLocale(req("de"))).toBe("vi");
  });
});
