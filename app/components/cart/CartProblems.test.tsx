// The problems a line shows, rendered as the server renders them, in both languages.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { resources } from "~/lib/i18n/config";
import { I18nProvider } from "~/lib/i18n/react";
import { CartProblems } from "./CartProblems";

function render(locale: "vi" | "en", problems: Parameters<typeof CartProblems>[0]["line"]["problems"], available = 3) {
  const html = renderToStaticMarkup(
    <I18nProvider locale={locale} messages={resources[locale]}>
      <CartProblems line={{ problems, priceSeen: 150_000, unitPrice: 165_000, available }} />
    </I18nProvider>,
  );
  return { html, text: html.replace(/<[^>]+>/g, "") };
}

describe("CartProblems", () => {
  it("says what changed, money through <Price>", () => {
    const { html, text } = render("vi", ["price_changed"]);
    expect(text).toBe("Giá đã thay đổi từ 150.000 ₫ thành 165.000 ₫");
    expect(html).toContain('<data value="150000">150.000 ₫</data>');
    expect(html).toContain('<data value="165000">165.000 ₫</data>');
    expect(render("en", ["price_changed"]).text).toBe("The price changed from 150.000 ₫ to 165.000 ₫");
  });

  it("archived, suspended seller, sold out and a capped quantity", () => {
    expect(render("vi", ["archived"]).text).toBe("Sản phẩm đã ngừng bán");
    expect(render("vi", ["seller_suspended"]).text).toBe("Người bán đang tạm ngưng");
    expect(render("vi", ["out_of_stock"]).text).toBe("Sản phẩm đã hết hàng");
    expect(render("vi", ["quantity_capped"], 3).text).toBe("Chỉ còn 3 sản phẩm — đã điều chỉnh số lượng");
    expect(render("en", ["quantity_capped"], 1).text).toBe("Only 1 left — quantity adjusted");
    expect(render("vi", []).html).toBe("");
  });
});
