/**
 * The API shapes derived from the contract.
 * - BridgeApi is what the preload (or the harness stand-in) puts on `window.switchboard`:
 *   one named function per channel, answering with an envelope.
 * - ClientApi is what renderer code calls: the same names, resolving to the value or throwing.
 */
import type { ArgsOf, ContractShape, OutputOf } from './contract/channel';
import { channelName } from './contract/channel';
import type { Contract } from './contract';
import type { IpcResult } from './contract/result';

export type BridgeApiOf<C extends ContractShape> = {
  readonly [G in keyof C]: {
    readonly [M in keyof C[G]]: (...args: ArgsOf<C[G][M]>) => Promise<IpcResult<OutputOf<C[G][M]>>>;
  };
};

export type ClientApiOf<C extends ContractShape> = {
  readonly [G in keyof C]: {
    readonly [M in keyof C[G]]: (...args: ArgsOf<C[G][M]>) => Promise<OutputOf<C[G][M]>>;
  };
};

export type BridgeApi = BridgeApiOf<Contract>;
export type ClientApi = ClientApiOf<Contract>;

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
    for (const method of Object.keys(methods)) {
      const name = channelName(group, method);
      target[method] = (input?: unknown) => transport(name, input);
    }
    api[group] = Object.freeze(target);
  }
  return Object.freeze(api) as unknown as BridgeApiOf<C>;
}

/** The global the preload exposes; declared here so both sides agree on its name. */
export const BRIDGE_GLOBAL = 'switchboard';
