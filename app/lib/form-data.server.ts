// Reading a posted form. `request.formData()` throws on a body that is not a form (a JSON or
// text Content-Type, a malformed multipart body): that is the client's mistake, so it is a
// 400, never a 500 (the fuzzer in test/fuzz found every action answering 500 to such bodies).
import { CACHE_NONE } from "~/lib/http";

/** The posted form; a body that is not one is answered 400 (a thrown Response, shown by the error boundary). */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw badForm();
  }
}

/** The 400 for a body that is not a form a browser would send. */
export function badForm(): Response {
  return new Response("Bad Request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_NONE } });
}
