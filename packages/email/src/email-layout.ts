// The document every Shelf email shares: a centred 560px card on a grey page that shrinks to the
// screen on phones, with hidden preview text and the store's name above and a short footer below.
// The plain-text part gets the same ending: where to write with questions, then the store's name.
import { renderLink, renderSmallPrint } from './email-components.ts';
import type { RenderedEmail } from './email-message.ts';
import { theme } from './email-theme.ts';
import { joinTextBlocks, type TextBlock, toSubjectLine } from './plain-text.ts';
import { html, type SafeHtml } from './safe-html.ts';

export type EmailInput = {
  storeName: string;
  subject: string;
  // Shown by inbox lists next to the subject; hidden in the email itself.
  preheader: string;
  content: SafeHtml;
  // Why the reader got this email, under the card.
  footer: SafeHtml;
  // The plain-text part's blocks, without the ending (empty blocks are dropped).
  text: readonly TextBlock[];
  // The store's support address, offered at the end of both parts when the store has one.
  supportEmail?: string | undefined;
};

export function renderEmail(input: EmailInput): RenderedEmail {
  const { storeName, supportEmail } = input;
  const subject = toSubjectLine(input.subject);
  const support =
    supportEmail &&
    renderSmallPrint(html`Questions? Write to ${renderLink(supportEmail, `mailto:${supportEmail}`)}.`);
  const text = joinTextBlocks([
    ...input.text,
    supportEmail && `Questions? Write to ${supportEmail}.`,
    `-- \n${storeName}`,
  ]);
  const document = renderLayout({
    storeName,
    title: subject,
    preheader: input.preheader,
    content: html`${input.content}\n${support}`,
    footer: input.footer,
  });
  return { subject, html: document, text };
}

type LayoutInput = Pick<EmailInput, 'storeName' | 'preheader' | 'content' | 'footer'> & { title: string };

function renderLayout({ storeName, title, preheader, content, footer }: LayoutInput): string {
  // Outlook for Windows ignores max-width, so it gets a fixed-width table in conditional comments.
  const msoOpen = html`<!--[if mso]><table role="presentation" width="560" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`;
  const msoClose = html`<!--[if mso]></td></tr></table><![endif]-->`;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${title}</title>
</head>
<body style="margin:0;padding:0;background-color:${theme.page};">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:${theme.page};">${preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${theme.page};">
<tr><td align="center" style="padding:24px 12px;">
${msoOpen}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;">
<tr><td style="padding:0 4px 16px;font-family:${theme.font};font-size:18px;line-height:24px;font-weight:700;color:${theme.text};">${storeName}</td></tr>
<tr><td style="padding:32px 24px 16px;background-color:${theme.card};border:1px solid ${theme.border};border-radius:8px;">
${content}
</td></tr>
<tr><td style="padding:16px 4px;font-family:${theme.font};font-size:12px;line-height:18px;color:${theme.muted};">${footer}</td></tr>
</table>
${msoClose}
</td></tr>
</table>
</body>
</html>
`.value;
}
