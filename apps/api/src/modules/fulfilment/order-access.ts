// What a paid order gives its customer, read back from the database: download pages (one per item,
// listing every file), license keys and the limits copied at purchase. The success page, the delivery
// email and the customer portal all read this one view, so they always agree.
import type { EntityManager } from '@mikro-orm/postgresql';
import { DownloadGrant, License, type Order } from '@shelf/db';
import { downloadPageUrl } from '../downloads/download-token.ts';

export type OrderAccessItem = {
  orderItemId: string;
  productName: string;
  downloadPageUrl: string | null;
  files: Array<{ name: string; sizeBytes: number }>;
  downloadLimit: number | null;
  expiresAt: Date | null;
  licenseKeys: string[];
  licenses: Array<{ key: string; activationLimit: number | null; expiresAt: Date | null; status: string }>;
};

export async function loadOrderAccess(
  em: EntityManager,
  order: Order,
  options: { apiPublicUrl: string; downloadSecret: string },
): Promise<OrderAccessItem[]> {
  await em.populate(order, ['items', 'items.product', 'items.product.files']);
  const [grants, licenses] = await Promise.all([
    em.find(DownloadGrant, { order: order.id }),
    em.find(License, { order: order.id }, { orderBy: { createdAt: 'asc' } }),
  ]);
  return order.items.getItems().map((item) => {
    const grant = grants.find((g) => g.orderItem.id === item.id);
    const itemLicenses = licenses.filter((l) => l.orderItem.id === item.id);
    return {
      orderItemId: item.id,
      productName: item.productName,
      downloadPageUrl: grant ? downloadPageUrl(options.apiPublicUrl, grant.id, options.downloadSecret) : null,
      files: grant
        ? item.product.files.getItems().map((file) => ({ name: file.name, sizeBytes: file.sizeBytes }))
        : [],
      downloadLimit: grant?.downloadLimit ?? null,
      expiresAt: grant?.expiresAt ?? null,
      licenseKeys: itemLicenses.map((l) => l.key),
      licenses: itemLicenses.map((l) => ({
        key: l.key,
        activationLimit: l.activationLimit,
        expiresAt: l.expiresAt,
        status: l.status,
      })),
    };
  });
}
