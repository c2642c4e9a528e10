// Pulls the web links out of a rendered email so the dev outbox can print them to the log: with no
// real mail provider, that is how a developer clicks a magic link or a download button.
const hrefPattern = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function decodeAttribute(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

// Only http(s) links, each once, in the order they appear; mailto links are not worth logging.
export function extractLinks(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(hrefPattern)) {
    const link = decodeAttribute((match[1] ?? match[2] ?? '').trim());
    if (/^https?:\/\//i.test(link)) links.add(link);
  }
  return [...links];
}
