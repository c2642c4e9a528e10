// The dev outbox sender: with no mail provider configured, every email is handed to a callback
// (the API stores it in Postgres for the dashboard and logs its links) instead of leaving the machine.
import { randomUUID } from 'node:crypto';
import type { EmailMessage, EmailSender, SendResult } from './email-message.ts';
import { extractLinks } from './extract-links.ts';

export type OutboxEmail = EmailMessage & { id: string; links: string[] };

export type OutboxSenderOptions = {
  onSend: (email: OutboxEmail) => void | Promise<void>;
};

export function createOutboxSender({ onSend }: OutboxSenderOptions): EmailSender {
  return {
    async send(message: EmailMessage): Promise<SendResult> {
      const id = `outbox_${randomUUID()}`;
      try {
        await onSend({ ...message, id, links: extractLinks(message.html) });
      } catch (error) {
        // The callback is a database write: a failure there is as transient as a provider outage.
        return {
          ok: false,
          retryable: true,
          error: `Outbox failed to store the email: ${describeError(error)}`,
        };
      }
      return { ok: true, providerMessageId: id };
    },
  };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
