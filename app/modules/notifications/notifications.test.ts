// Emails: stored first, then sent through SMTP (a fake server here) or only logged.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/lib/db.server";
import { startFakeSmtp } from "../../../test/fakes/smtp-server";
import { deliverEmail, listRecentEmails, orderConfirmationEmail, queueEmail, sendEmail, type ConfirmationOrder } from "./index.server";

let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
beforeAll(async () => {
  smtp = await startFakeSmtp();
});
afterAll(async () => {
  await smtp.close();
});
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
});

const order: ConfirmationOrder = {
  id: "ord_1",
  code: "OCOP7K2F9Q",
  subtotal: 295_000,
  shippingTotal: 43_000,
  total: 338_000,
  fullName: "Nguyễn Thị Lan",
  phone: "0912345678",
  address: "12 Đường 30/4, Phường Cái Khế, Thành phố Cần Thơ",
  buyer: { email: "lan@example.com", name: "Nguyễn Thị Lan", locale: "vi" },
  sellerOrders: [
    {
      sellerName: "HTX Nông nghiệp Mỹ Xuyên",
      shippingFee: 25_000,
      lines: [
        { title: "Gạo ST25 <Ông Cua>", variantLabel: "Túi 5 kg", quantity: 2, lineTotal: 90_000 },
        { title: "Nước mắm Phú Quốc", variantLabel: "Chai 500 ml", quantity: 1, lineTotal: 120_000 },
      ],
    },
    { sellerName: "Cơ sở Mật ong Ba Tri", shippingFee: 18_000, lines: [{ title: "Mật ong hoa dừa", variantLabel: "Hũ 500 ml", quantity: 1, lineTotal: 85_000 }] },
  ],
};

describe("orderConfirmationEmail", () => {
  it("is in Vietnamese with the code, each seller's lines and the totals in đồng", () => {
    process.env.APP_URL = "https://cho-ocop.vn/";
    const email = orderConfirmationEmail(order);
    expect(email.to).toBe("lan@example.com");
    expect(email.subject).toBe("Chợ OCOP: đã nhận thanh toán đơn hàng OCOP7K2F9Q");
    for (const text of [
      "Chào Nguyễn Thị Lan,",
      "đã nhận đủ 338.000 ₫ cho đơn hàng OCOP7K2F9Q",
      "Người bán: HTX Nông nghiệp Mỹ Xuyên",
      "- 2 × Gạo ST25 <Ông Cua> (Túi 5 kg): 90.000 ₫",
      "Phí vận chuyển: 25.000 ₫",
      "Tạm tính: 295.000 ₫",
      "Tổng cộng: 338.000 ₫",
      "Giao đến: Nguyễn Thị Lan, 0912345678, 12 Đường 30/4",
      "Xem đơn hàng: https://cho-ocop.vn/account/orders/ord_1",
    ]) {
      expect(email.text).toContain(text);
    }
    // The HTML escapes what sellers typed.
    expect(email.html).toContain("Gạo ST25 &lt;Ông Cua&gt;");
    expect(email.html).not.toContain("<Ông Cua>");
  });

  it("is in English for a buyer who chose English", () => {
    const email = orderConfirmationEmail({ ...order, buyer: { ...order.buyer, locale: "en" } });
    expect(email.subject).toBe("Chợ OCOP: payment received for order OCOP7K2F9Q");
    expect(email.text).toContain("Hello Nguyễn Thị Lan,");
    expect(email.text).toContain("Total: 338.000 ₫");
    expect(email.text).not.toContain("View the order"); // no APP_URL, no link
  });
});

describe("sendEmail", () => {
  it("without SMTP_URL stores the message unsent (the dev mailbox shows it)", async () => {
    const message = await sendEmail({ to: "a@example.com", subject: "Xin chào", text: "Nội dung" });
    expect(message).toMatchObject({ to: "a@example.com", subject: "Xin chào", text: "Nội dung", sentAt: null, error: null });
    expect((await listRecentEmails(50)).map((m) => m.id)).toContain(message.id);
  });

  it("with SMTP_URL sends through nodemailer and marks the message sent", async () => {
    process.env.SMTP_URL = smtp.url;
    const message = await sendEmail({ to: "b@example.com", subject: "Đơn hàng OCOP7K2F9Q", text: "Đã nhận thanh toán", html: "<p>Đã nhận thanh toán</p>" });
    expect(message.sentAt).not.toBeNull();
    expect(message.error).toBeNull();
    const received = smtp.messages.at(-1)!;
    expect(received.to).toEqual(["<b@example.com>"]);
    expect(received.data).toContain("Subject: =?UTF-8?");
    // Delivering again does not send twice.
    await deliverEmail(message.id);
    expect(smtp.messages.filter((m) => m.to.includes("<b@example.com>"))).toHaveLength(1);
  });

  it("records the error when the SMTP server cannot be reached", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    const message = await sendEmail({ to: "c@example.com", subject: "Thử", text: "Thử" });
    expect(message.sentAt).toBeNull();
    expect(message.error).toMatch(/ECONNREFUSED|connect/i);
  });

  it("queueEmail inside a transaction leaves nothing when the transaction rolls back", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await queueEmail(tx, { to: "d@example.com", subject: "Rollback", text: "x" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await prisma.emailMessage.count({ where: { to: "d@example.com" } })).toBe(0);
  });
});
