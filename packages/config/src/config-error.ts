// The one error a bad environment raises: its message is a single line naming the variable to fix.
export class ConfigError extends Error {
  override name = 'ConfigError';
}
