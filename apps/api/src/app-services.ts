// The process-wide dependencies, built once from the configuration and handed to every request.
// Domain services reach them through the service context (context.ts).
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '@shelf/config';
import type { Database } from '@shelf/db';
import { createStorage, type StorageDriver } from '@shelf/storage';
import { systemContext } from './context.ts';
import type { FailPoints } from './fail-points.ts';
import type { Logger } from './logger.ts';
import { scheduleCommissionApproval } from './modules/affiliates/commissions.service.ts';
import { createJobs, type Jobs } from './modules/jobs/jobs.service.ts';
import { createLimits, type Limits } from './modules/limits/limits.service.ts';
import { createEmailQueue, type EmailQueue } from './modules/messaging/email-queue.ts';
import { createEmailSender } from './modules/messaging/email-sender.ts';
import { createPaymentGateway } from './modules/payments/create-gateway.ts';
import type { PaymentGateway } from './modules/payments/payment-gateway.ts';
import { scheduleRevenueRollup } from './modules/reports/revenue-rollup.service.ts';
import { scheduleWebhooks } from './modules/webhooks/webhook-deliveries.service.ts';

export type AppServices = {
  config: Config;
  orm: MikroORM;
  log: Logger;
  storage: StorageDriver;
  payments: PaymentGateway;
  /** Background jobs over pg-boss; their workers run only where config.runWorker (jobs.start()). */
  jobs: Jobs;
  /** The email outbox's delivery queue: enqueue an email id after the transaction that stored it commits. */
  emails: EmailQueue;
  /** Where public media (preview images) is served from. */
  mediaBaseUrl: string;
  /** Request limits shared by every process (limits/limits.service.ts); close() on shutdown. */
  limits: Limits;
  /** Test-only: fail points a test switched on (fail-points.ts). Never set outside tests. */
  failPoints?: FailPoints;
};

/** The one place that assembles the services, for the API process and the command-line tools alike. */
export function createAppServices(config: Config, db: Database, log: Logger): AppServices {
  const jobs = createJobs({ connectionString: db.url, log, runWorker: config.runWorker });
  const services: AppServices = {
    config,
    orm: db.orm,
    log,
    storage: createStorage(config.storage, {
      signingSecret: config.secrets.downloadSigning,
      publicBaseUrl: config.api.publicUrl,
    }),
    payments: createPaymentGateway(config, { log }),
    jobs,
    emails: createEmailQueue({ jobs, services: () => services, sender: createEmailSender(config, log) }),
    mediaBaseUrl: config.api.publicUrl,
    limits: createLimits({
      connectionString: db.url,
      enabled: config.rateLimits,
      log,
      apiKeyPoints: config.apiKeyRateLimit,
    }),
  };
  scheduleCommissionApproval(jobs, () => systemContext(services, 'commission-approval'));
  scheduleRevenueRollup(jobs, () => systemContext(services, 'revenue-rollup'));
  scheduleWebhooks(jobs, () => systemContext(services, 'webhooks'));
  return services;
}
