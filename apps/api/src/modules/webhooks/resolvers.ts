// Outbound webhooks over GraphQL: thin over webhook-endpoints.service.ts and webhook-deliveries.service.ts,
// which authorise. A delivery's attempt log is batched per request (DataLoader), so a page of deliveries
// with their logs costs one statement for all the logs.
import type { WebhookDeliveryAttempt, WebhookDeliveryStatus } from '@shelf/db/webhooks';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import {
  listAttemptsOfDeliveries,
  listWebhookDeliveries,
  replayWebhookDeliveries,
  replayWebhookDelivery,
  sendTestWebhook,
} from './webhook-deliveries.service.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  disableWebhookEndpoint,
  enableWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  listWebhookEventTypes,
  revealWebhookSecret,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './webhook-endpoints.service.ts';
import { webhookBody } from './webhook-payload.ts';

// One loader per request: the context object lives exactly as long as the request.
const attemptLoaders = new WeakMap<RequestContext, DataLoader<string, WebhookDeliveryAttempt[]>>();

function attemptLogs(ctx: RequestContext): DataLoader<string, WebhookDeliveryAttempt[]> {
  let loader = attemptLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await listAttemptsOfDeliveries(ctx, ids);
      return ids.map((id) => found.get(id) ?? []);
    });
    attemptLoaders.set(ctx, loader);
  }
  return loader;
}

const toStatus = (status: WebhookDeliveryStatus) =>
  status.toUpperCase() as 'PENDING' | 'SUCCEEDED' | 'FAILED';

export const webhooksResolvers: Resolvers = {
  Query: {
    webhookEndpoints: (_parent, args, ctx) => listWebhookEndpoints(ctx, args),
    webhookEndpoint: (_parent, args, ctx) => getWebhookEndpoint(ctx, args.id),
    webhookEventTypes: (_parent, _args, ctx) => listWebhookEventTypes(ctx),
  },
  Mutation: {
    createWebhookEndpoint: (_parent, { input }, ctx) => createWebhookEndpoint(ctx, input),
    updateWebhookEndpoint: (_parent, { input }, ctx) => updateWebhookEndpoint(ctx, input),
    deleteWebhookEndpoint: (_parent, args, ctx) => deleteWebhookEndpoint(ctx, args.id),
    enableWebhookEndpoint: (_parent, args, ctx) => enableWebhookEndpoint(ctx, args.id),
    disableWebhookEndpoint: (_parent, args, ctx) => disableWebhookEndpoint(ctx, args.id),
    rotateWebhookSecret: (_parent, args, ctx) => rotateWebhookSecret(ctx, args.id),
    replayWebhookDelivery: (_parent, args, ctx) => replayWebhookDelivery(ctx, args.id),
    replayWebhookDeliveries: (_parent, args, ctx) =>
      replayWebhookDeliveries(ctx, {
        endpointId: args.endpointId,
        from: new Date(args.from),
        to: new Date(args.to),
      }),
    sendTestWebhook: (_parent, args, ctx) => sendTestWebhook(ctx, args.endpointId),
  },
  WebhookEndpoint: {
    secret: (endpoint, _args, ctx) => revealWebhookSecret(ctx, endpoint),
    deliveries: (endpoint, args, ctx) =>
      listWebhookDeliveries(ctx, endpoint, {
        first: args.first,
        after: args.after,
        status: args.status?.toLowerCase() as WebhookDeliveryStatus | undefined,
      }),
  },
  WebhookDelivery: {
    status: (delivery) => toStatus(delivery.status),
    domainEventId: (delivery) => delivery.domainEvent?.id ?? null,
    body: (delivery) => webhookBody(delivery.eventType, delivery.occurredAt, delivery.payload),
    attemptLog: (delivery, _args, ctx) => attemptLogs(ctx).load(delivery.id),
  },
};
