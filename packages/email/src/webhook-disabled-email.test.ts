import { describe, expect, it } from 'vitest';
import { renderWebhookDisabledEmail } from './webhook-disabled-email.ts';

describe('renderWebhookDisabledEmail', () => {
  it('names the endpoint and the reason, escaped, and links to the webhooks page', () => {
    const email = renderWebhookDisabledEmail({
      storeName: 'Pixel <Shop>',
      endpointUrl: 'https://hooks.example/in?a=1&b=<2>',
      reason: 'The last 5 deliveries failed after all their retries.',
      dashboardUrl: 'https://shop.example/dashboard/webhooks',
    });
    expect(email.subject).toBe('Pixel <Shop>: a webhook endpoint was disabled');
    expect(email.html).not.toContain('b=<2>');
    expect(email.html).toContain('href="https://shop.example/dashboard/webhooks"');
    expect(email.text).toContain('https://hooks.example/in?a=1&b=<2>');
    expect(email.text).toContain('The last 5 deliveries failed');
  });
});
