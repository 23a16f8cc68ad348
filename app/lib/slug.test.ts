import { describe, expect, it } from "vitest";
import { slugify, stripVietnameseDiacritics } from "./slug";

describe("slugify", () => {
  it("turns Vietnamese into ASCII words joined by dashes", () => {
    expect(slugify("Nước mắm Phú Quốc")).toBe("nuoc-mam-phu-quoc");
    expect(slugify("Hợp tác xã Nông nghiệp Mỹ Xuyên")).toBe("hop-tac-xa-nong-nghiep-my-xuyen");
  });

  it("maps đ and Đ, which Unicode does not decompose", () => {
    expect(slugify("Đường thốt nốt Đồng Tháp")).toBe("duong-thot-not-dong-thap");
    expect(stripVietnameseDiacritics("Đắk Lắk đặc sản")).toBe("Dak Lak dac san");
  });

  it("handles text already precomposed or decomposed the same way", () => {
    expect(slugify("Cà phê".normalize("NFC"))).toBe(slugify("Cà phê".normalize("NFD")));
  });

  it("collapses punctuation and spaces, trims dashes", () => {
    expect(slugify("  Trà ô long — Cầu Đất (hộp 100 g)!  ")).toBe("tra-o-long-cau-dat-hop-100-g");
    expect(slugify("Cư M’gar")).toBe("cu-m-gar");
  });

  it("limits the length without a trailing dash", () => {
    const slug = slugify("Mật ong hoa tràm U Minh Hạ nguyên chất", 20);
    expect(slug.length).toBeLessThanOrEqual(20);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toBe("mat-ong-hoa-tram-u");
    expect(slugify("abcdefghijklmnopqrstuvwxyz", 10)).toBe("abcdefghij");
  });

  it("returns an empty string when nothing is left", () => {
    expect(slugify("— !! —")).toBe("");
  });
});
