// Root's loader: where the dictionary travels (a document carries it as a JSON block, a client
// navigation's data request in the loader data).
import { describe, expect, it } from "vitest";
import { resources } from "~/lib/i18n/config";
import { runRoute } from "~/modules/accounts/testing.server";
import { loader } from "./root";

type Root = { locale: string; messages: Record<string, unknown> | null; cartCount: number; user: unknown };

async function load(path: string, context: Record<string, unknown>) {
  const result = await runRoute<Root>(() => loader({ request: new Request(`http://shop.test${path}`), params: {}, context }));
  return { headers: result.headers, data: result.data! };
}

describe("root loader", () => {
  it("leaves the dictionary out of a document's own render", async () => {
    const { data } = await load("/", { documentRequest: true });
    expect(data.locale).toBe("vi");
    expect(data.messages).toBeNull();
    expect(data.user).toBeNull();
    expect(data.cartCount).toBe(0);
  });

  it("sends the page area's namespaces with a client navigation's data request, in the visitor's language", async () => {
    const store = await load("/products/x", { documentRequest: false });
    expect(store.data.messages?.product).toBe(resources.vi.product);
    expect(store.data.messages?.seller).toBeUndefined();
    const portal = await load("/seller/products?lang=en", {});
    expect(portal.data.locale).toBe("en");
    expect(portal.data.messages?.seller).toBe(resources.en.seller);
    expect(portal.headers.get("Set-Cookie")).toMatch(/^lang=en;/);
  });
});
