// Building blocks of the templates: table-based, inline-styled pieces that render the same in
// Gmail, Apple Mail and Outlook (which ignores most CSS on anything but table cells).

import { theme } from './email-theme.ts';
import { assertEmailUrl } from './email-url.ts';
import { type HtmlValue, html, type SafeHtml } from './safe-html.ts';

const bodyText = `font-family:${theme.font};font-size:16px;line-height:24px;color:${theme.text};`;
const smallText = `font-family:${theme.font};font-size:14px;line-height:20px;color:${theme.muted};`;

export function renderHeading(text: HtmlValue, level: 1 | 2 = 1): SafeHtml {
  const size = level === 1 ? '22px;line-height:30px' : '18px;line-height:26px';
  return html`<h${level} style="margin:0 0 12px;font-family:${theme.font};font-size:${size};font-weight:600;color:${theme.text};">${text}</h${level}>`;
}

export function renderParagraph(content: HtmlValue): SafeHtml {
  return html`<p style="margin:0 0 16px;${bodyText}">${content}</p>`;
}

export function renderSmallPrint(content: HtmlValue): SafeHtml {
  return html`<p style="margin:0 0 12px;${smallText}">${content}</p>`;
}

export function renderLink(label: HtmlValue, url: string): SafeHtml {
  return html`<a href="${assertEmailUrl(url)}" target="_blank" style="color:${theme.text};text-decoration:underline;word-break:break-all;">${label}</a>`;
}

// A "bulletproof" button: the coloured cell carries the background so Outlook, which drops
// padding and background on links, still shows a solid, tappable button.
export function renderButton(label: HtmlValue, url: string): SafeHtml {
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:4px 0 16px;">
<tr><td align="center" bgcolor="${theme.accent}" style="border-radius:6px;background-color:${theme.accent};">
<a href="${assertEmailUrl(url)}" target="_blank" style="display:inline-block;padding:12px 28px;font-family:${theme.font};font-size:16px;font-weight:600;line-height:20px;color:${theme.onAccent};text-decoration:none;border-radius:6px;">${label}</a>
</td></tr>
</table>`;
}

export function renderCodeBox(lines: readonly string[]): SafeHtml {
  const rows = lines.map((line, index) => [index > 0 ? html`<br>` : '', line]);
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;">
<tr><td style="padding:12px 14px;background-color:${theme.codeBackground};border:1px solid ${theme.border};border-radius:6px;font-family:${theme.mono};font-size:15px;line-height:22px;color:${theme.text};word-break:break-all;">${rows}</td></tr>
</table>`;
}

export function renderDivider(): SafeHtml {
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
<tr><td style="border-top:1px solid ${theme.border};font-size:0;line-height:0;">&nbsp;</td></tr>
</table>`;
}

export type TableRow = { label: HtmlValue; value: HtmlValue; emphasis?: boolean; ruled?: boolean };

// Two-column rows (file name and size, receipt label and amount) that stay side by side on phones.
export function renderTwoColumnRows(rows: readonly TableRow[]): SafeHtml {
  const cells = rows.map((row) => {
    const weight = row.emphasis ? 'font-weight:600;' : '';
    const rule = row.ruled ? `border-top:1px solid ${theme.border};` : '';
    const cellStyle = `padding:6px 0;${rule}${weight}font-family:${theme.font};font-size:15px;line-height:22px;color:${theme.text};`;
    return html`<tr><td style="${cellStyle}word-break:break-word;">${row.label}</td><td align="right" style="${cellStyle}padding-left:16px;white-space:nowrap;">${row.value}</td></tr>`;
  });
  return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;">${cells}</table>`;
}
