// Chooses how emails leave: Resend when an API key is configured, otherwise the dev outbox, which sends
// nothing. On a developer's machine (config.email.logLinks) it logs each email's links so a developer can
// click a download or magic link; anywhere else those links are credentials and stay out of the logs.
// The email row itself is the stored outbox the dashboard shows.
import type { Config } from '@shelf/config';
import { createOutboxSender, createResendSender, type EmailSender } from '@shelf/email';
import type { Logger } from '../../logger.ts';

export function createEmailSender(config: Pick<Config, 'email'>, log: Logger): EmailSender {
  const { email } = config;
  if (email.driver === 'resend') {
    return createResendSender({ apiKey: email.apiKey, baseUrl: email.baseUrl });
  }
  return createOutboxSender({
    onSend: ({ to, subject, links }) => {
      log.info(
        { component: 'email-outbox', to, subject, ...(email.logLinks ? { links } : {}) },
        'email stored in the dev outbox',
      );
    },
  });
}
