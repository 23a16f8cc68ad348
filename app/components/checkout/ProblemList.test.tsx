// Why a line of an order could not be placed, rendered as the server renders it, in both languages.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { resources } from "~/lib/i18n/config";
import { I18nProvider } from "~/lib/i18n/react";
import type { OrderProblem } from "~/modules/checkout/types";
import { ProblemMessage } from "./ProblemList";

function render(locale: "vi" | "en", problem: OrderProblem) {
  const html = renderToStaticMarkup(
    <I18nProvider locale={locale} messages={resources[locale]}>
      <ProblemMessage problem={problem} />
    </I18nProvider>,
  );
  return { html, text: html.replace(/<[^>]+>/g, "") };
}

const priceChanged: OrderProblem = { variantId: "v1", productName: "Mật ong hoa tràm", variantLabel: "Chai 500 ml", reason: "price_changed", quantity: 2, available: 2, priceSeen: 150_000, price: 165_000 };

describe("ProblemMessage", () => {
  it("a changed price names the product and both prices, money through <Price>", () => {
    const { html, text } = render("vi", priceChanged);
    expect(text).toBe("Mật ong hoa tràm (Chai 500 ml): giá đã đổi từ 150.000 ₫ thành 165.000 ₫.");
    expect(html).toContain('<data value="150000">150.000 ₫</data>');
    expect(html).toContain('<data value="165000">165.000 ₫</data>');
    expect(render("en", priceChanged).text).toBe("Mật ong hoa tràm (Chai 500 ml): the price changed from 150.000 ₫ to 165.000 ₫.");
  });

  it("a name that looks like markup stays text", () => {
    const { html } = render("vi", { ...priceChanged, productName: "<b>Mật ong</b>" });
    expect(html).toContain("&lt;b&gt;Mật ong&lt;/b&gt;");
    expect(html).not.toContain("<b>");
  });
});
