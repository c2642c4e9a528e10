// How far the webhook fan-out has read the domain event outbox (one row, id = 1). Its row lock makes
// fan-out runs from several worker processes take turns.
import { EntitySchema, type Opt } from '@mikro-orm/core';

export class WebhookFanoutState {
  id: Opt<number> = 1;
  /** The highest domain_event.seq fanned out; events after it are new. */
  lastSeq: Opt<string> = '0';
}

export const WebhookFanoutStateSchema = new EntitySchema<WebhookFanoutState>({
  class: WebhookFanoutState,
  tableName: 'webhook_fanout_state',
  checks: [{ name: 'webhook_fanout_state_singleton', expression: 'id = 1' }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    lastSeq: { type: 'bigint' },
  },
});
