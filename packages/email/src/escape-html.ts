// HTML escaping for every value a template interpolates. Templates build markup from strings, so
// this is the one thing standing between a product called `<script>` and a broken (or hostile) email.
const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => replacements[char] ?? char);
}
