/**
 * The app's user-data folder, computed the way Electron computes app.getPath('userData') for an app
 * named "Switchboard", so the command line and the app share one database by default.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Switchboard';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), APP_NAME);
}
