// The HTML a download link opens: the product, its files with one Download button (a POST form) each,
// and what is left of the link; or a short page saying why the link no longer works. Plain server-rendered
// HTML with inline styles, so it works without the web app, without JavaScript and under a strict CSP.
// Every interpolated value goes through escapeHtml.
import { escapeHtml } from '@shelf/email';
import { formatDate, formatFileSize } from '@shelf/format';
import type { DownloadGrantModel, DownloadRefusal } from './downloads.service.ts';

const styles = `
*{box-sizing:border-box}
body{margin:0;background:#f4f4f5;color:#18181b;font:16px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:38rem;margin:0 auto;padding:3rem 1rem}
.card{background:#fff;border:1px solid #e4e4e7;border-radius:12px;padding:2rem}
.store{margin:0 0 .25rem;color:#52525b;font-size:.875rem;text-transform:uppercase;letter-spacing:.05em}
h1{margin:0 0 .5rem;font-size:1.5rem;line-height:1.25}
.access{margin:0 0 1.5rem;color:#52525b}
ul{list-style:none;margin:0;padding:0}
li{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding:.875rem 0;border-top:1px solid #e4e4e7}
.name{margin:0;font-weight:600;overflow-wrap:anywhere}
.size{margin:0;color:#52525b;font-size:.875rem}
form{margin:0;flex-shrink:0}
button{font:inherit;font-weight:600;color:#fff;background:#18181b;border:0;border-radius:8px;padding:.625rem 1.125rem;cursor:pointer}
button:hover{background:#3f3f46}
button:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.note{margin:1.5rem 0 0;color:#52525b;font-size:.875rem}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<main>
<div class="card">
${body}
</div>
</main>
</body>
</html>
`;
}

function describeAccess(grant: DownloadGrantModel): string {
  const left =
    grant.downloadsLeft === null
      ? 'Unlimited downloads'
      : `${grant.downloadsLeft} of ${grant.limit} ${grant.limit === 1 ? 'download' : 'downloads'} left`;
  // The server cannot know the reader's time zone, so the zone is spelled out.
  const until = grant.expiresAt
    ? `, until <time datetime="${grant.expiresAt.toISOString()}">${escapeHtml(formatDate(grant.expiresAt, { withTime: true }))}</time>`
    : '';
  return `${escapeHtml(left)}${until}.`;
}

export function renderDownloadPage(options: {
  storeName: string;
  grant: DownloadGrantModel;
  /** A fresh key per page view: a double click on one button sends it twice and counts once. */
  attemptKey: string;
}): string {
  const { storeName, grant } = options;
  const files = grant.files
    .map(
      (file) => `<li>
<div>
<p class="name">${escapeHtml(file.name)}</p>
<p class="size">${escapeHtml(formatFileSize(file.size))}</p>
</div>
<form method="post">
<input type="hidden" name="file" value="${escapeHtml(file.id)}">
<input type="hidden" name="attempt" value="${escapeHtml(options.attemptKey)}">
<button type="submit" aria-label="Download ${escapeHtml(file.name)}">Download</button>
</form>
</li>`,
    )
    .join('\n');
  const body = `<p class="store">${escapeHtml(storeName)}</p>
<h1>${escapeHtml(grant.productName)}</h1>
<p class="access">${describeAccess(grant)}</p>
${grant.files.length > 0 ? `<ul aria-label="Files">\n${files}\n</ul>` : '<p>This product has no files yet.</p>'}
<p class="note">Each click on Download counts as one download. Keep this link private.</p>`;
  return layout(`${grant.productName} · ${storeName}`, body);
}

const refusalText: Record<DownloadRefusal, { title: string; message: string }> = {
  not_found: {
    title: 'Download link not found',
    message: 'This link does not lead to a download. Check that you copied the whole link from your email.',
  },
  unknown_file: {
    title: 'File not found',
    message:
      'This file is not part of this download. Go back to the download page and pick a file from the list.',
  },
  revoked: {
    title: 'Download link no longer valid',
    message: 'This link was withdrawn, usually because the order was refunded.',
  },
  expired: {
    title: 'Download link expired',
    message: 'The time to download these files has passed.',
  },
  exhausted: {
    title: 'No downloads left',
    message: 'This link has been used as many times as it allows.',
  },
  unpaid: {
    title: 'Order not paid',
    message: 'Files become available as soon as the payment for this order has gone through.',
  },
};

export function renderRefusalPage(options: { storeName: string; reason: DownloadRefusal }): string {
  const { title, message } = refusalText[options.reason];
  const body = `<p class="store">${escapeHtml(options.storeName)}</p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p class="note">If you think this is a mistake, reply to your order email and we will help.</p>`;
  return layout(`${title} · ${options.storeName}`, body);
}

export function renderErrorPage(storeName: string): string {
  return layout(
    `Something went wrong · ${storeName}`,
    `<p class="store">${escapeHtml(storeName)}</p>
<h1>Something went wrong</h1>
<p>Please try again in a moment.</p>`,
  );
}
