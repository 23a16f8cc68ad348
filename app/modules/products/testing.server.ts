// Helpers for tests of the seller portal (multipart forms, pictures, a private
// uploads directory). Not imported by application code.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";

/** A small real PNG (sharp-generated), `size` pixels square. */
export async function pngBytes(size = 40, color = "#1f7a3a"): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: color } }).png().toBuffer();
}

/** A minimal PDF file. */
export function pdfBytes(): Buffer {
  return Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

export function file(bytes: Buffer | string, name: string, type = "application/octet-stream"): File {
  return new File([new Uint8Array(typeof bytes === "string" ? Buffer.from(bytes) : bytes)], name, { type });
}

/** A multipart POST as a browser sends it (fields repeated for arrays, files as parts). */
export function multipartRequest(url: string, fields: Record<string, string | string[] | File | File[]>, cookie?: string): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return new Request(url.startsWith("http") ? url : `http://localhost${url}`, { method: "POST", body, headers: cookie ? { Cookie: cookie } : {} });
}

/** Points UPLOADS_DIR at a fresh temporary directory; returns it and a cleanup. */
export async function useTemporaryUploads(): Promise<{ dir: string; restore: () => Promise<void> }> {
  const previous = process.env.UPLOADS_DIR;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ocop-seller-"));
  process.env.UPLOADS_DIR = dir;
  return {
    dir,
    restore: async () => {
      process.env.UPLOADS_DIR = previous;
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Every file under a directory, relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}
