// One purchased product in the delivery email: its Download button, the files the download page
// will list, its license keys and the real limits of its link.
import { formatFileSize } from '@shelf/format';
import { type DateFormatOptions, describeDownloadAccess } from './describe-download-access.ts';
import {
  renderButton,
  renderCodeBox,
  renderHeading,
  renderSmallPrint,
  renderTwoColumnRows,
} from './email-components.ts';
import { html, type SafeHtml } from './safe-html.ts';

export type DeliveryFile = { name: string; sizeBytes: number };

export type DeliveryItem = {
  productName: string;
  // The download page, which lists the files; opening it never uses up a download.
  downloadPageUrl: string | null;
  files: readonly DeliveryFile[];
  licenseKeys: readonly string[];
  downloadLimit: number | null;
  expiresAt: Date | null;
};

const licenseLabel = (count: number) => (count === 1 ? 'License key' : 'License keys');

export function renderDeliveryItemHtml(item: DeliveryItem, formats: DateFormatOptions): SafeHtml {
  const files = item.files.map((file) => ({
    label: file.name,
    value: formatFileSize(file.sizeBytes, { locale: formats.locale }),
  }));
  return html`${renderHeading(item.productName, 2)}
${item.downloadPageUrl && renderButton('Download', item.downloadPageUrl)}
${files.length > 0 && renderTwoColumnRows(files)}
${item.downloadPageUrl && renderSmallPrint(describeDownloadAccess(item, formats))}
${item.licenseKeys.length > 0 && [renderSmallPrint(licenseLabel(item.licenseKeys.length)), renderCodeBox(item.licenseKeys)]}`;
}

export function renderDeliveryItemText(item: DeliveryItem, formats: DateFormatOptions): string {
  const lines = [item.productName, '-'.repeat(Math.min(item.productName.length, 60))];
  if (item.downloadPageUrl) lines.push(`Download: ${item.downloadPageUrl}`);
  if (item.files.length > 0) {
    lines.push('Files:');
    for (const file of item.files)
      lines.push(`  - ${file.name} (${formatFileSize(file.sizeBytes, { locale: formats.locale })})`);
  }
  if (item.downloadPageUrl) lines.push(describeDownloadAccess(item, formats));
  if (item.licenseKeys.length > 0) {
    lines.push(`${licenseLabel(item.licenseKeys.length)}:`);
    for (const key of item.licenseKeys) lines.push(`  ${key}`);
  }
  return lines.join('\n');
}
