// The email a customer gets after paying: a Download button per product, license keys, what the
// links allow, and a receipt. Everything it promises comes from the input, which the API copies
// from the order's download grants, so the email and the download page always agree.

import type { DeliveryItem } from './delivery-item.ts';
import { renderDeliveryItemHtml, renderDeliveryItemText } from './delivery-item.ts';
import type { DateFormatOptions } from './describe-download-access.ts';
import {
  renderDivider,
  renderHeading,
  renderLink,
  renderParagraph,
  renderSmallPrint,
} from './email-components.ts';
import { renderEmail } from './email-layout.ts';
import type { RenderedEmail } from './email-message.ts';
import { greetingFor } from './plain-text.ts';
import { type Receipt, renderReceiptHtml, renderReceiptText } from './receipt-summary.ts';
import { html } from './safe-html.ts';

export type DeliveryEmailInput = {
  storeName: string;
  orderNumber: string;
  customerName?: string | null;
  items: readonly DeliveryItem[];
  receipt: Receipt;
  // Where the customer can always get back to their purchases (the portal's magic-link page).
  accountUrl?: string;
  supportEmail?: string;
  locale?: string;
  // Zone for the link expiry time; the store's own zone reads best, UTC is the honest default.
  timeZone?: string;
};

function describeIntro(items: readonly DeliveryItem[]): string {
  const hasDownloads = items.some((item) => item.downloadPageUrl);
  const hasKeys = items.some((item) => item.licenseKeys.length > 0);
  if (hasDownloads) return 'Your downloads are ready.';
  if (hasKeys) return 'Your license keys are below.';
  return 'Your receipt is below.';
}

export function renderDeliveryEmail(input: DeliveryEmailInput): RenderedEmail {
  const formats: DateFormatOptions = { locale: input.locale ?? 'en-US', timeZone: input.timeZone ?? 'UTC' };
  const intro = describeIntro(input.items);
  const greeting = greetingFor(input.customerName);
  const itemsHtml = input.items.map((item) => [renderDeliveryItemHtml(item, formats), renderDivider()]);

  const content = html`${renderHeading('Thanks for your order')}
${renderParagraph(greeting)}
${renderParagraph(html`${intro} Order number: <strong>${input.orderNumber}</strong>.`)}
${renderDivider()}
${itemsHtml}
${renderReceiptHtml(input.receipt, input.orderNumber, formats.locale)}
${input.accountUrl && renderSmallPrint(html`You can always find your purchases and license keys in ${renderLink('your account', input.accountUrl)}.`)}`;

  return renderEmail({
    storeName: input.storeName,
    subject: `Your ${input.storeName} order ${input.orderNumber}`,
    preheader: `${intro} Order ${input.orderNumber}.`,
    content,
    footer: html`You are receiving this email because you bought from ${input.storeName}. Keep it: it is your receipt.`,
    text: [
      greeting,
      `Thanks for your order. ${intro}\nOrder number: ${input.orderNumber}`,
      ...input.items.map((item) => renderDeliveryItemText(item, formats)),
      renderReceiptText(input.receipt, input.orderNumber, formats.locale),
      input.accountUrl &&
        `You can always find your purchases and license keys in your account:\n${input.accountUrl}`,
    ],
    supportEmail: input.supportEmail,
  });
}
