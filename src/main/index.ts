/**
 * Electron entry point: lifecycle only. Everything the app does is in ./core, which runs the
 * same under plain Node (tests, browser harness, command line).
 */
import sqlitePackage from 'better-sqlite3/package.json';
import { app, BrowserWindow, dialog } from 'electron';
import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppCore, type AppCore } from './core/app-core';
import { createKeytarStore } from './core/secrets/keytar-store';
import { registerIpc } from './ipc';
import { createMainWindow, hardenWebContents } from './window';

let core: AppCore | null = null;

/** The Electron build of better-sqlite3 made by scripts/prepare-electron.mjs, when running from source. */
function sqliteBinding(): string | undefined {
  const name = `better_sqlite3-${sqlitePackage.version}-electron-${process.versions.electron}-${process.arch}.node`;
  const file = join(app.getAppPath(), '.electron-native', name);
  return existsSync(file) ? file : undefined;
}
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Two instances would fight over the database and double-send; hand over to the first one.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    const origin = {
      rendererFileUrl: pathToFileURL(join(__dirname, '../renderer/index.html')).href,
      devServerUrl: !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null,
    };
    core = createAppCore({
      dataDir: app.getPath('userData'),
      // The override exists for the Electron end-to-end test, which must not touch real items.
      secrets: createKeytarStore({ service: process.env['SWITCHBOARD_KEYCHAIN_SERVICE'] }),
      version: app.getVersion(),
      validateResults: !app.isPackaged,
      sqliteBinding: sqliteBinding(),
      saveDownload: async (download) => {
        const options = { defaultPath: download.suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }] };
        const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return { saved: false, path: null };
        await copyFile(download.path, choice.filePath);
        return { saved: true, path: choice.filePath };
      },
    });
    await core.ready;
    hardenWebContents(origin);
    registerIpc(core.dispatcher, origin, core.logger);
    mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), origin);
    mainWindow.on('closed', () => (mainWindow = null));

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        mainWindow = createMainWindow(join(__dirname, '../preload/index.js'), origin);
      }
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (!core) return;
    // Closing waits for the simulators and the database; quit once that is done.
    event.preventDefault();
    const closing = core;
    core = null;
    void closing.close().finally(() => app.quit());
  });
}
