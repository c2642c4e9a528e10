// The domain event outbox against real Postgres: one row per dedupe key, written in the caller's
// transaction (and gone with it), the payload stored as a JSON object, and readers paging by `seq`.
import { randomUUID } from 'node:crypto';
import { DomainEvent } from '@shelf/db/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { withTransaction } from '../../context.ts';
import { listDomainEvents, recordDomainEvent } from './events.service.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
});
afterAll(() => api.close());

const eventsAbout = (subjectId: string) =>
  api.em().find(DomainEvent, { subjectId }, { orderBy: { seq: 'asc' } });

describe('recordDomainEvent', () => {
  it('records a change applied twice once, and a different occurrence of it again', async () => {
    const orderId = randomUUID();
    const paid = { type: 'order.paid', subjectId: orderId, payload: { orderId, total: 4900 } } as const;
    await recordDomainEvent(api.ctx(), paid);
    await recordDomainEvent(api.ctx(), { ...paid, payload: { orderId, total: 1 } });
    const refund = (totalRefunded: number) => ({
      type: 'order.refunded' as const,
      subjectId: orderId,
      dedupeKey: `order.refunded:${orderId}:${totalRefunded}`,
      payload: { orderId, totalRefunded },
    });
    await recordDomainEvent(api.ctx(), refund(1000));
    await recordDomainEvent(api.ctx(), refund(1000));
    await recordDomainEvent(api.ctx(), refund(4900));

    const events = await eventsAbout(orderId);
    expect(events.map((event) => [event.type, event.dedupeKey])).toEqual([
      ['order.paid', `order.paid:${orderId}`],
      ['order.refunded', `order.refunded:${orderId}:1000`],
      ['order.refunded', `order.refunded:${orderId}:4900`],
    ]);
    // The first recording wins; a repeat never rewrites what readers may already have seen.
    expect(events[0]!.payload).toEqual({ orderId, total: 4900 });
  });

  it('is written in the caller transaction and rolled back with it', async () => {
    const committed = randomUUID();
    const rolledBack = randomUUID();
    await withTransaction(api.ctx(), (tx) =>
      recordDomainEvent(tx, { type: 'order.paid', subjectId: committed, payload: { orderId: committed } }),
    );
    await expect(
      withTransaction(api.ctx(), async (tx) => {
        await recordDomainEvent(tx, {
          type: 'order.paid',
          subjectId: rolledBack,
          payload: { orderId: rolledBack },
        });
        throw new Error('the change failed after its event was written');
      }),
    ).rejects.toThrow('the change failed');

    expect(await eventsAbout(committed)).toHaveLength(1);
    expect(await eventsAbout(rolledBack)).toHaveLength(0);
  });

  it('stores the payload as a JSON object with its types intact', async () => {
    const subjectId = randomUUID();
    const payload = { orderId: subjectId, total: 4900, currency: 'usd', full: true, customerId: null };
    await recordDomainEvent(api.ctx(), { type: 'order.paid', subjectId, payload });

    const [row] = await api
      .em()
      .getConnection()
      .execute<Array<{ kind: string; total: string; full: boolean }>>(
        `select jsonb_typeof(payload) as kind, payload->>'total' as total, (payload->'full')::boolean as full
         from domain_event where subject_id = ?`,
        [subjectId],
      );
    expect(row).toEqual({ kind: 'object', total: '4900', full: true });
    expect((await eventsAbout(subjectId))[0]!.payload).toEqual(payload);
  });

  it('gives each new event a larger seq than the one before', async () => {
    const subjects = [randomUUID(), randomUUID(), randomUUID()];
    for (const subjectId of subjects) {
      await recordDomainEvent(api.ctx(), { type: 'license.activated', subjectId, payload: {} });
    }
    const seqs: bigint[] = [];
    for (const subjectId of subjects) seqs.push(BigInt((await eventsAbout(subjectId))[0]!.seq));
    expect(seqs[1]! > seqs[0]!).toBe(true);
    expect(seqs[2]! > seqs[1]!).toBe(true);
  });
});

describe('listDomainEvents', () => {
  it('pages after a seq in order and filters by type', async () => {
    const [latest] = await api.em().find(DomainEvent, {}, { orderBy: { seq: 'desc' }, limit: 1 });
    const start = latest?.seq;
    const subjects = Array.from({ length: 5 }, () => randomUUID());
    const types = ['commission.created', 'commission.reversed'] as const;
    for (const [index, subjectId] of subjects.entries()) {
      await recordDomainEvent(api.ctx(), { type: types[index % 2]!, subjectId, payload: { index } });
    }
    const after = (afterSeq: string | undefined) => (afterSeq ? { afterSeq } : {});

    const firstPage = await listDomainEvents(api.ctx(), { ...after(start), limit: 2 });
    expect(firstPage.map((event) => event.subjectId)).toEqual(subjects.slice(0, 2));
    const secondPage = await listDomainEvents(api.ctx(), { afterSeq: firstPage[1]!.seq, limit: 2 });
    expect(secondPage.map((event) => event.subjectId)).toEqual(subjects.slice(2, 4));
    const lastPage = await listDomainEvents(api.ctx(), { afterSeq: secondPage[1]!.seq, limit: 2 });
    expect(lastPage.map((event) => event.subjectId)).toEqual(subjects.slice(4));
    expect(await listDomainEvents(api.ctx(), { afterSeq: lastPage[0]!.seq })).toEqual([]);

    const reversals = await listDomainEvents(api.ctx(), { ...after(start), types: ['commission.reversed'] });
    expect(reversals.map((event) => [event.type, event.subjectId])).toEqual([
      ['commission.reversed', subjects[1]],
      ['commission.reversed', subjects[3]],
    ]);
  });
});
