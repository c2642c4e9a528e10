// Helpers for the plain-text part, which some clients show instead of the HTML and spam filters
// read alongside it: short blocks separated by blank lines, links written out in full.
export type TextBlock = string | null | undefined | false;

export function joinTextBlocks(blocks: readonly TextBlock[]): string {
  return `${blocks.filter((block): block is string => Boolean(block)).join('\n\n')}\n`;
}

// Pads labels so amounts line up in the monospace fonts most plain-text readers use.
export function alignTextRows(rows: ReadonlyArray<{ label: string; value: string }>, indent = '  '): string {
  const labelWidth = Math.max(0, ...rows.map((row) => row.label.length));
  const valueWidth = Math.max(0, ...rows.map((row) => row.value.length));
  return rows
    .map((row) => `${indent}${row.label.padEnd(labelWidth)}  ${row.value.padStart(valueWidth)}`)
    .join('\n');
}

// Subjects are a single header line: newlines would be rejected by the provider or, worse, fold.
export function toSubjectLine(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim();
}

export function greetingFor(customerName: string | null | undefined): string {
  const name = customerName?.replace(/\s+/g, ' ').trim();
  return name ? `Hi ${name},` : 'Hi there,';
}
