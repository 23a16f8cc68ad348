// Public entry of the payments module: VietQR for the pay page, card payment
// through Stripe Checkout, the webhooks, and the one confirmation that turns an
// order PAID. Decision record: docs/decisions/0012-payments.md.
export { vietQrForOrder, buildVietQrPayload, type VietQr, type VietQrInput } from "./vietqr.server";
export {
  confirmOrderPayment,
  confirmOrderPaymentInTx,
  afterConfirmation,
  type ConfirmPaymentInput,
  type ConfirmPaymentResult,
} from "./confirm.server";
export { handleBankNotification, recordBankTransfer, MAX_WEBHOOK_BODY_BYTES, type WebhookResponse, type BankTransferOutcome } from "./bank-transfer.server";
export { signBankPayload, verifyBankSignature, BANK_SIGNATURE_HEADER } from "./bank-signature.server";
export { isCardPaymentEnabled, createCardCheckout, refundCardPayment, handleStripeWebhook, getStripe, PaymentError } from "./stripe.server";
export { vietQrConfig, bankWebhookSecret, stripeConfig, assertPaymentConfig, underpaidReminderMs, DEMO_VIETQR, DEMO_BANK_WEBHOOK_SECRET } from "./config.server";
export { bankNotificationSchema, normalizeAccountNumber, type BankNotification } from "./schemas";
export { readRawBody, BodyTooLarge } from "./webhook-body.server";
export { listUnresolvedTransfers, countUnresolvedTransfers, confirmTransferAgainstOrder, listRefundsDue, markRefundIssued, issueCardRefund, UNRESOLVED_MATCHES, type UnresolvedTransfer, type TransferSuggestion, type RefundDue, type ConfirmTransferResult, type RefundActionResult } from "./admin.server";
