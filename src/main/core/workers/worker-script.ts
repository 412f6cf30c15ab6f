/**
 * Starts a worker thread. In the built app electron-vite bundles each worker next to main's
 * index.js; from source (tests, the harness, the command line) the TypeScript file is loaded
 * through tsx's register API, by absolute paths, so the working directory does not matter.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Worker name → its source file, relative to src/main/core. */
export const workerSources = {
  'writer-worker': 'contacts/import/writer-worker.ts',
  'import-worker': 'contacts/import/import-worker.ts',
  'reader-worker': 'contacts/reader/reader-worker.ts',
} as const;
export type WorkerName = keyof typeof workerSources;

/**
 * A smaller young generation than V8's default for these threads: an import allocates fast and
 * briefly, and with the default each thread's nursery alone held ~50 MB, which put a
 * million-row import over its 350 MB target without making it faster. (bench/import.ts runs its
 * reading stage with the same setting, as --max-semi-space-size=8.)
 */
export const IMPORT_YOUNG_GENERATION_MB = 24;

export function startWorker(name: WorkerName, options: WorkerOptions = {}): Worker {
  options = { ...options, resourceLimits: { maxYoungGenerationSizeMb: IMPORT_YOUNG_GENERATION_MB, ...options.resourceLimits } };
  // Bundled: next to this file, or one folder up when the bundler put this file in a chunk.
  if (__filename.endsWith('.js')) {
    const built = [join(__dirname, `${name}.js`), join(__dirname, '..', `${name}.js`)].find((p) => existsSync(p));
    if (built) return new Worker(built, options);
  }
  const coreDir = resolve(__dirname, '..');
  const tsxApi = createRequire(join(coreDir, 'noop.js')).resolve('tsx/cjs/api');
  const source = join(coreDir, workerSources[name]);
  const bootstrap = `require(${JSON.stringify(tsxApi)}).register(); require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { ...options, eval: true });
}
