// The link a creator or staff member follows to choose a new password: after "forgot password", or to set
// a first one when the owner invites them. The link is the credential: it works once, for a short while.
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

export type PasswordResetEmailInput = {
  storeName: string;
  userName?: string | null;
  // The dashboard page that takes the link's token and the new password.
  resetUrl: string;
  // How long the link works; the API decides, the email tells.
  validMinutes: number;
  // An invitation to a new staff member rather than a forgotten password.
  invitation?: boolean;
  supportEmail?: string;
};

export function renderPasswordResetEmail(input: PasswordResetEmailInput): RenderedEmail {
  const greeting = greetingFor(input.userName);
  const heading = input.invitation ? 'Choose your password' : 'Reset your password';
  const intro = input.invitation
    ? `You have been invited to the ${input.storeName} dashboard. Use the button below to choose your password.`
    : `Use the button below to choose a new password for the ${input.storeName} dashboard.`;
  const validity = `The link is valid for ${input.validMinutes} minutes, once. If it has expired, ask for a new one on the sign-in page.`;
  const ignore = input.invitation
    ? 'If you did not expect this invitation, you can ignore this email.'
    : 'If you did not ask for this, you can ignore this email: your password stays as it is.';

  const content = html`${renderHeading(heading)}
${renderParagraph(greeting)}
${renderParagraph(intro)}
${renderButton(heading, input.resetUrl)}
${renderParagraph(validity)}
${renderSmallPrint(html`If the button does not work, open this link: ${renderLink(input.resetUrl, input.resetUrl)}`)}
${renderSmallPrint(ignore)}`;

  return renderEmail({
    storeName: input.storeName,
    subject: input.invitation
      ? `Your invitation to the ${input.storeName} dashboard`
      : `Reset your ${input.storeName} dashboard password`,
    preheader: `${heading}. The link is valid for ${input.validMinutes} minutes, once.`,
    content,
    footer: html`You are receiving this email because a password link was asked for the ${input.storeName} dashboard with this address.`,
    text: [greeting, intro, `${heading}:\n${input.resetUrl}`, validity, ignore],
    supportEmail: input.supportEmail,
  });
}
