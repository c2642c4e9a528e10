// The shapes shared by templates and senders. Templates produce a RenderedEmail; the API adds the
// addresses and an idempotency key to make an EmailMessage and hands it to whichever EmailSender
// the configuration chose.
export type RenderedEmail = { subject: string; html: string; text: string };

export type EmailMessage = {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  // Stable per queued email (e.g. its row id), so a retry after a timeout cannot send it twice.
  idempotencyKey: string;
  tags?: Record<string, string>;
};

export type SendFailure = {
  ok: false;
  // True when sending the same message again later may succeed (rate limits, outages, network);
  // false when it never will and the email belongs in the dead letters for a human to look at.
  retryable: boolean;
  retryAfterMs?: number;
  error: string;
  statusCode?: number;
};

export type SendResult = { ok: true; providerMessageId: string } | SendFailure;

export interface EmailSender {
  send(message: EmailMessage): Promise<SendResult>;
}
