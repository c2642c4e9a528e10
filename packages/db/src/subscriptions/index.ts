// Subscriptions and the period they have paid for. Owned by the API module of the same name.
export { Subscription, type SubscriptionStatus, subscriptionStatuses } from './subscription.entity.ts';
