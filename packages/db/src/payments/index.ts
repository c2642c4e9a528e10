// The ledger of payment-provider webhook events. Owned by the API module of the same name.
export { WebhookEvent, type WebhookEventStatus, webhookEventStatuses } from './webhook-event.entity.ts';
