import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileExists, InvalidStorageKeyError, readFile, removeFile, removeTree, storagePath, uploadsDir, writeFile } from "./storage.server";

let dir: string;
const previous = process.env.UPLOADS_DIR;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ocop-storage-"));
  process.env.UPLOADS_DIR = dir;
});
afterAll(async () => {
  process.env.UPLOADS_DIR = previous;
  await fs.rm(dir, { recursive: true, force: true });
});

describe("storage", () => {
  it("reads UPLOADS_DIR", () => {
    expect(uploadsDir()).toBe(path.resolve(dir));
  });

  it("writes, reads and removes files by key", async () => {
    await writeFile("products/abc/1-320.webp", Buffer.from("hello"));
    expect((await readFile("products/abc/1-320.webp")).toString()).toBe("hello");
    expect(await fileExists("products/abc/1-320.webp")).toBe(true);
    await removeFile("products/abc/1-320.webp");
    expect(await fileExists("products/abc/1-320.webp")).toBe(false);
    await removeFile("products/abc/1-320.webp"); // missing is fine
  });

  it("removes a whole prefix", async () => {
    await writeFile("sellers/s1/logo-160.webp", "x");
    await removeTree("sellers/s1");
    expect(await fileExists("sellers/s1/logo-160.webp")).toBe(false);
  });

  it.each(["../etc/passwd", "products/../../x", "/etc/passwd", "a//b", "", "a/./b", "a\\..\\b", ".hidden", "products/.."])("refuses the key %j", (key) => {
    expect(() => storagePath(key)).toThrow(InvalidStorageKeyError);
  });
});
