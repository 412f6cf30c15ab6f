/**
 * Electron glue: every contract channel is registered with ipcMain from the dispatcher's list,
 * and a call is answered only when it comes from the main frame of one of our own windows
 * showing our own page.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Dispatcher } from './core/ipc/dispatcher';
import type { Logger } from './core/log/logger';
import { isAppUrl, type AppOrigin } from './core/security/origin-policy';

export function registerIpc(dispatcher: Dispatcher, origin: AppOrigin, logger: Logger): void {
  const isTrusted = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    const win = BrowserWindow.fromWebContents(event.sender);
    return frame !== null && frame.parent === null && win !== null && isAppUrl(frame.url, origin);
  };

  for (const channel of dispatcher.channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrusted(event)) {
        logger.warn('IPC call from an untrusted sender ignored', { channel, url: event.senderFrame?.url ?? null });
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call Switchboard.' } };
      }
      return dispatcher.dispatch(channel, input);
    });
  }
}
