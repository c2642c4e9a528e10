// What an API key may do: the one list of scopes. Every creator field asks for one of these
// (requireCreator / requireOwner); the GraphQL enum ApiKeyScope names the same list in upper case
// (`catalog:read` is CATALOG_READ). A signed-in owner or staff member holds every scope.
export const apiKeyScopes = [
  'catalog:read',
  'catalog:write',
  'orders:read',
  'orders:write',
  'licenses:read',
  'licenses:write',
  'affiliates:read',
  'affiliates:write',
  'webhooks:read',
  'webhooks:write',
  'emails:read',
  'emails:write',
  'settings:read',
  'settings:write',
  'users:read',
  'users:write',
] as const;

export type ApiKeyScope = (typeof apiKeyScopes)[number];

const known = new Set<string>(apiKeyScopes);

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return known.has(value);
}
