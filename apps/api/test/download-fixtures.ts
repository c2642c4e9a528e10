// Arranges a purchase of a product directly in the database: an order (paid by default), its item and
// a download grant with the given limits; returns the grant and the link token the customer would get.
import { randomUUID } from 'node:crypto';
import { Product } from '@shelf/db/catalog';
import { DownloadGrant } from '@shelf/db/downloads';
import { Order, OrderItem, type OrderStatus } from '@shelf/db/orders';
import { deriveDownloadToken, downloadTokenHash } from '../src/modules/downloads/download-token.ts';
import type { TestApi } from './harness.ts';

export async function grantDownloads(
  api: TestApi,
  product: Product,
  options: {
    downloadLimit?: number | null;
    expiresAt?: Date | null;
    revokedAt?: Date | null;
    orderStatus?: OrderStatus;
  } = {},
): Promise<{ grant: DownloadGrant; token: string; pageUrl: string }> {
  const em = api.em();
  const order = em.create(Order, {
    provider: 'test',
    providerSessionId: `test_${randomUUID()}`,
    status: options.orderStatus ?? 'paid',
    email: 'buyer@example.com',
    currency: product.currency,
    subtotalCents: product.priceCents,
    totalCents: product.priceCents,
    paidAt: new Date(),
  });
  // The product was loaded by another EntityManager; this one refers to it by id.
  const productRef = em.getReference(Product, product.id);
  const item = em.create(OrderItem, {
    order,
    product: productRef,
    productName: product.name,
    unitPriceCents: product.priceCents,
    currency: product.currency,
  });
  const grant = em.create(DownloadGrant, {
    order,
    orderItem: item,
    product: productRef,
    tokenHash: '',
    downloadLimit: options.downloadLimit ?? null,
    expiresAt: options.expiresAt ?? null,
    revokedAt: options.revokedAt ?? null,
  });
  const secret = api.services.config.secrets.downloadSigning;
  grant.tokenHash = downloadTokenHash(grant.id, secret);
  await em.flush();
  const token = deriveDownloadToken(grant.id, secret);
  return { grant, token, pageUrl: `${api.url}/download/${token}` };
}
