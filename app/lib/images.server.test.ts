import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fitTitle,
  productImageData,
  productImageSrcSet,
  productImageUrl,
  renderProductIllustration,
  renderSellerLogo,
  sellerLogoUrl,
  storedWidths,
  wrapText,
  writeProductIllustration,
  writeResponsiveWebp,
} from "./images.server";

let dir: string;
const previous = process.env.UPLOADS_DIR;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ocop-images-"));
  process.env.UPLOADS_DIR = dir;
});
afterAll(async () => {
  process.env.UPLOADS_DIR = previous;
  await fs.rm(dir, { recursive: true, force: true });
});

describe("URLs", () => {
  it("picks the stored width that is at least as wide as asked", () => {
    expect(productImageUrl("products/p1/1", 300)).toBe("/media/products/p1/1-320.webp");
    expect(productImageUrl("products/p1/1", 500)).toBe("/media/products/p1/1-640.webp");
    expect(productImageUrl("products/p1/1", 2000)).toBe("/media/products/p1/1-960.webp");
    // A 700 px original has only 320 and 640.
    expect(productImageUrl("products/p1/1", 900, 700)).toBe("/media/products/p1/1-640.webp");
    expect(storedWidths(200)).toEqual([320]);
  });

  it("lists every stored width in srcset", () => {
    expect(productImageSrcSet("products/p1/1")).toBe("/media/products/p1/1-320.webp 320w, /media/products/p1/1-640.webp 640w, /media/products/p1/1-960.webp 960w");
    expect(productImageSrcSet("products/p1/1", 640)).toBe("/media/products/p1/1-320.webp 320w, /media/products/p1/1-640.webp 640w");
    expect(productImageData({ key: "k/1", width: 960, height: 720, alt: "" }, "Trà ô long")).toMatchObject({ src: "/media/k/1-640.webp", width: 960, height: 720, alt: "Trà ô long" });
    expect(sellerLogoUrl("sellers/s1/logo", 48)).toBe("/media/sellers/s1/logo-96.webp");
  });
});

describe("illustrations", () => {
  it("wraps titles into balanced lines", () => {
    expect(wrapText("Gốm đỏ Mang Thít", 11, 3)).toEqual(["Gốm đỏ Mang", "Thít"]);
    expect(fitTitle("Gốm đỏ Mang Thít", 740, 92).lines).toEqual(["Gốm đỏ", "Mang Thít"]);
    expect(fitTitle("Tour trải nghiệm vườn trái cây Cái Mơn", 740, 92).lines.length).toBeLessThanOrEqual(3);
  });

  it("escapes text in the SVG", () => {
    const svg = renderProductIllustration({ title: "Trà <b> & \"bánh\"", subtitle: "A&B", groupSlug: "do-uong", categorySlug: "tra" });
    expect(svg).toContain("Trà &lt;b&gt;");
    expect(svg).toContain("&amp; &quot;bánh&quot;");
    expect(svg).not.toContain("<b>");
    expect(renderSellerLogo("Hợp tác xã Nông nghiệp Mỹ Xuyên")).toContain(">MX<");
  });

  it("writes WebP files in the responsive widths and returns the original size", async () => {
    const result = await writeProductIllustration("products/test/1", { title: "Mật ong U Minh", subtitle: "Cà Mau", groupSlug: "thuc-pham", categorySlug: "mat-ong", variant: 2 });
    expect(result).toMatchObject({ width: 960, height: 960 });
    for (const width of [320, 640, 960]) {
      const meta = await sharp(path.join(dir, `products/test/1-${width}.webp`)).metadata();
      expect(meta).toMatchObject({ format: "webp", width, height: width });
    }
  });

  it("never enlarges a small upload", async () => {
    const small = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#1f7a3a" } }).png().toBuffer();
    const result = await writeResponsiveWebp("uploads/small", small);
    expect(result).toMatchObject({ width: 400, height: 300, files: ["uploads/small-320.webp"] });
  });
});
