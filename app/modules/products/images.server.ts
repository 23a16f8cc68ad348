// Photos sellers upload (product photos, a seller's logo). The format is read
// from the bytes by sharp, never from the file name or the browser's claim;
// what is accepted is re-encoded into responsive WebP files, so nothing a
// seller uploaded is ever served as-is.
import crypto from "node:crypto";
import sharp from "sharp";
import { IMAGE_WIDTHS, writeResponsiveWebp } from "~/lib/images.server";
import { removeFile } from "~/lib/storage.server";

import { ACCEPTED_IMAGE_FORMATS, PHOTO_MAX_BYTES } from "./schemas";

export { ACCEPTED_IMAGE_FORMATS, IMAGE_ACCEPT, PHOTO_MAX_BYTES, PHOTOS_PER_PRODUCT } from "./schemas";
/** Bigger pictures are refused: decoding them would cost more memory than a photo needs. */
const MAX_PIXELS = 50_000_000;

export type ImageProblem = "errors.imageTooLarge" | "errors.imageType" | "errors.imageUnreadable";

export type InspectedImage = { ok: true; buffer: Buffer; format: (typeof ACCEPTED_IMAGE_FORMATS)[number]; width: number; height: number; name: string };

/** Checks an uploaded file: ≤ maxBytes and really a JPEG, PNG or WebP picture. */
export async function inspectImage(file: File, maxBytes = PHOTO_MAX_BYTES): Promise<InspectedImage | { ok: false; problem: ImageProblem; name: string }> {
  const name = file.name;
  if (file.size > maxBytes) return { ok: false, problem: "errors.imageTooLarge", name };
  const buffer = Buffer.from(await file.arrayBuffer());
  try {
    const meta = await sharp(buffer, { limitInputPixels: MAX_PIXELS }).metadata();
    const format = meta.format as string | undefined;
    if (!format || !(ACCEPTED_IMAGE_FORMATS as readonly string[]).includes(format) || !meta.width || !meta.height) {
      return { ok: false, problem: "errors.imageType", name };
    }
    return { ok: true, buffer, format: format as InspectedImage["format"], width: meta.width, height: meta.height, name };
  } catch {
    // Not an image sharp can read at all (a text file renamed .jpg, a truncated file).
    return { ok: false, problem: "errors.imageType", name };
  }
}

/** A new, never-reused storage key: a replaced photo gets a new URL, so caches never show the old one. */
export function newImageKey(prefix: string): string {
  return `${prefix}/${crypto.randomBytes(9).toString("base64url").replace(/[^A-Za-z0-9]/g, "x")}`;
}

export type StoredImage = { key: string; width: number; height: number; files: string[] };

/** Re-encodes accepted images into <key>-<w>.webp files (one at a time: the machine has few cores). */
export async function storeImages(prefix: string, images: InspectedImage[], widths: readonly number[] = IMAGE_WIDTHS): Promise<StoredImage[]> {
  const stored: StoredImage[] = [];
  try {
    for (const image of images) {
      const key = newImageKey(prefix);
      const result = await writeResponsiveWebp(key, image.buffer, { widths });
      stored.push({ key, width: result.width, height: result.height, files: result.files });
    }
  } catch (error) {
    await discardImages(stored);
    throw error;
  }
  return stored;
}

/** Files of images whose database rows were not written (or were deleted); best effort. */
export async function discardImages(images: { files: string[] }[]): Promise<void> {
  await Promise.all(images.flatMap((i) => i.files).map((f) => removeFile(f).catch(() => undefined)));
}

/** The files of a stored key, for every width it may have been written in. */
export function filesOfKey(key: string, widths: readonly number[] = IMAGE_WIDTHS): string[] {
  return widths.map((w) => `${key}-${w}.webp`);
}
