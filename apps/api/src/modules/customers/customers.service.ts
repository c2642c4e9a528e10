// Customers: one row per buyer email, created by their first paid order and shared by every later one.
import { Customer } from '@shelf/db/customers';
import type { ServiceContext } from '../../context.ts';
import { normaliseEmail } from '../common/email-address.ts';

/**
 * The customer with this email, created if new, in one statement: two first orders from one buyer racing
 * each other both land on the same row. A name is kept once known; a later order never blanks it.
 */
export async function findOrCreateCustomer(
  ctx: ServiceContext,
  input: { email: string; name: string | null },
): Promise<Customer> {
  const { em } = ctx;
  const rows = await em.getConnection().execute<Array<{ id: string }>>(
    `insert into customer (id, email, name, created_at) values (gen_random_uuid(), ?, ?, now())
     on conflict (email) do update set name = coalesce(customer.name, excluded.name)
     returning id`,
    [normaliseEmail(input.email), input.name],
    'all',
    em.getTransactionContext(),
  );
  return em.findOneOrFail(Customer, { id: rows[0]!.id }, { refresh: true });
}
