// Files the app stores (product photos, generated images, certificate scans)
// live under one directory, UPLOADS_DIR (default <cwd>/.data/uploads), which
// server.js serves at /media/*. Every web process must see the same directory
// (a shared volume); S3-compatible storage can replace this module later
// without touching its callers, which only ever pass keys.
import fs from "node:fs/promises";
import path from "node:path";

/** The absolute uploads directory, read from the environment on every call (tests point it elsewhere). */
export function uploadsDir(): string {
  return path.resolve(process.env.UPLOADS_DIR || path.join(process.cwd(), ".data/uploads"));
}

// A key is a relative path of plain segments: "products/clx…/1-640.webp".
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key: ${JSON.stringify(key)}`);
    this.name = "InvalidStorageKeyError";
  }
}

/** The absolute file path of a key; refuses anything that could leave the uploads directory. */
export function storagePath(key: string): string {
  const segments = key.split("/");
  if (!key || key.length > 500 || !segments.every((s) => SEGMENT.test(s) && s !== "." && s !== "..")) {
    throw new InvalidStorageKeyError(key);
  }
  const root = uploadsDir();
  const full = path.resolve(root, ...segments);
  // Belt and braces: the segment rule already excludes "..", "/" and "\\".
  if (!full.startsWith(root + path.sep)) throw new InvalidStorageKeyError(key);
  return full;
}

/** Writes (or replaces) a file atomically: a reader never sees half a file. */
export async function writeFile(key: string, data: Buffer | Uint8Array | string): Promise<void> {
  const target = storagePath(key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, data);
  await fs.rename(temp, target);
}

export async function readFile(key: string): Promise<Buffer> {
  return fs.readFile(storagePath(key));
}

export async function fileExists(key: string): Promise<boolean> {
  try {
    await fs.access(storagePath(key));
    return true;
  } catch {
    return false;
  }
}

/** Removes a file; a missing file is not an error. */
export async function removeFile(key: string): Promise<void> {
  await fs.rm(storagePath(key), { force: true });
}

/** Removes everything under a key prefix such as "products/<id>". */
export async function removeTree(prefix: string): Promise<void> {
  await fs.rm(storagePath(prefix), { recursive: true, force: true });
}
