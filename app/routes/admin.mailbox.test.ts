import { describe, expect, it } from "vitest";
import { createTestUser, getRequest, runRoute } from "~/modules/accounts/testing.server";
import { sendEmail } from "~/modules/notifications/index.server";
import { loader } from "./admin.mailbox";

type Mailbox = { smtp: boolean; emails: { id: string; to: string; subject: string; text: string; sentAt: string | null }[] };

describe("/admin/mailbox", () => {
  it("anonymous → login; shopper → 403", async () => {
    const anon = await runRoute(() => loader({ request: getRequest("/admin/mailbox"), context: {}, params: {} }));
    expect(anon.status).toBe(302);
    expect(anon.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin%2Fmailbox");
    const { cookie } = await createTestUser();
    expect((await runRoute(() => loader({ request: getRequest("/admin/mailbox", cookie), context: {}, params: {} }))).status).toBe(403);
  });

  it("shows an admin the latest 50 emails, newest first, with their text", async () => {
    for (let i = 0; i < 52; i++) await sendEmail({ to: `khach-${i}@example.com`, subject: `Thư số ${i}`, text: `Nội dung ${i}` });
    const { cookie } = await createTestUser({ role: "ADMIN" });
    const result = await runRoute<Mailbox>(() => loader({ request: getRequest("/admin/mailbox", cookie), context: {}, params: {} }));
    expect(result.status).toBe(200);
    expect(result.headers.get("Cache-Control")).toBe("private, no-store");
    expect(result.data!.smtp).toBe(false);
    expect(result.data!.emails).toHaveLength(50);
    expect(result.data!.emails[0]).toMatchObject({ to: "khach-51@example.com", subject: "Thư số 51", text: "Nội dung 51", sentAt: null });
    expect(result.data!.emails.map((e) => e.subject)).not.toContain("Thư số 1");
  });
});
