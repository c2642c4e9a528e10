// One served download, for the creator's log and for abuse review. The IP is truncated (/24, /48).
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { ProductFile } from '../catalog/product-file.entity.ts';
import type { DownloadGrant } from './download-grant.entity.ts';

export class DownloadEvent {
  id: Opt<string> = randomUUID();
  grant!: DownloadGrant;
  file!: ProductFile;
  ipTruncated: string | null = null;
  userAgent: string | null = null;
  /** The download page's one-time key for this button press, so a double click counts once. */
  attemptKey: string | null = null;
  createdAt: Opt<Date> = new Date();
}

export const DownloadEventSchema = new EntitySchema<DownloadEvent>({
  class: DownloadEvent,
  tableName: 'download_event',
  indexes: [{ properties: ['grant', 'attemptKey'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    grant: { kind: 'm:1', entity: 'DownloadGrant', deleteRule: 'cascade', index: true },
    file: { kind: 'm:1', entity: 'ProductFile', deleteRule: 'cascade' },
    ipTruncated: { type: 'string', length: 64, nullable: true },
    userAgent: { type: 'string', length: 500, nullable: true },
    attemptKey: { type: 'string', length: 64, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});
