// What the backup and restore commands share: how they read a folder given on the command line, and which
// secrets may come from the environment instead of $DATA_DIR/secrets.json.
import { isAbsolute, resolve } from 'node:path';

/** The variables that replace the generated secrets in $DATA_DIR/secrets.json (see @shelf/config). */
export const SECRET_VARIABLES = ['SESSION_SECRET', 'DOWNLOAD_SIGNING_SECRET', 'LICENSE_SIGNING_KEY'];

/** A relative path means the same folder from wherever the command runs: the workspace root, as DATA_DIR does. */
export function resolveFromRoot(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path);
}
