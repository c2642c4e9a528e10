// The process-wide dependencies, built once from the configuration and handed to every request.
// Domain services are plain functions that take what they need from here.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '@shelf/config';
import type { StorageDriver } from '@shelf/storage';
import type { Logger } from './logger.ts';
import type { EmailQueue } from './modules/messaging/email-queue.ts';
import type { PaymentGateway } from './modules/payments/payment-provider.ts';

export type AppServices = {
  config: Config;
  orm: MikroORM;
  log: Logger;
  storage: StorageDriver;
  payments: PaymentGateway;
  /** The email outbox's delivery queue: enqueue an email id after the transaction that stored it commits. */
  emails: EmailQueue;
  /** Where public media (preview images) is served from. */
  mediaBaseUrl: string;
};
