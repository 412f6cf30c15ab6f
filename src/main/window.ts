/**
 * Electron glue: the main window and the rules every web contents must obey. The decisions
 * themselves (options, CSP, which URLs are ours) live in core/security as plain, tested data.
 */
import { app, BrowserWindow, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from './core/security/csp';
import { decideWindowOpen, mayNavigate, type AppOrigin } from './core/security/origin-policy';
import { mainWindowOptions } from './core/security/window-options';

export function hardenWebContents(origin: AppOrigin): void {
  // Sent as a header too, so the dev server's pages get the same policy as the built file.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternally) void shell.openExternal(decision.openExternally);
      return { action: decision.action };
    });
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url, origin)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url, origin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function createMainWindow(preloadPath: string, origin: AppOrigin): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  if (origin.devServerUrl) void win.loadURL(origin.devServerUrl);
  else void win.loadURL(origin.rendererFileUrl);
  return win;
}
