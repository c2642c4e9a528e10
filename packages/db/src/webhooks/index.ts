// Outbound webhooks: endpoints, deliveries and their attempts. Owned by the API module of the same name.
export {
  WebhookDelivery,
  type WebhookDeliveryStatus,
  webhookDeliveryStatuses,
} from './webhook-delivery.entity.ts';
export { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity.ts';
export { WebhookEndpoint } from './webhook-endpoint.entity.ts';
