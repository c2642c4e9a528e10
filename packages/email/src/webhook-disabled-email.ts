// Tells the store owner that Shelf stopped sending webhooks to one of their endpoints because its
// deliveries kept failing, why, and where to switch it back on once the receiver is fixed.
import { renderButton, renderHeading, renderParagraph, renderSmallPrint } from './email-components.ts';
import { renderEmail } from './email-layout.ts';
import type { RenderedEmail } from './email-message.ts';
import { html } from './safe-html.ts';

export type WebhookDisabledEmailInput = {
  storeName: string;
  endpointUrl: string;
  // Why it was disabled, as the API recorded it on the endpoint.
  reason: string;
  // The dashboard's webhooks page, where the owner enables it again.
  dashboardUrl: string;
  supportEmail?: string;
};

export function renderWebhookDisabledEmail(input: WebhookDisabledEmailInput): RenderedEmail {
  const intro = `We stopped sending webhooks to ${input.endpointUrl}.`;
  const retry =
    'New events are no longer delivered to it. Once the receiver works again, enable the endpoint on the webhooks page; you can replay the events it missed from there.';

  const content = html`${renderHeading('A webhook endpoint was disabled')}
${renderParagraph(intro)}
${renderParagraph(input.reason)}
${renderParagraph(retry)}
${renderButton('Open webhooks', input.dashboardUrl)}
${renderSmallPrint(html`If the button does not work, open ${input.dashboardUrl}`)}`;

  return renderEmail({
    storeName: input.storeName,
    subject: `${input.storeName}: a webhook endpoint was disabled`,
    preheader: intro,
    content,
    footer: html`You are receiving this email because you own the ${input.storeName} store.`,
    text: [intro, input.reason, retry, `Open webhooks:\n${input.dashboardUrl}`],
    supportEmail: input.supportEmail,
  });
}
