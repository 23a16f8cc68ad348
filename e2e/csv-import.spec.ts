// Bulk CSV import as the demo cooperative's manager (seller@example.com) does it: download the
// template from the import page, upload a file with one bad row (the preview lists the row, the
// column and the problem, and nothing is written), upload the fixed file (preview → apply), find
// the new products with their variants and stock in /seller/products, then re-import with a
// changed stock count and read the IMPORT movement in the variant's inventory history.
// The products are this test's own (a random tag in every SKU and slug).
import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test, token } from "./fixtures";

type Row = { sku: string; product_slug: string; product_name: string; category: string; description: string; variant_label: string; price: string; weight_grams: string; on_hand: string; status: string };

function csvOf(header: string[], rows: Row[]): string {
  return [header.join(","), ...rows.map((r) => header.map((column) => r[column as keyof Row]).join(","))].join("\r\n") + "\r\n";
}

async function upload(page: Page, name: string, content: string) {
  const main = page.getByRole("main");
  await main.getByLabel("Tệp CSV").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
  await main.getByRole("button", { name: "Kiểm tra tệp" }).click();
}

test("the demo seller imports products from CSV: a bad row is reported and nothing is written; the fixed file creates them with their stock", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs("seller");
  const tag = token();
  const TAG = tag.toUpperCase();
  const main = page.getByRole("main");

  await page.goto("/seller/products");
  await main.getByRole("link", { name: "Nhập từ CSV" }).click();
  await expect(main.getByRole("heading", { level: 1, name: "Nhập / xuất CSV" })).toBeVisible();

  // The template: the header row and one example row, UTF-8 with a BOM so Excel reads Vietnamese.
  const downloading = page.waitForEvent("download");
  await main.getByRole("link", { name: "Tải tệp mẫu" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("mau-nhap-san-pham.csv");
  const template = await fs.readFile((await download.path())!, "utf8");
  expect(template.startsWith("\ufeff")).toBe(true);
  const [headerLine, example] = template.slice(1).split("\r\n");
  const header = headerLine.split(",");
  expect(header).toEqual(["sku", "product_slug", "product_name", "category", "description", "variant_label", "price", "weight_grams", "on_hand", "status"]);
  expect(example).toContain("Mật ong hoa cà phê U Minh");

  const honey = { product_slug: `mat-ong-tram-${tag}`, product_name: `Mật ong tràm Cà Mau ${tag}`, category: "mat-ong", description: "Mật ong tràm nguyên chất", status: "ACTIVE" };
  const rows: Row[] = [
    { ...honey, sku: `MT-${TAG}-250`, variant_label: "Chai 250 ml", price: "95.000", weight_grams: "400", on_hand: "15" },
    { ...honey, sku: `MT-${TAG}-500`, variant_label: "Chai 500 ml", price: "mười tám vạn", weight_grams: "750", on_hand: "8" },
    {
      sku: `BP-${TAG}-4`,
      product_slug: "",
      product_name: `Bánh pía sầu riêng ${tag}`,
      category: "banh-keo-mut",
      description: "Bánh pía Sóc Trăng nhân sầu riêng trứng muối",
      variant_label: "Hộp 4 cái",
      price: "60000",
      weight_grams: "500",
      on_hand: "20",
      status: "DRAFT",
    },
  ];

  // One bad row: the preview lists it (row 3 of the file, the price column) and writes nothing.
  await upload(page, "san-pham-loi.csv", csvOf(header, rows));
  const errors = main.getByRole("region", { name: "1 lỗi — chưa ghi gì. Sửa tệp rồi tải lên lại." });
  await expect(errors).toBeVisible();
  const errorRow = errors.getByRole("row").nth(1);
  await expect(errorRow.getByRole("cell").nth(0)).toHaveText("3");
  await expect(errorRow.getByRole("cell").nth(1)).toHaveText("price");
  await expect(errorRow.getByRole("cell").nth(2)).toHaveText("Giá “mười tám vạn” không hợp lệ: ghi số đồng, ví dụ 150000 hoặc 150.000.");
  await expect(main.getByText("Đã kiểm tra 3/3 dòng")).toBeVisible();
  await expect(main.getByRole("button", { name: "Áp dụng" })).toHaveCount(0);
  await page.goto(`/seller/products?q=${tag}`);
  await expect(main.getByText("Không có sản phẩm nào khớp với bộ lọc.")).toBeVisible();
  await page.goto(`/seller/inventory?q=${TAG}`);
  await expect(main.getByRole("listitem", { name: new RegExp(tag) })).toHaveCount(0);

  // The fixed file: preview, then apply.
  rows[1].price = "180.000";
  await page.goto("/seller/products/import");
  await upload(page, "san-pham.csv", csvOf(header, rows));
  await expect(main.getByText("Tệp hợp lệ: 3 dòng.")).toBeVisible();
  await expect(main.getByText("Sẽ tạo 2 sản phẩm mới, cập nhật 0 sản phẩm; 3 phân loại mới, 0 phân loại có sẵn.")).toBeVisible();
  // Still nothing written before "Áp dụng".
  expect((await page.request.get(`/seller/products?q=${tag}`).then((r) => r.text())).includes(honey.product_name)).toBe(false);
  await main.getByRole("button", { name: "Áp dụng" }).click();
  // New variants start at 0 and get their stock through the ledger: one IMPORT movement each.
  await expect(main.getByText("Đã nhập 3 dòng: 2 sản phẩm mới, 0 sản phẩm thay đổi, 3 lần điều chỉnh tồn kho.")).toBeVisible({ timeout: 20_000 });

  await page.goto(`/seller/products?q=${tag}`);
  await expect(main.getByText("2 sản phẩm", { exact: true })).toBeVisible();
  const honeyItem = main.getByRole("listitem").filter({ has: page.getByRole("link", { name: honey.product_name, exact: true }) });
  await expect(honeyItem).toContainText("Đang bán");
  await expect(honeyItem).toContainText("2 phân loại");
  await expect(honeyItem).toContainText("tồn 23, bán được 23");
  await expect(honeyItem).toContainText("Từ 95.000 ₫");
  const cakeItem = main.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Bánh pía sầu riêng ${tag}`, exact: true }) });
  await expect(cakeItem).toContainText("Bản nháp");
  await expect(cakeItem).toContainText("1 phân loại");
  await expect(cakeItem).toContainText("tồn 20, bán được 20");
  await expect(cakeItem).toContainText("60.000 ₫");

  // A stock count in a later file: the difference lands in the ledger as an import.
  rows[0].on_hand = "21";
  await page.goto("/seller/products/import");
  await upload(page, "kiem-kho.csv", csvOf(header, rows));
  await expect(main.getByText("Sẽ tạo 0 sản phẩm mới, cập nhật 2 sản phẩm; 0 phân loại mới, 3 phân loại có sẵn.")).toBeVisible();
  await main.getByRole("button", { name: "Áp dụng" }).click();
  await expect(main.getByText("Đã nhập 3 dòng: 0 sản phẩm mới, 1 sản phẩm thay đổi, 1 lần điều chỉnh tồn kho.")).toBeVisible({ timeout: 20_000 });

  await page.goto(`/seller/inventory?q=${encodeURIComponent(`MT-${TAG}-250`)}`);
  const variantRow = main.getByRole("listitem", { name: `${honey.product_name} · Chai 250 ml` });
  await expect(variantRow.getByRole("definition").first()).toHaveText("21");
  await variantRow.getByRole("link", { name: "Lịch sử nhập xuất" }).click();
  const history = main.getByRole("table");
  await expect(history.getByRole("row").nth(1)).toContainText("Nhập từ tệp CSV");
  await expect(history.getByRole("row").nth(1)).toContainText("+6");
  await expect(history.getByRole("row").nth(1)).toContainText("21");
  await expect(history.getByRole("row").nth(2)).toContainText("Nhập từ tệp CSV");
  await expect(history.getByRole("row").nth(2)).toContainText("+15");
});

test("a 2,000-row file over a slow connection: a progress bar with a percentage reaches 100 %, then “checking 2.000 rows”, then the preview and the import", async ({ page, loginAs }) => {
  test.setTimeout(180_000);
  await loginAs("seller");
  const tag = token();
  const TAG = tag.toUpperCase();
  const main = page.getByRole("main");
  const header = ["sku", "product_slug", "product_name", "category", "description", "variant_label", "price", "weight_grams", "on_hand", "status"];
  const rows: Row[] = Array.from({ length: 2000 }, (_, i) => {
    const p = Math.floor(i / 4);
    return {
      sku: `KC-${TAG}-${i}`,
      product_slug: `kho-ca-loc-${tag}-${p}`,
      product_name: `Khô cá lóc U Minh loại ${p} ${tag}`,
      category: "gao-ngu-coc",
      description: "Khô cá lóc một nắng phơi trên giàn tre",
      variant_label: `Túi ${(i % 4) + 1} kg`,
      price: `${(120 + (i % 4) * 10) * 1000}`,
      weight_grams: `${((i % 4) + 1) * 1000}`,
      on_hand: `${i % 5}`,
      status: "DRAFT",
    };
  });
  const content = csvOf(header, rows);

  await page.goto("/seller/products/import");
  // A phone on 3G: about 60 KB/s up, so the ~300 KB file takes seconds to send.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, uploadThroughput: 60 * 1024, downloadThroughput: 200 * 1024 });
  // Every frame, what the bar and the status line show (the server's part can be brief).
  await page.evaluate(() => {
    const seen: { percents: number[]; statuses: string[] } = { percents: [], statuses: [] };
    (window as unknown as { __csvSeen: typeof seen }).__csvSeen = seen;
    const tick = () => {
      const bar = document.querySelector("main progress");
      if (bar instanceof HTMLProgressElement) {
        const percent = Math.round((100 * bar.value) / bar.max);
        if (seen.percents.at(-1) !== percent) seen.percents.push(percent);
      }
      const status = document.querySelector("main [role=status][aria-live]")?.textContent?.trim() ?? "";
      if (status && seen.statuses.at(-1) !== status) seen.statuses.push(status);
      requestAnimationFrame(tick);
    };
    tick();
  });
  const seen = () => page.evaluate(() => (window as unknown as { __csvSeen: { percents: number[]; statuses: string[] } }).__csvSeen);

  await upload(page, "kho-ca-loc.csv", content);
  const bar = main.getByRole("progressbar", { name: "Tải tệp lên" });
  await expect(bar).toBeVisible();
  await expect(main.getByText("Đang tải tệp lên…")).toBeVisible();
  await expect(main.getByText("Tệp hợp lệ: 2.000 dòng.")).toBeVisible({ timeout: 60_000 });
  await expect(main.getByText("Đã kiểm tra 2.000/2.000 dòng")).toBeVisible();
  await expect(main.getByText("Sẽ tạo 500 sản phẩm mới, cập nhật 0 sản phẩm; 2.000 phân loại mới, 0 phân loại có sẵn.")).toBeVisible();
  await expect(bar).toHaveCount(0);
  const checked = await seen();
  // Determinate: part-way values while sending, then complete, then the server's phase.
  expect(checked.percents.some((p) => p > 0 && p < 100)).toBe(true);
  expect(checked.percents).toContain(100);
  expect(checked.percents).toEqual([...checked.percents].sort((a, b) => a - b));
  expect(checked.statuses).toContain("Đang kiểm tra 2.000 dòng…");
  expect(checked.statuses.indexOf("Đang tải tệp lên…")).toBeLessThan(checked.statuses.indexOf("Đang kiểm tra 2.000 dòng…"));

  // Apply sends the checked content back: the same bar, then the write.
  await page.evaluate(() => Object.assign((window as unknown as { __csvSeen: { percents: number[]; statuses: string[] } }).__csvSeen, { percents: [], statuses: [] }));
  await main.getByRole("button", { name: "Áp dụng" }).click();
  await expect(main.getByText("Đã nhập 2.000 dòng: 500 sản phẩm mới, 0 sản phẩm thay đổi, 1.600 lần điều chỉnh tồn kho.")).toBeVisible({ timeout: 90_000 });
  const applied = await seen();
  expect(applied.percents).toContain(100);
  expect(applied.statuses).toContain("Đang ghi 2.000 dòng…");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, uploadThroughput: -1, downloadThroughput: -1 });

  await page.goto(`/seller/inventory?q=${encodeURIComponent(`KC-${TAG}-1999`)}`);
  const variantRow = main.getByRole("listitem", { name: `Khô cá lóc U Minh loại 499 ${tag} · Túi 4 kg` });
  await expect(variantRow.getByRole("definition").first()).toHaveText("4");
});
