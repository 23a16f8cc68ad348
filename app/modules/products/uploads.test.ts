import { describe, expect, it } from "vitest";
import { filesOf, readUploadForm, UploadTooLargeError } from "./uploads.server";
import { file, multipartRequest } from "./testing.server";

describe("readUploadForm", () => {
  it("reads fields and files; keeps at most max+1 bytes of a file so its size still says 'too large'", async () => {
    const form = await readUploadForm(
      multipartRequest("/x", { name: "Mắm tép", photos: [file(Buffer.alloc(100, 1), "a.png"), file(Buffer.alloc(5000, 2), "b.png")] }),
      { maxFileBytes: 1000, maxFiles: 8 },
    );
    expect(form.get("name")).toBe("Mắm tép");
    const photos = filesOf(form, "photos");
    expect(photos.map((f) => [f.name, f.size])).toEqual([
      ["a.png", 100],
      ["b.png", 1001],
    ]);
  });

  it("keeps one file more than allowed (so the form can say 'too many') and drops the rest", async () => {
    const many = Array.from({ length: 6 }, (_, i) => file(Buffer.from([i]), `${i}.png`));
    const form = await readUploadForm(multipartRequest("/x", { photos: many }), { maxFileBytes: 10, maxFiles: 3 });
    expect(filesOf(form, "photos")).toHaveLength(4);
  });

  it("refuses a request larger than the limit before reading it", async () => {
    const request = multipartRequest("/x", { photos: file(Buffer.alloc(50_000), "a.png") });
    await expect(readUploadForm(request, { maxFileBytes: 10, maxFiles: 1, maxRequestBytes: 20_000 })).rejects.toBeInstanceOf(UploadTooLargeError);
  });

  it("an untouched file input is an empty, nameless file", async () => {
    const form = await readUploadForm(multipartRequest("/x", { logo: new File([], "") }), { maxFileBytes: 10, maxFiles: 1 });
    expect(filesOf(form, "logo")).toEqual([]);
  });
});
