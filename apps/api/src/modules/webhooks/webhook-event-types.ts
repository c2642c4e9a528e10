// The events an endpoint may subscribe to: every outbox event type, with what it means for a receiver.
import type { DomainEventType } from '@shelf/db/events';
import { domainEventTypes } from '../events/events.service.ts';

const descriptions: Record<DomainEventType, string> = {
  'order.paid': 'An order was paid: its number, customer and amounts.',
  'order.refunded': 'Money was refunded on an order: the amount of this refund and the total so far.',
  'subscription.renewed': 'A subscription was paid for another period.',
  'subscription.canceled': 'A subscription was canceled; access lasts until the paid period ends.',
  'license.activated': 'A license key was activated on a new instance.',
  'license.deactivated': 'An instance gave its license seat back.',
  'license.revoked': 'A license key was disabled or revoked.',
  'license.reinstated': 'A disabled license key was switched back on.',
  'license.updated': "A license key's activation limit changed.",
  'commission.created': 'A paid order earned an affiliate a commission.',
  'commission.reversed': 'A refund or lost dispute took back a pending commission.',
  'commission.approved': 'A commission passed its refund window and is payable.',
  'commission.owed_back': 'A refund after approval: the affiliate owes part of a commission back.',
  'payout.recorded': 'A payout to an affiliate was recorded.',
  'product.published': 'A product was published.',
  'product.updated': 'A product changed (price, status, details).',
};

export type WebhookEventTypeInfo = { name: DomainEventType; description: string };

export const webhookEventTypes: WebhookEventTypeInfo[] = domainEventTypes.map((name) => ({
  name,
  description: descriptions[name],
}));

export function isWebhookEventType(name: string): name is DomainEventType {
  return (domainEventTypes as readonly string[]).includes(name);
}
