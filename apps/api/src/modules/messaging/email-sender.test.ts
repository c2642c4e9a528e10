import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { createEmailSender } from './email-sender.ts';

const link = 'http://127.0.0.1:4000/download/Zq3xN0v8yB2kR5tW7uA1cD4eF6gH9iJ-L_mOpQrStUv';

async function logOfOutboxSend(logLinks: boolean): Promise<string> {
  const lines: string[] = [];
  const log = createLogger('debug', { write: (line: string) => void lines.push(line) });
  const sender = createEmailSender(
    { email: { driver: 'outbox', from: 'a@b.c', ratePerSecond: 1, logLinks } },
    log,
  );
  await sender.send({
    to: 'reader@example.com',
    from: 'Shop <shop@example.com>',
    subject: 'Your download',
    html: `<a href="${link}">Download</a>`,
    text: `Download: ${link}`,
    idempotencyKey: 'email-1',
    tags: { template: 'delivery' },
  });
  return lines.join('');
}

describe('the dev outbox sender', () => {
  it("logs an email's links on a developer's machine, so they can be clicked", async () => {
    expect(await logOfOutboxSend(true)).toContain(link);
  });

  it('keeps the links out of the log everywhere else', async () => {
    const log = await logOfOutboxSend(false);
    expect(log).toContain('email stored in the dev outbox');
    expect(log).not.toContain('/download/');
  });
});
