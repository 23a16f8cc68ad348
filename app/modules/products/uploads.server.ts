// Forms with files (product photos, a seller's logo, a certificate scan), read
// with bounded memory: a file part keeps at most `maxFileBytes + 1` bytes (the
// rest is read and dropped), so a too-large file still arrives as a File whose
// size says "too large" and the form can answer next to the field instead of
// failing the whole request. The content type a browser claims is never
// trusted; callers sniff the bytes (images.server.ts, certificates).
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { readFormData } from "~/lib/form-data.server";

export type UploadLimits = {
  /** Largest accepted file; a larger one is kept truncated to maxFileBytes + 1 bytes. */
  maxFileBytes: number;
  /** Files accepted; one more is kept so the form can say "too many", any beyond that are dropped. */
  maxFiles: number;
  /** Whole request; above it the request is refused with 413 before reading. */
  maxRequestBytes?: number;
};

const MAX_TEXT_FIELD_BYTES = 64 * 1024;

export class UploadTooLargeError extends Error {
  constructor() {
    super("upload too large");
    this.name = "UploadTooLargeError";
  }
}

/** True when the request is a multipart form (the only way files arrive). */
export function isMultipart(request: Request): boolean {
  return (request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * The request's form data. Multipart forms are streamed with the limits above; url-encoded
 * forms (no files, e.g. from a test or an old browser) are read as usual.
 */
export async function readUploadForm(request: Request, limits: UploadLimits): Promise<FormData> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  const maxRequest = limits.maxRequestBytes ?? (limits.maxFiles + 2) * limits.maxFileBytes + 1024 * 1024;
  if (declared > maxRequest) throw new UploadTooLargeError();
  if (!isMultipart(request)) return readFormData(request);

  let files = 0;
  let total = 0;
  const handler: UploadHandler = async ({ filename, contentType, data }) => {
    const isFile = typeof filename === "string";
    const keep = isFile ? limits.maxFileBytes + 1 : MAX_TEXT_FIELD_BYTES;
    const chunks: Uint8Array[] = [];
    let kept = 0;
    for await (const chunk of data) {
      total += chunk.byteLength;
      // Without a Content-Length (chunked upload) the running total is the only bound.
      if (total > maxRequest) throw new UploadTooLargeError();
      if (kept < keep) {
        const slice = chunk.byteLength > keep - kept ? chunk.subarray(0, keep - kept) : chunk;
        chunks.push(slice);
        kept += slice.byteLength;
      }
    }
    if (!isFile) {
      if (kept >= keep) throw new UploadTooLargeError();
      return new TextDecoder().decode(Buffer.concat(chunks));
    }
    // An empty <input type=file> still sends a part: an empty, nameless file (Conform reads it as "no file").
    if (!filename && kept === 0) return new File([], "", { type: "application/octet-stream" });
    files += 1;
    if (files > limits.maxFiles + 1) return undefined;
    return new File([Buffer.concat(chunks)], filename || "file", { type: contentType || "application/octet-stream" });
  };
  try {
    return await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw error;
    throw new Response("Bad Request", { status: 400 });
  }
}

/** A form's files under `name`, without the empty placeholder an untouched file input sends. */
export function filesOf(formData: FormData, name: string): File[] {
  return formData.getAll(name).filter((v): v is File => typeof v !== "string" && v.size > 0);
}
