// The dashboard's email log, sent with the creator's session. It reads each email's redacted preview,
// never its bodies: those hold live download, sign-in and reset links.
import {
  DashboardEmailsDocument,
  type DashboardEmailsQuery,
  type EmailStatus,
  ResendEmailDocument,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

type Caller = Omit<ApiCaller, 'credential'>;

export type DashboardEmailPage = DashboardEmailsQuery['emails'];
export type DashboardEmail = DashboardEmailPage['nodes'][number];

/** Creator: one page of emails, newest first, optionally with one status. */
export async function listEmails(
  caller: Caller,
  page: { first: number; after: string | null; status: EmailStatus | null },
): Promise<DashboardEmailPage> {
  const { emails } = await gql({ ...caller, credential: 'creator' }, DashboardEmailsDocument, page);
  return emails;
}

/** Creator: queues a failed (or still queued) email again. */
export async function resendEmail(caller: Caller, id: string): Promise<DashboardEmail> {
  const { resendEmail } = await gql({ ...caller, credential: 'creator' }, ResendEmailDocument, { id });
  return resendEmail;
}
