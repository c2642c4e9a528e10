export type { Config, EmailConfig, PaymentsConfig, StorageConfig } from './load-config.ts';
export { ConfigError, findWorkspaceRoot, loadConfig } from './load-config.ts';
export { loadOrCreateSecrets } from './secrets.ts';
