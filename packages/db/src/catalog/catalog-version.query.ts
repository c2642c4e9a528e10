// The catalog's version (decision 010): triggers bump it in every transaction that writes a product, a
// product file or a preview image, so reading it tells whether anything shoppers see has changed.
import type { EntityManager } from '@mikro-orm/postgresql';

export async function readCatalogVersion(em: EntityManager): Promise<bigint> {
  const [row] = await em
    .getConnection()
    .execute<Array<{ version: string }>>('select version from catalog_version where id = 1');
  return BigInt(row?.version ?? 0);
}
