// Reading a product form (multipart, with photos) into a Conform submission.
import { parseWithZod } from "@conform-to/zod/v4";
import { PHOTO_MAX_BYTES, PHOTOS_PER_PRODUCT, productSchema } from "./schemas";
import { readUploadForm, UploadTooLargeError } from "./uploads.server";

/** The submission, or null when the request is too large to read (the route says so). */
export async function readProductSubmission(request: Request) {
  try {
    const formData = await readUploadForm(request, { maxFileBytes: PHOTO_MAX_BYTES, maxFiles: PHOTOS_PER_PRODUCT });
    return parseWithZod(formData, { schema: productSchema });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return null;
    throw error;
  }
}

/** What a form shows for a request it could not read: a form-level error, nothing kept. */
export const TOO_LARGE_RESULT = { status: "error" as const, error: { "": ["errors.uploadTooLarge"] } };
