// Tells a buyer that a file they bought has a new version. Their existing download link already serves
// it, so the email points there; it promises nothing the link's own limit and expiry do not allow.
import {
  renderButton,
  renderHeading,
  renderLink,
  renderParagraph,
  renderSmallPrint,
} from './email-components.ts';
import { renderEmail } from './email-layout.ts';
import type { RenderedEmail } from './email-message.ts';
import { greetingFor } from './plain-text.ts';
import { html } from './safe-html.ts';

export type ProductUpdateEmailInput = {
  storeName: string;
  customerName?: string | null;
  productName: string;
  fileName: string;
  version: number;
  // The buyer's own download page (the link from their delivery email).
  downloadPageUrl: string;
  supportEmail?: string;
};

export function renderProductUpdateEmail(input: ProductUpdateEmailInput): RenderedEmail {
  const greeting = greetingFor(input.customerName);
  const news = `A new version of ${input.fileName} (version ${input.version}) is available for ${input.productName}.`;
  const how =
    'Your download link now serves the new version; download limits and expiry of your purchase still apply.';

  const content = html`${renderHeading('An update is available')}
${renderParagraph(greeting)}
${renderParagraph(news)}
${renderButton('Download the update', input.downloadPageUrl)}
${renderParagraph(how)}
${renderSmallPrint(html`If the button does not work, open this link: ${renderLink(input.downloadPageUrl, input.downloadPageUrl)}`)}`;

  return renderEmail({
    storeName: input.storeName,
    subject: `Update available: ${input.productName}`,
    preheader: news,
    content,
    footer: html`You are receiving this email because you bought ${input.productName} from ${input.storeName}.`,
    text: [greeting, news, `Download it: ${input.downloadPageUrl}`, how],
    supportEmail: input.supportEmail,
  });
}
