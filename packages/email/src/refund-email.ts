// Tells a customer their money is on its way back and, when the refund revoked access, that the
// downloads and license keys from the order stop working, so that is not a surprise later.
import { formatMoney } from '@shelf/format';
import { renderHeading, renderParagraph } from './email-components.ts';
import { renderEmail } from './email-layout.ts';
import type { RenderedEmail } from './email-message.ts';
import { greetingFor } from './plain-text.ts';
import { html } from './safe-html.ts';

export type RefundEmailInput = {
  storeName: string;
  orderNumber: string;
  customerName?: string | null;
  refundedCents: number;
  currency: string;
  // Whether this refund revoked the order's downloads and licenses; the API decides, the email tells.
  accessRevoked: boolean;
  supportEmail?: string;
  locale?: string;
};

export function renderRefundEmail(input: RefundEmailInput): RenderedEmail {
  const amount = formatMoney(input.refundedCents, input.currency, input.locale ?? 'en-US');
  const greeting = greetingFor(input.customerName);
  const refunded = `We have refunded ${amount} for order ${input.orderNumber}.`;
  const timing = 'Depending on your bank, it can take 5 to 10 business days to appear on your statement.';
  const revoked = input.accessRevoked
    ? 'The download links and license keys from this order no longer work.'
    : null;

  const content = html`${renderHeading('Your refund is on its way')}
${renderParagraph(greeting)}
${renderParagraph(refunded)}
${renderParagraph(timing)}
${revoked && renderParagraph(revoked)}`;

  return renderEmail({
    storeName: input.storeName,
    subject: `Refund for your ${input.storeName} order ${input.orderNumber}`,
    preheader: refunded,
    content,
    footer: html`You are receiving this email because you bought from ${input.storeName}.`,
    text: [greeting, refunded, timing, revoked],
    supportEmail: input.supportEmail,
  });
}
