// What a paid order gives its customer, read back from the domains that hold it: download pages (one per
// item, listing every file), license keys and the limits copied at purchase. The success page, the
// delivery email and the customer portal all read this one view, so they always agree. Taking access away
// (refund, lost dispute) is here too, as one function every path calls.
import type { Order } from '@shelf/db/orders';
import type { StoreSettings } from '@shelf/db/settings';
import { type RenderedEmail, renderDeliveryEmail } from '@shelf/email';
import type { ServiceContext } from '../../context.ts';
import { adjustCommissionForRefund, type RefundCause } from '../affiliates/commissions.service.ts';
import { listDownloadPages, revokeGrantsForOrder } from '../downloads/downloads.service.ts';
import {
  listOrderLicenses,
  type OrderLicense,
  revokeLicensesForOrder,
} from '../licensing/licensing.service.ts';

export type OrderAccessItem = {
  orderItemId: string;
  productName: string;
  downloadPageUrl: string | null;
  files: Array<{ name: string; sizeBytes: number }>;
  downloadLimit: number | null;
  expiresAt: Date | null;
  licenses: OrderLicense[];
};

export async function loadOrderAccess(ctx: ServiceContext, order: Order): Promise<OrderAccessItem[]> {
  await ctx.em.populate(order, ['items', 'items.product', 'items.product.files']);
  const [pages, licenses] = await Promise.all([
    listDownloadPages(ctx, order.id),
    listOrderLicenses(ctx, order.id),
  ]);
  return order.items.getItems().map((item) => {
    const page = pages.get(item.id);
    return {
      orderItemId: item.id,
      productName: item.productName,
      downloadPageUrl: page?.pageUrl ?? null,
      files: page
        ? item.product.files.getItems().map((file) => ({ name: file.name, sizeBytes: file.sizeBytes }))
        : [],
      downloadLimit: page?.downloadLimit ?? null,
      expiresAt: page?.expiresAt ?? null,
      licenses: licenses.filter((license) => license.orderItemId === item.id),
    };
  });
}

/** The delivery email for a paid order, rendered from what the order actually grants. */
export async function composeDeliveryEmail(
  ctx: ServiceContext,
  order: Order,
  settings: Pick<StoreSettings, 'storeName' | 'supportEmail'>,
): Promise<RenderedEmail> {
  const access = await loadOrderAccess(ctx, order);
  return renderDeliveryEmail({
    storeName: settings.storeName,
    orderNumber: String(order.number),
    customerName: order.customer?.name ?? null,
    items: access.map((item) => ({
      productName: item.productName,
      downloadPageUrl: item.downloadPageUrl,
      files: item.files,
      licenseKeys: item.licenses.map((license) => license.key),
      downloadLimit: item.downloadLimit,
      expiresAt: item.expiresAt,
    })),
    receipt: {
      lines: order.items.getItems().map((item) => ({
        label: item.quantity > 1 ? `${item.productName} × ${item.quantity}` : item.productName,
        amountCents: item.unitPriceCents * item.quantity,
      })),
      subtotalCents: order.subtotalCents,
      discountCents: order.discountCents,
      taxCents: order.taxCents,
      totalCents: order.totalCents,
      currency: order.currency,
    },
    supportEmail: settings.supportEmail ?? undefined,
  });
}

/**
 * Takes away what an order gave, after a full refund or a lost dispute (`cause`): downloads and licenses
 * revoked, the affiliate's commission reversed (or owed back once approved).
 */
export async function revokeOrderAccess(
  ctx: ServiceContext,
  order: Order,
  now: Date,
  cause: RefundCause = 'refund',
): Promise<void> {
  await revokeGrantsForOrder(ctx, order.id, now);
  await revokeLicensesForOrder(ctx, order.id, now);
  await adjustCommissionForRefund(ctx, order, now, cause);
}
