/**
 * Browser harness: the stand-in for the Electron preload. It puts the same named API on
 * window.switchboard, carried over loopback HTTP to the real main-process handlers hosted in
 * Node. The per-run token arrives in the URL fragment (never sent to the server in a URL, never
 * logged) and is kept in sessionStorage so a reload keeps working.
 */
import { BRIDGE_GLOBAL, buildBridgeApi, type PlatformApi } from '../../shared/api';
import { contract } from '../../shared/contract';
import type { IpcResult } from '../../shared/contract/result';

const TOKEN_KEY = 'switchboard-harness-token';

const fragment = new URLSearchParams(location.hash.slice(1));
const fromUrl = fragment.get('token');
if (fromUrl) {
  sessionStorage.setItem(TOKEN_KEY, fromUrl);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionStorage.getItem(TOKEN_KEY) ?? '';

async function transport(channel: string, input: unknown): Promise<IpcResult<unknown>> {
  const response = await fetch(`./__harness/ipc/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-switchboard-token': token },
    body: JSON.stringify(input === undefined ? {} : { input }),
  });
  if (!response.ok) {
    return { ok: false, error: { code: 'forbidden', message: `The harness bridge refused the call (HTTP ${response.status}).` } };
  }
  return (await response.json()) as IpcResult<unknown>;
}

/** No paths in a browser: files are uploaded to the harness, exports downloaded from it. */
const platform: PlatformApi = {
  registerFile: async (file) => {
    const response = await fetch(`./__harness/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'x-switchboard-token': token },
      body: file,
    });
    if (!response.ok)
      return { ok: false, error: { code: 'forbidden', message: `The harness refused the file (HTTP ${response.status}).` } };
    return (await response.json()) as Awaited<ReturnType<PlatformApi['registerFile']>>;
  },
  saveDownload: async (downloadId, suggestedName) => {
    const link = document.createElement('a');
    link.href = `./__harness/download/${encodeURIComponent(downloadId)}?token=${encodeURIComponent(token)}`;
    link.download = suggestedName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    return { ok: true, value: { saved: true, path: null } };
  },
};

Object.defineProperty(window, BRIDGE_GLOBAL, {
  value: Object.freeze({ ...buildBridgeApi(contract, transport), platform }),
  writable: false,
  configurable: false,
  enumerable: true,
});
