/**
 * Starts the three simulators together: for `npm run sim`, for tests, and inside the app's main
 * process as the sandbox.
 */
import { startDropCowboySim, type DropCowboySim, type DropCowboySimOptions } from './dropcowboy/server';
import { startOctopushSim, type OctopushSim, type OctopushSimOptions } from './octopush/server';
import { startRevicomSim, type RevicomSim, type RevicomSimOptions } from './revicom/server';

export interface Simulators {
  readonly dropcowboy: DropCowboySim;
  readonly octopush: OctopushSim;
  readonly revicom: RevicomSim;
  close(): Promise<void>;
}

export interface SimulatorsOptions {
  dropcowboy?: DropCowboySimOptions;
  octopush?: OctopushSimOptions;
  revicom?: RevicomSimOptions;
}

export async function startSimulators(options: SimulatorsOptions = {}): Promise<Simulators> {
  const [dropcowboy, octopush, revicom] = await Promise.all([
    startDropCowboySim(options.dropcowboy),
    startOctopushSim(options.octopush),
    startRevicomSim(options.revicom),
  ]);
  return {
    dropcowboy,
    octopush,
    revicom,
    close: async () => {
      await Promise.all([dropcowboy.close(), octopush.close(), revicom.close()]);
    },
  };
}

/** What `npm run sim -- --json` prints: where each simulator listens and how to sign in. */
export function describeSimulators(sims: Simulators) {
  return {
    dropcowboy: {
      baseUrl: sims.dropcowboy.baseUrl,
      teamId: sims.dropcowboy.credentials.teamId,
      secret: sims.dropcowboy.credentials.secret,
    },
    octopush: {
      baseUrl: sims.octopush.baseUrl,
      apiLogin: sims.octopush.credentials.apiLogin,
      apiKey: sims.octopush.credentials.apiKey,
    },
    revicom: { baseUrl: sims.revicom.baseUrl, token: sims.revicom.tokens.token },
  };
}
