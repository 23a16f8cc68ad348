// The scan of an OCOP certificate: only for members of the certificate's seller and for
// admins (the file is not under /media). Anyone else gets 404, whether or not it exists.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { PORTAL_SELLER_STATUSES, requireUser } from "~/modules/accounts/index.server";
import { getCertificateScan } from "~/modules/certificates/index.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const scan = await getCertificateScan(params.id ?? "", {
    isAdmin: user.role === "ADMIN",
    sellerIds: user.sellers.filter((s) => PORTAL_SELLER_STATUSES.includes(s.status)).map((s) => s.sellerId),
  });
  if (!scan) return new Response("Not Found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const isPdf = scan.contentType === "application/pdf";
  return new Response(new Uint8Array(scan.body), {
    headers: {
      "Content-Type": scan.contentType,
      "Content-Length": String(scan.body.length),
      "Content-Disposition": `inline; filename="${scan.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // A picture is shown sandboxed; a PDF is left to the browser's viewer (which a sandbox would block).
      ...(isPdf ? {} : { "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox" }),
    },
  });
}
