// The few colours and font stacks every template shares. Inline styles are the only styling most
// email clients honour, so these are interpolated into style attributes rather than a stylesheet.
export const theme = {
  page: '#f4f4f5',
  card: '#ffffff',
  border: '#e4e4e7',
  text: '#18181b',
  muted: '#71717a',
  accent: '#18181b',
  onAccent: '#ffffff',
  codeBackground: '#f4f4f5',
  font: '-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica, Arial, sans-serif',
  mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, Liberation Mono, monospace',
} as const;
