// Reading a product form (multipart, with photos) into a Conform submission.
import { parseWithZod } from "@conform-to/zod/v4";
import { PHOTO_MAX_BYTES, PHOTOS_PER_PRODUCT, productSchema, VARIANTS_MAX } from "./schemas";
import { readUploadForm, UploadTooLargeError } from "./uploads.server";

/** The submission, or null when the request is too large to read (the route says so). */
export async function readProductSubmission(request: Request) {
  try {
    const formData = await readUploadForm(request, { maxFileBytes: PHOTO_MAX_BYTES, maxFiles: PHOTOS_PER_PRODUCT });
    return parseWithZod(variantFieldsOnly(formData), { schema: productSchema });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return null;
    throw error;
  }
}

/**
 * The form re-renders what was posted (Conform's initial value): a `variants` field that is not a
 * list of objects (`variants=x`, `variants[0]=x`) would make the form throw while rendering, and
 * `variants[99999999].sku` would render that many rows. Variant fields other than
 * `variants[<index below 2 × VARIANTS_MAX>].<field>` (more still fail the schema's max) are dropped (found by test/fuzz).
 */
function variantFieldsOnly(formData: FormData): FormData {
  const clean = new FormData();
  for (const [name, value] of formData) {
    if (name.startsWith("variants")) {
      const m = /^variants\[(\d{1,3})\]\.[A-Za-z]+$/.exec(name);
      if (!m || Number(m[1]) >= VARIANTS_MAX * 2) continue;
    }
    clean.append(name, value);
  }
  return clean;
}

/** What a form shows for a request it could not read: a form-level error, nothing kept. */
export const TOO_LARGE_RESULT = { status: "error" as const, error: { "": ["errors.uploadTooLarge"] } };
