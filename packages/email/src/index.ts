// @shelf/email: email templates that render to subject, HTML and text, and the senders that
// deliver them (Resend in production, the dev outbox by default). No process.env: callers pass
// every option.
export type { AffiliateSignInEmailInput } from './affiliate-sign-in-email.ts';
export { renderAffiliateSignInEmail } from './affiliate-sign-in-email.ts';
export { classifyResendError, parseRetryAfterMs } from './classify-resend-error.ts';
export type { DeliveryEmailInput } from './delivery-email.ts';
export { renderDeliveryEmail } from './delivery-email.ts';
export type { DeliveryFile, DeliveryItem } from './delivery-item.ts';
export type { DownloadAccess } from './describe-download-access.ts';
export { describeDownloadAccess } from './describe-download-access.ts';
export type { EmailMessage, EmailSender, RenderedEmail, SendFailure, SendResult } from './email-message.ts';
export { escapeHtml } from './escape-html.ts';
export { extractLinks } from './extract-links.ts';
export type { OutboxEmail, OutboxSenderOptions } from './outbox-sender.ts';
export { createOutboxSender } from './outbox-sender.ts';
export type { PasswordResetEmailInput } from './password-reset-email.ts';
export { renderPasswordResetEmail } from './password-reset-email.ts';
export type { ProductUpdateEmailInput } from './product-update-email.ts';
export { renderProductUpdateEmail } from './product-update-email.ts';
export type { Receipt, ReceiptLine } from './receipt-summary.ts';
export type { RefundEmailInput } from './refund-email.ts';
export { renderRefundEmail } from './refund-email.ts';
export type { ResendSenderOptions } from './resend-sender.ts';
export { createResendSender, resendDefaultBaseUrl } from './resend-sender.ts';
export type { WebhookDisabledEmailInput } from './webhook-disabled-email.ts';
export { renderWebhookDisabledEmail } from './webhook-disabled-email.ts';
