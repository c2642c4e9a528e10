// The creator's view of sent and failed email, newest first, keyset-paginated.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Email, type EmailStatus } from '@shelf/db';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';

export function listEmails(
  em: EntityManager,
  args: { first?: number | null; after?: string | null; status?: EmailStatus | null },
): Promise<Page<Email>> {
  return pageNewestFirst(em, Email, {
    first: args.first,
    after: args.after,
    filter: args.status ? { status: args.status } : {},
    populate: ['order'],
  });
}
