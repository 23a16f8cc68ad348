// Reads a webhook's raw body (signatures are over the exact bytes) with a size cap.
import { MAX_WEBHOOK_BODY_BYTES } from "./bank-transfer.server";

export class BodyTooLarge extends Error {}

export async function readRawBody(request: Request, limit = MAX_WEBHOOK_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > limit) throw new BodyTooLarge();
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.byteLength > limit) throw new BodyTooLarge();
  return body;
}
