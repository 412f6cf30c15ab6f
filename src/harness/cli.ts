/**
 * `npm run dev:web`: serves the built renderer to a browser, backed by the real main-process
 * core. Options: --port N (default 5180), --data-dir DIR (default ./.dev-data).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    'data-dir': { type: 'string', default: '.dev-data' },
  },
});

const rendererDir = resolve('out/renderer');
if (!existsSync(rendererDir)) {
  console.error('out/renderer is missing: run `npm run build` first (npm run dev:web does it for you).');
  process.exit(1);
}

async function main(): Promise<void> {
  const harness = await startHarness({ dataDir: resolve(values['data-dir']), port: Number(values.port), echoLogs: true });
  console.log(`Switchboard browser harness
  open:      ${harness.url}
  data:      ${resolve(values['data-dir'])}
  stop with Ctrl+C`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
