// `API_PORT=4100 PORT=3100 pnpm start`: the built web server gets only the ports (no API_URL) and must
// still find the API, on this host at API_PORT, rather than answer 500 from the default port 4000.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './support/stack.ts';

const DEMO_PRODUCT_NAMES = [
  'Aurora UI Kit for Figma',
  'Second Brain Notion Template',
  'Golden Hour Lightroom Presets',
  'Framecraft',
  'Design Resources Club',
];

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ apiUrlFromPort: true });
});

afterAll(async () => {
  await stack?.close();
});

describe('the web server with only API_PORT and PORT set', () => {
  it('runs on non-default ports and serves the catalog from the API at API_PORT', async () => {
    const webPort = new URL(stack.webUrl).port;
    const apiPort = new URL(stack.apiUrl).port;
    expect([webPort, apiPort]).not.toContain('3000');
    expect([webPort, apiPort]).not.toContain('4000');

    const response = await fetch(`${stack.webUrl}/products`);
    const html = await response.text();
    expect(response.status, html).toBe(200);
    for (const name of DEMO_PRODUCT_NAMES) expect(html).toContain(name);
  });
});
