// The owner's webhooks from the dashboard, sent with the owner's session: endpoints, their delivery log,
// and the actions on them. Staff are refused by the API (FORBIDDEN).
import {
  CreateWebhookEndpointDocument,
  type CreateWebhookEndpointMutation,
  DashboardWebhookEndpointDocument,
  type DashboardWebhookEndpointQuery,
  DashboardWebhooksDocument,
  type DashboardWebhooksQuery,
  DeleteWebhookEndpointDocument,
  DisableWebhookEndpointDocument,
  EnableWebhookEndpointDocument,
  ReplayWebhookDeliveriesDocument,
  ReplayWebhookDeliveryDocument,
  RotateWebhookSecretDocument,
  SendTestWebhookDocument,
  type SendTestWebhookMutation,
  type WebhookDeliveryStatus,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

type Caller = Omit<ApiCaller, 'credential'>;
const asCreator = (caller: Caller): ApiCaller => ({ ...caller, credential: 'creator' });

export type WebhooksOverview = DashboardWebhooksQuery;
export type WebhookEndpointRow = DashboardWebhooksQuery['webhookEndpoints']['nodes'][number];
export type WebhookEventTypeRow = DashboardWebhooksQuery['webhookEventTypes'][number];
export type WebhookEndpointDetail = NonNullable<DashboardWebhookEndpointQuery['webhookEndpoint']>;
export type WebhookDeliveryRow = WebhookEndpointDetail['deliveries']['nodes'][number];
export type CreatedWebhookEndpoint = CreateWebhookEndpointMutation['createWebhookEndpoint'];
export type TestDelivery = SendTestWebhookMutation['sendTestWebhook'];

/** A page of endpoints, newest first, and the events they may subscribe to. */
export async function listWebhookEndpoints(
  caller: Caller,
  page: { first: number; after: string | null },
): Promise<WebhooksOverview> {
  return gql(asCreator(caller), DashboardWebhooksDocument, page);
}

/** One endpoint with its secret and a page of its deliveries; null when there is no such endpoint. */
export async function getWebhookEndpoint(
  caller: Caller,
  args: { id: string; first: number; after: string | null; status: WebhookDeliveryStatus | null },
): Promise<WebhookEndpointDetail | null> {
  return (await gql(asCreator(caller), DashboardWebhookEndpointDocument, args)).webhookEndpoint;
}

/** Registers an endpoint; the answer holds its signing secret. */
export async function createWebhookEndpoint(
  caller: Caller,
  input: { url: string; events: string[]; description: string },
): Promise<CreatedWebhookEndpoint> {
  return (await gql(asCreator(caller), CreateWebhookEndpointDocument, { input })).createWebhookEndpoint;
}

export async function deleteWebhookEndpoint(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), DeleteWebhookEndpointDocument, { id });
}

export async function setWebhookEndpointEnabled(caller: Caller, id: string, enabled: boolean): Promise<void> {
  if (enabled) await gql(asCreator(caller), EnableWebhookEndpointDocument, { id });
  else await gql(asCreator(caller), DisableWebhookEndpointDocument, { id });
}

/** A new signing secret; the old one stops verifying at once. */
export async function rotateWebhookSecret(caller: Caller, id: string): Promise<string> {
  return (await gql(asCreator(caller), RotateWebhookSecretDocument, { id })).rotateWebhookSecret.secret;
}

export async function replayWebhookDelivery(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), ReplayWebhookDeliveryDocument, { id });
}

/** Replays every delivery whose event happened in the range; returns how many. */
export async function replayWebhookDeliveries(
  caller: Caller,
  args: { endpointId: string; from: string; to: string },
): Promise<number> {
  return (await gql(asCreator(caller), ReplayWebhookDeliveriesDocument, args)).replayWebhookDeliveries;
}

/** Sends a webhook.test message now; the answer is its delivery after the first attempt. */
export async function sendTestWebhook(caller: Caller, endpointId: string): Promise<TestDelivery> {
  return (await gql(asCreator(caller), SendTestWebhookDocument, { endpointId })).sendTestWebhook;
}
