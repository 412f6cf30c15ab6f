/**
 * Preload: exposes one named function per contract channel on window.switchboard. There is no
 * generic invoke; the page can reach exactly the channels the contract declares.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_GLOBAL, buildBridgeApi, type PlatformApi } from '../shared/api';
import { contract } from '../shared/contract';
import type { IpcResult } from '../shared/contract/result';

const invoke = <T>(channel: string, input: unknown) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<T>>;

// A dropped or picked File becomes a path here, in the preload, so the page never names one.
const platform: PlatformApi = {
  registerFile: (file) => invoke('files:registerPath', { path: webUtils.getPathForFile(file), name: file.name }),
  saveDownload: (downloadId) => invoke('files:saveDownload', { downloadId }),
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, { ...buildBridgeApi(contract, invoke), platform });
