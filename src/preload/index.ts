/**
 * Preload: exposes one named function per contract channel on window.switchboard. There is no
 * generic invoke; the page can reach exactly the channels the contract declares.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, buildBridgeApi } from '../shared/api';
import { contract } from '../shared/contract';
import type { IpcResult } from '../shared/contract/result';

const api = buildBridgeApi(contract, (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>);
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
