// Email delivery. Every email is first an EmailMessage row (the dev mailbox page
// lists them); with SMTP_URL it is then sent through nodemailer and marked sent
// (or its error kept); without it, it is written to the log only.
import type { EmailMessage } from "@prisma/client";
import nodemailer, { type Transporter } from "nodemailer";
import { prisma, type Tx } from "~/lib/db.server";

export type Email = { to: string; subject: string; text: string; html?: string | null };

const DEFAULT_FROM = "Chợ OCOP <khong-tra-loi@cho-ocop.local>";

let cached: { url: string; transport: Transporter } | null = null;

function smtpUrl(): string | null {
  const url = process.env.SMTP_URL?.trim();
  return url ? url : null;
}

export function isSmtpConfigured(): boolean {
  return smtpUrl() !== null;
}

function transport(url: string): Transporter {
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

/** Stores the email without sending it: call inside the transaction that caused it, deliver after commit. */
export async function queueEmail(db: Tx, email: Email): Promise<EmailMessage> {
  return db.emailMessage.create({ data: { to: email.to, subject: email.subject, text: email.text, html: email.html ?? null } });
}

/** Sends a stored email (SMTP_URL) or logs it. Never throws: a failure is recorded on the row. */
export async function deliverEmail(id: string): Promise<EmailMessage | null> {
  const message = await prisma.emailMessage.findUnique({ where: { id } });
  if (!message || message.sentAt) return message;
  const url = smtpUrl();
  if (!url) {
    // Tests read the rows instead of the log.
    if (process.env.NODE_ENV !== "test") console.info(`[mail] SMTP_URL not set; not sent. To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}`);
    return message;
  }
  try {
    await transport(url).sendMail({
      from: process.env.MAIL_FROM?.trim() || DEFAULT_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
    });
    return await prisma.emailMessage.update({ where: { id }, data: { sentAt: new Date(), error: null } });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    console.error(`[mail] sending ${id} to ${message.to} failed: ${text}`);
    return prisma.emailMessage.update({ where: { id }, data: { error: text.slice(0, 1000) } }).catch(() => message);
  }
}

/** Stores and sends (or logs) an email now. */
export async function sendEmail(email: Email): Promise<EmailMessage> {
  const message = await queueEmail(prisma, email);
  return (await deliverEmail(message.id)) ?? message;
}

/** The dev mailbox: the latest emails, newest first. */
export async function listRecentEmails(limit = 50): Promise<EmailMessage[]> {
  return prisma.emailMessage.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
}
