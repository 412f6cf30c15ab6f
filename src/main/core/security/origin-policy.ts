/**
 * Which URLs count as the app's own page, for IPC sender checks and navigation.
 * In production the page is one file:// URL; in development it is the Vite dev server.
 */
export interface AppOrigin {
  /** file:// URL of out/renderer/index.html. */
  readonly rendererFileUrl: string;
  /** http://localhost:5173 style origin while developing, else null. */
  readonly devServerUrl: string | null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is the app's own page (query and hash ignored). */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  const target = parse(url);
  if (!target) return false;
  if (target.protocol === 'file:') {
    const own = parse(origin.rendererFileUrl);
    return own !== null && own.protocol === 'file:' && own.pathname === target.pathname && target.host === own.host;
  }
  if (origin.devServerUrl) {
    const dev = parse(origin.devServerUrl);
    return dev !== null && dev.origin === target.origin;
  }
  return false;
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/**
 * Every window.open is denied. A plain https link (help pages, provider dashboards) is handed to
 * the OS browser instead, never opened inside the app.
 */
export function decideWindowOpen(url: string): WindowOpenDecision {
  const target = parse(url);
  return { action: 'deny', openExternally: target?.protocol === 'https:' ? target.href : null };
}

/** In-app navigation is allowed only to the app's own page (a reload). */
export function mayNavigate(url: string, origin: AppOrigin): boolean {
  return isAppUrl(url, origin);
}
