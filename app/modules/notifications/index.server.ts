// Public entry of the notifications module: emails (stored, then sent or logged).
export { sendEmail, queueEmail, deliverEmail, listRecentEmails, isSmtpConfigured, type Email } from "./mailer.server";
export { orderConfirmationEmail, loadOrderForEmail, queueOrderConfirmation, type ConfirmationOrder } from "./order-confirmation.server";
export {
  underpaidExpiredEmail,
  queueUnderpaidExpired,
  underpaidNoticeEmail,
  queueUnderpaidNotice,
  queueUnderpaidReminder,
  type UnderpaidExpiredOrder,
  type UnderpaidNoticeOrder,
} from "./underpaid.server";
