// Creator accounts: users, their sessions, magic-link tokens and API keys. Owned by the API module of the same name.

export { ApiKey } from './api-key.entity.ts';
export { type ApiKeyScope, apiKeyScopes, isApiKeyScope } from './api-key-scopes.ts';
export { type MagicLinkPurpose, MagicLinkToken, magicLinkPurposes } from './magic-link-token.entity.ts';
export { PortalSession, type PortalSessionKind, portalSessionKinds } from './portal-session.entity.ts';
export { Session } from './session.entity.ts';
export { User, type UserRole, userRoles } from './user.entity.ts';
