/**
 * `npm run sim`: starts the Drop Cowboy, Octopush and Revicom simulators on loopback and prints
 * their URLs and sandbox credentials (`-- --json` prints one JSON line for scripts).
 *
 *   --dropcowboy-port N  --octopush-port N  --revicom-port N   fixed ports (default: any free one)
 *   --dropcowboy-webhook URL   the account's default RVM/SMS webhook
 *   --octopush-callback URL    the account's delivery-report callback
 *   --seed N                   random seed for outcomes and faults
 *   --config FILE              JSON: {dropcowboy|octopush|revicom: {settings, faults}}
 * Each simulator also serves /__admin/{requests,faults,settings,state,callbacks,reset}.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeSimulators, startSimulators, type SimulatorsOptions } from './start';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'dropcowboy-port': { type: 'string' },
    'octopush-port': { type: 'string' },
    'revicom-port': { type: 'string' },
    'dropcowboy-webhook': { type: 'string' },
    'octopush-callback': { type: 'string' },
    seed: { type: 'string' },
    config: { type: 'string' },
  },
});

const port = (value: string | undefined) => (value === undefined ? undefined : Number(value));

async function main(): Promise<void> {
  const config = (values.config ? JSON.parse(readFileSync(values.config, 'utf8')) : {}) as SimulatorsOptions;
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  const sims = await startSimulators({
    dropcowboy: {
      ...config.dropcowboy,
      port: port(values['dropcowboy-port']),
      seed,
      webhookUrl: values['dropcowboy-webhook'] ?? null,
      adminHttp: true,
    },
    octopush: {
      ...config.octopush,
      port: port(values['octopush-port']),
      seed,
      callbackUrl: values['octopush-callback'] ?? null,
      adminHttp: true,
    },
    revicom: { ...config.revicom, port: port(values['revicom-port']), seed, adminHttp: true },
  });
  const described = describeSimulators(sims);
  if (values.json) {
    process.stdout.write(JSON.stringify(described) + '\n');
  } else {
    console.log(`Switchboard provider simulators (Ctrl+C to stop)

Drop Cowboy  ${described.dropcowboy.baseUrl}
  team_id ${described.dropcowboy.teamId}   secret ${described.dropcowboy.secret}
Octopush     ${described.octopush.baseUrl}
  api-login ${described.octopush.apiLogin}   api-key ${described.octopush.apiKey}
Revicom      ${described.revicom.baseUrl}
  token ${described.revicom.token}   (a TOKEN_2 that gets 403: ${sims.revicom.tokens.systemToken})

Admin: GET/POST <origin>/__admin/{requests,faults,settings,state,callbacks,reset}`);
  }
  const stop = () => void sims.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
