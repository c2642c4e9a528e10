// Which payment and email services run. On localhost the stand-ins (test-mode payments, the dev outbox)
// are the zero-configuration defaults; on a public URL they would take real customers' orders without
// charging or emailing them, so there they run only when asked for by name (PAYMENTS=test, EMAIL=outbox).
import { ConfigError } from './config-error.ts';
import type { RawEnv } from './env-schema.ts';
import type { EmailConfig, PaymentsConfig } from './load-config.ts';

/** The first configured public URL that is not this machine, and the variable it came from. */
export type PublicExposure = { variable: string; url: string } | undefined;

const loopbackHost = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

function isLocalUrl(url: string): boolean {
  return loopbackHost.test(new URL(url).hostname);
}

export function findPublicExposure(urls: Record<string, string>): PublicExposure {
  for (const [variable, url] of Object.entries(urls)) {
    if (!isLocalUrl(url)) return { variable, url };
  }
  return undefined;
}

export function choosePayments(e: RawEnv, exposure: PublicExposure): PaymentsConfig {
  if (e.PAYMENTS === 'test') return { provider: 'test' };
  if (e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET) {
    return {
      provider: 'stripe',
      secretKey: e.STRIPE_SECRET_KEY,
      webhookSecret: e.STRIPE_WEBHOOK_SECRET,
      apiBase: e.STRIPE_API_BASE,
    };
  }
  if (e.PAYMENTS === 'stripe') {
    throw new ConfigError(
      'Invalid configuration: PAYMENTS=stripe but STRIPE_SECRET_KEY is not set; set it (and STRIPE_WEBHOOK_SECRET), or set PAYMENTS=test to run test-mode payments.',
    );
  }
  if (exposure) {
    throw new ConfigError(
      `Invalid configuration: ${exposure.variable} is public (${exposure.url}) but STRIPE_SECRET_KEY is not set; set it (and STRIPE_WEBHOOK_SECRET), or set PAYMENTS=test to run test-mode payments on purpose.`,
    );
  }
  return { provider: 'test' };
}

/**
 * The outbox logs each email's links so a developer can click them; that is only for a developer's
 * machine (NODE_ENV=development, or unset on a local URL), never production or test logs.
 */
export function chooseEmail(e: RawEnv, exposure: PublicExposure, nodeEnvSet: boolean): EmailConfig {
  const common = { from: e.EMAIL_FROM, ratePerSecond: e.EMAIL_RATE_PER_SECOND };
  const logLinks = e.NODE_ENV === 'development' && (nodeEnvSet || !exposure);
  if (e.EMAIL === 'outbox') return { driver: 'outbox', ...common, logLinks };
  if (e.RESEND_API_KEY) {
    return { driver: 'resend', apiKey: e.RESEND_API_KEY, baseUrl: e.RESEND_BASE_URL, ...common };
  }
  if (e.EMAIL === 'resend') {
    throw new ConfigError(
      'Invalid configuration: EMAIL=resend but RESEND_API_KEY is not set; set it (re_...), or set EMAIL=outbox to keep emails in the outbox.',
    );
  }
  if (exposure) {
    throw new ConfigError(
      `Invalid configuration: ${exposure.variable} is public (${exposure.url}) but RESEND_API_KEY is not set; set it, or set EMAIL=outbox to keep emails in the outbox (nothing is sent) on purpose.`,
    );
  }
  return { driver: 'outbox', ...common, logLinks };
}
