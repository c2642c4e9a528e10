// Generated SVG preview cards for the demo catalog: a gradient, a motif and the product's name.
export type PreviewStyle = {
  from: string;
  to: string;
  accent: string;
  motif: 'grid' | 'blocks' | 'sun' | 'code' | 'stack';
};

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function motif(style: PreviewStyle, variant: number): string {
  const a = style.accent;
  switch (style.motif) {
    case 'grid':
      return Array.from({ length: 6 }, (_, i) =>
        Array.from(
          { length: 4 },
          (_, j) =>
            `<rect x="${620 + i * 70}" y="${150 + j * 90 + variant * 10}" width="56" height="72" rx="10" fill="${a}" opacity="${0.25 + ((i + j + variant) % 4) * 0.18}"/>`,
        ).join(''),
      ).join('');
    case 'blocks':
      return `<rect x="640" y="140" width="380" height="460" rx="24" fill="#fff" opacity="0.92"/>${Array.from(
        { length: 7 },
        (_, i) =>
          `<rect x="680" y="${190 + i * 56}" width="${300 - ((i * 37 + variant * 23) % 140)}" height="18" rx="9" fill="${a}" opacity="0.7"/>`,
      ).join('')}`;
    case 'sun':
      return `<circle cx="820" cy="${330 + variant * 30}" r="170" fill="${a}" opacity="0.85"/><rect x="560" y="430" width="600" height="200" fill="#000" opacity="0.18"/>`;
    case 'code':
      return `<rect x="600" y="130" width="440" height="480" rx="18" fill="#0b1020" opacity="0.9"/>${Array.from(
        { length: 10 },
        (_, i) =>
          `<rect x="${640 + (i % 3) * 24}" y="${180 + i * 40}" width="${120 + ((i * 53 + variant * 31) % 200)}" height="14" rx="7" fill="${a}" opacity="0.85"/>`,
      ).join('')}`;
    case 'stack':
      return Array.from(
        { length: 4 },
        (_, i) =>
          `<rect x="${640 + i * 28}" y="${160 + i * 60}" width="300" height="220" rx="20" fill="#fff" opacity="${0.35 + i * 0.18}" stroke="${a}" stroke-width="4"/>`,
      ).join('');
  }
}

/** Splits text into lines of at most `width` characters, on word boundaries. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function createPreviewSvg(title: string, subtitle: string, style: PreviewStyle, variant = 0): string {
  // Text stays in the left half (the motif owns the right), so long names wrap instead of overlapping it.
  const titleLines = wrapWords(title, 15);
  const subtitleLines = wrapWords(subtitle, 28);
  const top = 375 - ((titleLines.length + subtitleLines.length) * 62) / 2;
  const titleText = titleLines
    .map((line, i) => `<tspan x="80" y="${top + 60 + i * 70}">${escapeXml(line)}</tspan>`)
    .join('');
  const subtitleTop = top + 60 + titleLines.length * 70 + 10;
  const subtitleText = subtitleLines
    .map((line, i) => `<tspan x="80" y="${subtitleTop + i * 40}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="750" viewBox="0 0 1200 750" role="img" aria-label="${escapeXml(title)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${style.from}"/><stop offset="1" stop-color="${style.to}"/></linearGradient></defs>
<rect width="1200" height="750" fill="url(#g)"/>
${motif(style, variant)}
<text font-family="Inter, Helvetica, Arial, sans-serif" font-size="60" font-weight="700" fill="#fff">${titleText}</text>
<text font-family="Inter, Helvetica, Arial, sans-serif" font-size="30" fill="#fff" opacity="0.85">${subtitleText}</text>
</svg>`;
}
