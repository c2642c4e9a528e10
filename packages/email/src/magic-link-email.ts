// The sign-in email for the customer portal, the affiliate page and the creator dashboard. The
// link is the credential, so the email says how long it lasts and what to do if it was unexpected.
import {
  renderButton,
  renderHeading,
  renderLink,
  renderParagraph,
  renderSmallPrint,
} from './email-components.ts';
import { renderLayout } from './email-layout.ts';
import type { RenderedEmail } from './email-message.ts';
import { joinTextBlocks, toSubjectLine } from './plain-text.ts';
import { html } from './safe-html.ts';

export type MagicLinkPurpose = 'account' | 'affiliate' | 'login';

export type MagicLinkEmailInput = {
  storeName: string;
  url: string;
  expiresInMinutes: number;
  purpose: MagicLinkPurpose;
};

type PurposeCopy = { subject: string; heading: string; intro: string; button: string };

function describePurpose(purpose: MagicLinkPurpose, storeName: string): PurposeCopy {
  switch (purpose) {
    case 'account':
      return {
        subject: `Your ${storeName} purchases`,
        heading: 'Open your purchases',
        intro:
          'Use the button below to see your orders, download your files again and find your license keys.',
        button: 'Open my purchases',
      };
    case 'affiliate':
      return {
        subject: `Your ${storeName} affiliate dashboard`,
        heading: 'Open your affiliate dashboard',
        intro: 'Use the button below to see your referral link, clicks, sales and commission.',
        button: 'Open affiliate dashboard',
      };
    case 'login':
      return {
        subject: `Sign in to ${storeName}`,
        heading: `Sign in to ${storeName}`,
        intro: 'Use the button below to sign in to your dashboard.',
        button: 'Sign in',
      };
  }
}

export function describeDuration(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) {
    const hours = minutes / 60;
    return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export function renderMagicLinkEmail(input: MagicLinkEmailInput): RenderedEmail {
  const copy = describePurpose(input.purpose, input.storeName);
  const subject = toSubjectLine(copy.subject);
  const expiry = `This link expires in ${describeDuration(input.expiresInMinutes)}.`;
  const ignore = 'If you did not ask for it, you can ignore this email: nobody can sign in without the link.';

  const content = html`${renderHeading(copy.heading)}
${renderParagraph(copy.intro)}
${renderButton(copy.button, input.url)}
${renderParagraph(expiry)}
${renderSmallPrint(html`If the button does not work, copy this address into your browser:<br>${renderLink(input.url, input.url)}`)}
${renderSmallPrint(ignore)}`;

  const text = joinTextBlocks([
    copy.heading,
    copy.intro,
    `${copy.button}: ${input.url}`,
    expiry,
    ignore,
    `-- \n${input.storeName}`,
  ]);

  return {
    subject,
    html: renderLayout({
      storeName: input.storeName,
      title: subject,
      preheader: `${copy.heading}. ${expiry}`,
      content,
      footer: html`Sent by ${input.storeName} because someone asked for a sign-in link for this address.`,
    }),
    text,
  };
}
