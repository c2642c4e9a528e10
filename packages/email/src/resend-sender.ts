// Sends email through Resend with the official SDK. The sender is stateless: rate limiting and
// retries belong to the API's Postgres-backed queue, which acts on the classified result.
import { Resend } from 'resend';
import { classifyResendError } from './classify-resend-error.ts';
import type { EmailMessage, EmailSender, SendResult } from './email-message.ts';

export const resendDefaultBaseUrl = 'https://api.resend.com';

export type ResendSenderOptions = {
  apiKey: string;
  // Point the SDK at another server (a local stand-in in tests); defaults to Resend's API.
  baseUrl?: string;
  // The SDK sets no timeout of its own; a hung request would hold a queue worker forever.
  timeoutMs?: number;
};

// Resend tags allow only ASCII letters, digits, `_` and `-`; anything else makes Resend reject the
// whole email with a 422, and a tag is never worth losing an email over.
function toResendTags(
  tags: Record<string, string> | undefined,
): Array<{ name: string; value: string }> | undefined {
  if (!tags) return undefined;
  const clean = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256);
  const list = Object.entries(tags).map(([name, value]) => ({ name: clean(name), value: clean(value) }));
  return list.length > 0 ? list : undefined;
}

export function createResendSender({
  apiKey,
  baseUrl,
  timeoutMs = 30_000,
}: ResendSenderOptions): EmailSender {
  // The SDK falls back to RESEND_API_KEY, RESEND_BASE_URL and RESEND_USER_AGENT from process.env
  // for anything not passed; passing all three keeps this package's behaviour explicit.
  if (!apiKey) throw new TypeError('createResendSender needs an apiKey');
  const resend = new Resend(apiKey, {
    baseUrl: (baseUrl ?? resendDefaultBaseUrl).replace(/\/+$/, ''),
    userAgent: 'shelf-email (resend-node)',
  });

  return {
    async send(message: EmailMessage): Promise<SendResult> {
      try {
        const { data, error, headers } = await resend.emails.send(
          {
            from: message.from,
            to: message.to,
            subject: message.subject,
            html: message.html,
            text: message.text,
            tags: toResendTags(message.tags),
          },
          { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
        );
        if (error) return classifyResendError(error, headers);
        if (!data?.id) {
          // Resend accepted the request, so the email may be on its way: sending it again would
          // risk a duplicate, which is why this is not retried.
          return { ok: false, retryable: false, error: 'Resend accepted the email but returned no id' };
        }
        return { ok: true, providerMessageId: data.id };
      } catch (error) {
        // The SDK reports failures as values; this only catches the unexpected (a bug, a
        // broken runtime), which is worth another attempt rather than a lost email.
        return { ok: false, retryable: true, error: `Resend send threw: ${String(error)}` };
      }
    },
  };
}
