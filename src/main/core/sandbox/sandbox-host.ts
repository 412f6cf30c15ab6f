/**
 * The sandbox: the three provider simulators, running inside the main process on loopback. They
 * start on first use, so an app that never touches a sandbox profile never opens a port.
 */
import type { ProviderId } from '../../../shared/providers';
import { DROPCOWBOY_SANDBOX } from '../../../simulators/dropcowboy/server';
import { OCTOPUSH_SANDBOX } from '../../../simulators/octopush/server';
import { REVICOM_SANDBOX } from '../../../simulators/revicom/server';
import { startSimulators, type Simulators, type SimulatorsOptions } from '../../../simulators/start';

export interface SandboxHost {
  /** Starts the simulators if needed; resolves when they listen. */
  simulators(): Promise<Simulators>;
  baseUrl(provider: ProviderId): Promise<string>;
  /** The base URLs while running, or null before the first use. */
  running(): Record<ProviderId, string> | null;
  close(): Promise<void>;
}

/** The credentials the built-in simulators accept, used for the sandbox profiles made on first start. */
export const sandboxCredentials = {
  dropcowboy: { identifier: DROPCOWBOY_SANDBOX.teamId, secret: DROPCOWBOY_SANDBOX.secret },
  octopush: { identifier: OCTOPUSH_SANDBOX.apiLogin, secret: OCTOPUSH_SANDBOX.apiKey },
  revicom: { identifier: null, secret: REVICOM_SANDBOX.token },
} as const;

export function createSandboxHost(options: SimulatorsOptions = {}): SandboxHost {
  let starting: Promise<Simulators> | null = null;
  let sims: Simulators | null = null;
  const host: SandboxHost = {
    simulators: () =>
      (starting ??= startSimulators(options).then((started) => {
        sims = started;
        return started;
      })),
    baseUrl: async (provider) => (await host.simulators())[provider].baseUrl,
    running: () =>
      sims ? { dropcowboy: sims.dropcowboy.baseUrl, octopush: sims.octopush.baseUrl, revicom: sims.revicom.baseUrl } : null,
    close: async () => {
      if (starting) await (await starting).close();
      starting = null;
      sims = null;
    },
  };
  return host;
}
