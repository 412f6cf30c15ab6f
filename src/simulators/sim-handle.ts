import type { CallbackSender } from './core/callbacks';
import { defaultFaults, mergeFaults, type FaultConfig } from './core/faults';
import { applySettings } from './core/settings';
import { startSimServer, type SimServer, type SimServerOptions } from './core/sim-server';

export type SimName = 'dropcowboy' | 'octopush' | 'revicom';

/** What every simulator offers its owner (tests, the app's sandbox, npm run sim). */
export interface SimHandle<Settings> {
  readonly name: SimName;
  readonly baseUrl: string;
  readonly server: SimServer;
  readonly callbacks: CallbackSender;
  settings(): Settings;
  updateSettings(patch: Partial<Settings>): void;
  state(): unknown;
  reset(): void;
  close(): Promise<void>;
}

export interface SimParts<Settings> {
  readonly name: SimName;
  readonly server: Omit<SimServerOptions, 'admin' | 'faults' | 'name'> & { faults?: Partial<FaultConfig> | undefined };
  /** The simulator's own settings variable, read and replaced through these. */
  readonly settings: { get(): Settings; set(next: Settings): void };
  readonly callbacks: CallbackSender;
  state(): unknown;
  reset(): void;
  onClose?(): void;
}

/** Starts a simulator's server with its admin hooks, and returns the parts of its handle all simulators share. */
export async function startSim<Settings extends object>(parts: SimParts<Settings>): Promise<SimHandle<Settings>> {
  const update = (patch: Partial<Settings> | Record<string, unknown>) =>
    parts.settings.set(applySettings(parts.settings.get(), patch));
  const server = await startSimServer({
    ...parts.server,
    name: parts.name,
    faults: mergeFaults(defaultFaults, parts.server.faults ?? {}),
    admin: {
      state: parts.state,
      settings: parts.settings.get,
      updateSettings: update,
      callbacks: () => parts.callbacks.deliveries(),
      reset: parts.reset,
    },
  });
  return {
    name: parts.name,
    baseUrl: server.baseUrl,
    server,
    callbacks: parts.callbacks,
    settings: parts.settings.get,
    updateSettings: update,
    state: parts.state,
    reset: parts.reset,
    close: async () => {
      parts.onClose?.();
      parts.callbacks.close();
      await server.close();
    },
  };
}
