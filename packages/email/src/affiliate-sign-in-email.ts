// The sign-in link an affiliate asks for on the store's affiliate page. The link is the credential: it works
// once, for a short while, and the email says so, so a second click or a late one is no surprise.
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

export type AffiliateSignInEmailInput = {
  storeName: string;
  affiliateName?: string | null;
  // The web page that exchanges the link's token for a session.
  signInUrl: string;
  // How long the link works; the API decides, the email tells.
  validMinutes: number;
  supportEmail?: string;
};

export function renderAffiliateSignInEmail(input: AffiliateSignInEmailInput): RenderedEmail {
  const greeting = greetingFor(input.affiliateName);
  const intro = `Use the button below to sign in to your ${input.storeName} affiliate page, where you find your links and earnings.`;
  const validity = `The link is valid for ${input.validMinutes} minutes, once. If it has expired, ask for a new one on the sign-in page.`;
  const ignore = 'If you did not ask to sign in, you can ignore this email: nobody can sign in without it.';

  const content = html`${renderHeading('Sign in to your affiliate page')}
${renderParagraph(greeting)}
${renderParagraph(intro)}
${renderButton('Sign in', input.signInUrl)}
${renderParagraph(validity)}
${renderSmallPrint(html`If the button does not work, open this link: ${renderLink(input.signInUrl, input.signInUrl)}`)}
${renderSmallPrint(ignore)}`;

  return renderEmail({
    storeName: input.storeName,
    subject: `Your sign-in link for ${input.storeName} affiliates`,
    preheader: `Sign in to your affiliate page. The link is valid for ${input.validMinutes} minutes, once.`,
    content,
    footer: html`You are receiving this email because someone asked to sign in to the ${input.storeName} affiliate page with this address.`,
    text: [greeting, intro, `Sign in:\n${input.signInUrl}`, validity, ignore],
    supportEmail: input.supportEmail,
  });
}
