// Renders the delivery email for a paid order from what the order actually grants.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Order } from '@shelf/db';
import { type RenderedEmail, renderDeliveryEmail } from '@shelf/email';
import { loadOrderAccess } from './order-access.ts';

export async function composeDeliveryEmail(
  em: EntityManager,
  order: Order,
  options: {
    storeName: string;
    apiPublicUrl: string;
    downloadSecret: string;
    supportEmail: string | null;
  },
): Promise<RenderedEmail> {
  const access = await loadOrderAccess(em, order, options);
  return renderDeliveryEmail({
    storeName: options.storeName,
    orderNumber: String(order.number),
    customerName: order.customer?.name ?? null,
    items: access.map((item) => ({
      productName: item.productName,
      downloadPageUrl: item.downloadPageUrl,
      files: item.files,
      licenseKeys: item.licenseKeys,
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
    supportEmail: options.supportEmail ?? undefined,
  });
}
