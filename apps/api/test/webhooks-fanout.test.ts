// The webhook fan-out takes every outbox event exactly once: an event whose transaction commits long
// after later events (and after fan-out runs) is still delivered, once; two processes fanning out at
// the same time create each delivery once; an event recorded twice is pending once. Also what a page of
// deliveries with their attempt logs costs in SQL statements, and the webhook metrics on /metrics.
// The worker is off, so nothing fans out or sends behind the test's back.
import { randomUUID } from 'node:crypto';
import { DomainEventPending } from '@shelf/db/events';
import { WebhookDelivery, WebhookDeliveryAttempt, WebhookEndpoint } from '@shelf/db/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, withTransaction } from '../src/context.ts';
import { recordDomainEvent } from '../src/modules/events/events.service.ts';
import { attemptDelivery, fanOutDomainEvents } from '../src/modules/webhooks/webhook-deliveries.service.ts';
import type { RunningApi } from '../src/server.ts';
import { startSecondApi, startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

const METRICS_TOKEN = 'webhooks-fanout-metrics-token';

let api: TestApi;
let second: RunningApi;
let owner: Record<string, string>;
let target: WebhookReceiver;

beforeAll(async () => {
  api = await startTestApi({
    WEBHOOKS_ALLOW_PRIVATE: 'true',
    WEBHOOK_RETRY_SCHEDULE: '1',
    RUN_WORKER: 'false',
    SEED_DEMO: 'false',
    METRICS_TOKEN,
  });
  second = await startSecondApi(api, { WEBHOOKS_ALLOW_PRIVATE: 'true' });
  owner = await loginAsOwner(api);
  target = await startWebhookReceiver();
});
afterAll(async () => {
  await target?.close();
  await second?.close();
  await api?.close();
});

async function createEndpoint(events: string[], url = target.url): Promise<string> {
  const { data, errors } = await api.graphql<{
    createWebhookEndpoint: { endpoint: { id: string }; secret: string };
  }>(
    `mutation($input: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $input) { endpoint { id } secret } }`,
    { input: { url, events } },
    owner,
  );
  expect(errors).toBeUndefined();
  target.secret = data!.createWebhookEndpoint.secret;
  return data!.createWebhookEndpoint.endpoint.id;
}

type EventType =
  | 'order.paid'
  | 'license.activated'
  | 'license.updated'
  | 'product.updated'
  | 'subscription.renewed';

const event = (type: EventType, subjectId = randomUUID()) => ({
  type,
  subjectId,
  payload: { id: subjectId },
});

const deliveriesOfEvent = async (subjectId: string) =>
  api.em().find(WebhookDelivery, { domainEvent: { subjectId } });

const pendingOf = (subjectIds: string[]) =>
  api.em().count(DomainEventPending, { consumer: 'webhooks', event: { subjectId: { $in: subjectIds } } });

describe('the fan-out', () => {
  it('delivers an event whose transaction commits after 250 later events and a fan-out run, once', async () => {
    const endpointId = await createEndpoint(['order.paid']);
    // The endpoint existed before the late event happened (an hour before it commits).
    await api
      .em()
      .nativeUpdate(WebhookEndpoint, { id: endpointId }, { createdAt: new Date(Date.now() - 7_200_000) });
    const lateId = randomUUID();

    let recorded!: () => void;
    const isRecorded = new Promise<void>((resolve) => {
      recorded = resolve;
    });
    let commit!: () => void;
    const mayCommit = new Promise<void>((resolve) => {
      commit = resolve;
    });
    // Its own connection: a transaction that records the event (taking the lowest seq of this test),
    // says it happened an hour ago, and stays open while the rest of the store moves on.
    const late = withTransaction(api.ctx(), async (tx) => {
      await recordDomainEvent(tx, event('order.paid', lateId));
      await tx.em
        .getConnection()
        .execute(
          `update domain_event set occurred_at = now() - interval '1 hour' where subject_id = ?`,
          [lateId],
          'run',
          tx.em.getTransactionContext(),
        );
      recorded();
      await mayCommit;
    });
    await isRecorded;

    const laterIds: string[] = [];
    for (let index = 0; index < 250; index += 1) {
      const later = event('license.activated');
      laterIds.push(later.subjectId);
      await recordDomainEvent(api.ctx(), later);
    }
    const onTime = event('order.paid');
    await recordDomainEvent(api.ctx(), onTime);

    await fanOutDomainEvents(api.ctx());
    expect(await deliveriesOfEvent(onTime.subjectId)).toHaveLength(1);
    expect(await deliveriesOfEvent(lateId)).toHaveLength(0);
    // Everything committed was taken: the later events are no longer pending.
    expect(await pendingOf([...laterIds, onTime.subjectId])).toBe(0);

    commit();
    await late;
    const [lateEvent] = await api
      .em()
      .getConnection()
      .execute<Array<{ seq: string }>>('select seq from domain_event where subject_id = ?', [lateId]);
    const [firstLater] = await api
      .em()
      .getConnection()
      .execute<Array<{ seq: string }>>('select seq from domain_event where subject_id = ?', [laterIds[0]]);
    expect(BigInt(lateEvent!.seq)).toBeLessThan(BigInt(firstLater!.seq));

    expect(await fanOutDomainEvents(api.ctx())).toBe(1);
    expect(await fanOutDomainEvents(api.ctx())).toBe(0);
    const [delivery] = await deliveriesOfEvent(lateId);
    expect(await deliveriesOfEvent(lateId)).toHaveLength(1);
    expect(delivery!.endpoint.id).toBe(endpointId);
    expect(await pendingOf([lateId])).toBe(0);

    await attemptDelivery(api.ctx(), delivery!.id);
    await attemptDelivery(api.ctx(), delivery!.id);
    const received = target.received.filter((request) => request.id === delivery!.id);
    expect(received).toHaveLength(1);
    expect(received[0]!.verified).toMatchObject({ type: 'order.paid', data: { id: lateId } });
  });

  it('creates each delivery once when two processes fan out 200 events at the same time', async () => {
    const endpoints = [await createEndpoint(['product.updated']), await createEndpoint(['product.updated'])];
    const subjects: string[] = [];
    for (let index = 0; index < 200; index += 1) {
      const updated = event('product.updated');
      subjects.push(updated.subjectId);
      await recordDomainEvent(api.ctx(), updated);
    }

    // Small batches, so both processes go round many times and their claims interleave.
    const created = await Promise.all([
      fanOutDomainEvents(systemContext(api.services, 'fan-out-one'), { batchSize: 7 }),
      fanOutDomainEvents(systemContext(second.services, 'fan-out-two'), { batchSize: 7 }),
      fanOutDomainEvents(systemContext(second.services, 'fan-out-three'), { batchSize: 7 }),
    ]);
    expect(created.reduce((sum, count) => sum + count, 0)).toBe(400);

    const [counts] = await api
      .em()
      .getConnection()
      .execute<Array<{ deliveries: string; distinct_pairs: string }>>(
        `select count(*) as deliveries, count(distinct (endpoint_id, domain_event_id)) as distinct_pairs
           from webhook_delivery where endpoint_id = any(?::uuid[])`,
        [`{${endpoints.join(',')}}`],
      );
    expect(Number(counts!.deliveries)).toBe(400);
    expect(Number(counts!.distinct_pairs)).toBe(400);
    expect(await pendingOf(subjects)).toBe(0);
  });

  it('leaves the claim in place when a fan-out fails before it commits, and the next run takes it', async () => {
    await createEndpoint(['subscription.renewed']);
    const paid = event('subscription.renewed');
    await recordDomainEvent(api.ctx(), paid);

    api.services.failPoints = new Set(['webhooks.fanned-out']);
    try {
      await expect(fanOutDomainEvents(api.ctx())).rejects.toThrow('fail point webhooks.fanned-out');
    } finally {
      api.services.failPoints = undefined;
    }
    expect(await pendingOf([paid.subjectId])).toBe(1);
    expect(await deliveriesOfEvent(paid.subjectId)).toHaveLength(0);

    expect(await fanOutDomainEvents(api.ctx())).toBe(1);
    expect(await pendingOf([paid.subjectId])).toBe(0);
    expect(await deliveriesOfEvent(paid.subjectId)).toHaveLength(1);
  });
});

describe('recording an event', () => {
  it('leaves one pending row per consumer, none for a repeat of its dedupe key or a rolled-back change', async () => {
    const subjectId = randomUUID();
    const refund = {
      type: 'order.refunded' as const,
      subjectId,
      dedupeKey: `order.refunded:${subjectId}:500`,
      payload: { orderId: subjectId },
    };
    await recordDomainEvent(api.ctx(), refund);
    await recordDomainEvent(api.ctx(), refund);
    await withTransaction(api.ctx(), (tx) => recordDomainEvent(tx, refund));
    expect(await pendingOf([subjectId])).toBe(1);

    const rolledBack = randomUUID();
    await expect(
      withTransaction(api.ctx(), async (tx) => {
        await recordDomainEvent(tx, event('order.paid', rolledBack));
        throw new Error('the change failed after its event was written');
      }),
    ).rejects.toThrow('the change failed');
    expect(await pendingOf([rolledBack])).toBe(0);
  });
});

// The job queue's sends and the worker's email claims share the pool; they are not the page's.
const BACKGROUND =
  /\b(update|into)\s+"?(email|rate_limit_slot)"?[\s(]|pgboss|^\s*(begin|commit|rollback|savepoint|release)\b/i;

/** The SQL statements one GraphQL operation sends, the fewest of three runs (see n-plus-one.test.ts). */
async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
  const knex = api.services.orm.em.getConnection().getKnex();
  const runs: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    let count = 0;
    const listener = (sent: { sql: string }) => {
      if (!BACKGROUND.test(sent.sql)) count += 1;
    };
    knex.on('query', listener);
    try {
      const answer = await api.graphql(query, variables, owner);
      expect(answer.errors).toBeUndefined();
    } finally {
      knex.removeListener('query', listener);
    }
    runs.push(count);
  }
  return Math.min(...runs);
}

async function sendTestWebhook(endpointId: string): Promise<{ id: string; status: string }> {
  const { data, errors } = await api.graphql<{ sendTestWebhook: { id: string; status: string } }>(
    'mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id status } }',
    { id: endpointId },
    owner,
  );
  expect(errors).toBeUndefined();
  return data!.sendTestWebhook;
}

const ATTEMPT_LOGS = `query($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 25) { nodes {
  id attemptLog { statusCode createdAt } } } } }`;

type AttemptLogs = {
  webhookEndpoint: {
    deliveries: {
      nodes: Array<{ id: string; attemptLog: Array<{ statusCode: number; createdAt: string }> }>;
    };
  };
};

describe('a page of deliveries with their attempt logs', () => {
  it('costs as many statements for 10 deliveries as for 1, and shows each one its newest 50 attempts', async () => {
    const single = await createEndpoint(['payout.recorded']);
    const many = await createEndpoint(['payout.recorded']);
    await sendTestWebhook(single);
    const sent = [];
    for (let index = 0; index < 10; index += 1) sent.push(await sendTestWebhook(many));

    // One delivery with a long history: 55 earlier attempts, a second apart, their status the index.
    const em = api.em();
    const long = await em.findOneOrFail(WebhookDelivery, { id: sent[0]!.id });
    const start = Date.now() - 3_600_000;
    for (let index = 0; index < 55; index += 1) {
      em.create(WebhookDeliveryAttempt, {
        delivery: long,
        succeeded: false,
        statusCode: 500 + index,
        durationMs: 10,
        createdAt: new Date(start + index * 1000),
      });
    }
    await em.flush();

    const forOne = await statements(ATTEMPT_LOGS, { id: single });
    const forTen = await statements(ATTEMPT_LOGS, { id: many });
    expect(forTen).toBe(forOne);

    const { data } = await api.graphql<AttemptLogs>(ATTEMPT_LOGS, { id: many }, owner);
    const nodes = data!.webhookEndpoint.deliveries.nodes;
    expect(nodes).toHaveLength(10);
    const logOf = (id: string) => nodes.find((node) => node.id === id)!.attemptLog;
    // The newest 50 of 56, oldest first: attempts 6..54 of the history, then the test send (204).
    const longLog = logOf(long.id);
    expect(longLog).toHaveLength(50);
    expect(longLog.map((attempt) => attempt.statusCode)).toEqual([
      ...Array.from({ length: 49 }, (_, index) => 506 + index),
      204,
    ]);
    for (const delivery of sent.slice(1)) {
      expect(logOf(delivery.id).map((attempt) => attempt.statusCode)).toEqual([204]);
    }
  });
});

const metricsText = async () => {
  const response = await fetch(`${api.url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  return response.text();
};

function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',');
    if (wanted.every((pair) => have.includes(pair))) return Number(match[3]);
  }
  throw new Error(`no sample ${name} ${JSON.stringify(labels)}`);
}

describe('webhook metrics', () => {
  it('counts due deliveries, attempts by outcome, their durations and endpoints disabled', async () => {
    const before = await metricsText();
    const dueBefore = sample(before, 'shelf_webhook_deliveries_due');
    const attemptsBefore = (text: string, outcome: string) =>
      sample(text, 'shelf_webhook_attempts_total', { outcome }) -
      sample(before, 'shelf_webhook_attempts_total', { outcome });

    // A new event for a new endpoint makes one more delivery due now (nothing sends it: no worker).
    await createEndpoint(['license.updated']);
    await recordDomainEvent(api.ctx(), event('license.updated'));
    expect(await fanOutDomainEvents(api.ctx())).toBe(1);
    expect(sample(await metricsText(), 'shelf_webhook_deliveries_due')).toBe(dueBefore + 1);

    const failing = await startWebhookReceiver();
    failing.answer = () => ({ status: 500, body: 'down' });
    try {
      const good = await createEndpoint(['order.paid']);
      expect((await sendTestWebhook(good)).status).toBe('SUCCEEDED');
      const bad = await createEndpoint(['order.paid'], failing.url);
      // One failure short of the limit: this delivery failing for good disables the endpoint.
      await api.em().nativeUpdate(WebhookEndpoint, { id: bad }, { consecutiveFailures: 4 });
      const failed = await sendTestWebhook(bad);
      expect(failed.status).toBe('PENDING');
      await api
        .em()
        .nativeUpdate(WebhookDelivery, { id: failed.id }, { nextAttemptAt: new Date(Date.now() - 1000) });
      await attemptDelivery(api.ctx(), failed.id);
      expect((await api.em().findOneOrFail(WebhookEndpoint, { id: bad })).enabled).toBe(false);

      const refusedEndpoint = await createEndpoint(['order.paid']);
      // Saved before the URL rules changed: nothing is sent to it.
      await api.em().nativeUpdate(WebhookEndpoint, { id: refusedEndpoint }, { url: 'ftp://127.0.0.1/hooks' });
      await sendTestWebhook(refusedEndpoint);
    } finally {
      await failing.close();
    }

    const after = await metricsText();
    expect(attemptsBefore(after, 'succeeded')).toBe(1);
    expect(attemptsBefore(after, 'failed')).toBe(2);
    expect(attemptsBefore(after, 'refused')).toBe(1);
    expect(
      sample(after, 'shelf_webhook_attempt_duration_seconds_count') -
        sample(before, 'shelf_webhook_attempt_duration_seconds_count'),
    ).toBe(3);
    expect(
      sample(after, 'shelf_webhook_endpoints_disabled_total') -
        sample(before, 'shelf_webhook_endpoints_disabled_total'),
    ).toBe(1);
  });
});
