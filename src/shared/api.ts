/**
 * The API shapes derived from the contract.
 * - BridgeApi is what the preload (or the harness stand-in) puts on `window.switchboard`:
 *   one named function per channel, answering with an envelope.
 * - ClientApi is what renderer code calls: the same names, resolving to the value or throwing.
 */
import type { ArgsOf, ContractShape, OutputOf, PageMethods } from './contract/channel';
import { channelName } from './contract/channel';
import type { Contract } from './contract';
import type { IpcResult } from './contract/result';

export type BridgeApiOf<C extends ContractShape> = {
  readonly [G in keyof C]: {
    readonly [M in keyof PageMethods<C[G]>]: (...args: ArgsOf<C[G][M]>) => Promise<IpcResult<OutputOf<C[G][M]>>>;
  };
};

export type ClientApiOf<C extends ContractShape> = {
  readonly [G in keyof C]: {
    readonly [M in keyof PageMethods<C[G]>]: (...args: ArgsOf<C[G][M]>) => Promise<OutputOf<C[G][M]>>;
  };
};

/**
 * What the page can do with things of its own that main cannot see: hand over a File the operator
 * dropped or picked, and save an export where the operator chooses. Implemented by the preload
 * (through the preload-only channels) and by the harness bridge (upload and download over loopback).
 */
export interface PlatformApi {
  registerFile(file: File): Promise<IpcResult<OutputOf<Contract['files']['registerPath']>>>;
  saveDownload(downloadId: string, suggestedName: string): Promise<IpcResult<OutputOf<Contract['files']['saveDownload']>>>;
}

export type BridgeApi = BridgeApiOf<Contract> & { readonly platform: PlatformApi };

type Unwrapped<F> = F extends (...args: infer A) => Promise<IpcResult<infer T>> ? (...args: A) => Promise<T> : never;
export type ClientApi = ClientApiOf<Contract> & {
  readonly platform: { readonly [K in keyof PlatformApi]: Unwrapped<PlatformApi[K]> };
};

/** How a bridge reaches main: Electron's ipcRenderer.invoke, or the harness's loopback HTTP. */
export type Transport = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

/**
 * Builds the named bridge API for a contract. Only channels of the contract get a function;
 * there is no way to call an arbitrary channel through the result.
 */
export function buildBridgeApi<C extends ContractShape>(contract: C, transport: Transport): BridgeApiOf<C> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<IpcResult<unknown>>>> = {};
  for (const [group, methods] of Object.entries(contract)) {
    const target: Record<string, (input?: unknown) => Promise<IpcResult<unknown>>> = {};
    for (const [method, spec] of Object.entries(methods)) {
      if (spec.exposure === 'preload') continue;
      const name = channelName(group, method);
      target[method] = (input?: unknown) => transport(name, input);
    }
    api[group] = Object.freeze(target);
  }
  return Object.freeze(api) as unknown as BridgeApiOf<C>;
}

/** The global the preload exposes; declared here so both sides agree on its name. */
export const BRIDGE_GLOBAL = 'switchboard';
