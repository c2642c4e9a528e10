import { describe, expect, it } from 'vitest';
import type { EmailMessage } from './email-message.ts';
import { extractLinks } from './extract-links.ts';
import { createOutboxSender, type OutboxEmail } from './outbox-sender.ts';

const message: EmailMessage = {
  to: 'ada@example.com',
  from: 'Pixel Shop <shop@example.com>',
  subject: 'Your order',
  html: '<a href="https://shop.example/download/t?a=1&amp;b=2">Download</a> <a href="mailto:x@y.z">mail</a>',
  text: 'Download: https://shop.example/download/t?a=1&b=2',
  idempotencyKey: 'email-1',
  tags: { template: 'delivery' },
};

describe('createOutboxSender', () => {
  it('hands the message and its links to the callback and returns its id', async () => {
    const stored: OutboxEmail[] = [];
    const sender = createOutboxSender({ onSend: (email) => void stored.push(email) });
    const result = await sender.send(message);

    expect(result.ok).toBe(true);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ ...message, links: ['https://shop.example/download/t?a=1&b=2'] });
    expect(result).toEqual({ ok: true, providerMessageId: stored[0]!.id });
    expect(stored[0]!.id).toMatch(/^outbox_/);
  });

  it('reports a failing callback as retryable', async () => {
    const sender = createOutboxSender({
      onSend: async () => {
        throw new Error('connection terminated');
      },
    });
    expect(await sender.send(message)).toEqual({
      ok: false,
      retryable: true,
      error: 'Outbox failed to store the email: connection terminated',
    });
  });
});

describe('extractLinks', () => {
  it('returns each http(s) link once, decoded, in order', () => {
    const html = `<a href='https://b.example/'>b</a><a href="https://a.example/?q=1&amp;r=2">a</a>
      <a HREF="https://b.example/">again</a><a href="mailto:help@x.example">m</a><a href="#top">t</a>`;
    expect(extractLinks(html)).toEqual(['https://b.example/', 'https://a.example/?q=1&r=2']);
  });
});
