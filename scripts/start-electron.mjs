// `npm start`: the real desktop app. Checks that Electron's binary is installed, builds the
// Electron copy of the native SQLite module if needed, then builds and starts the app.
// `npm start -- --dev` starts electron-vite's dev server with hot reload instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));

let binary;
try {
  binary = require('electron');
} catch {
  binary = null;
}
if (typeof binary !== 'string' || !existsSync(binary)) {
  console.error(
    'Electron’s binary is not installed (was npm install run with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or offline?).\n' +
      'Fetch it with:  node node_modules/electron/install.js\n' +
      'Without it, try the app in a browser instead:  npm run dev:web',
  );
  process.exit(1);
}

const run = (command, args) => {
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (child.status !== 0) process.exit(child.status ?? 1);
};
run(process.execPath, [join(root, 'scripts/prepare-electron.mjs')]);
const bin = join(root, 'node_modules', '.bin', 'electron-vite');
run(bin, process.argv.includes('--dev') ? ['dev'] : ['preview']);
