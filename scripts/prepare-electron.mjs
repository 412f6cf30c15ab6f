// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules' own
// build (for Node: tests, harness, command line) untouched. The Electron main process loads
// this copy through better-sqlite3's `nativeBinding` option. keytar is N-API and needs nothing.
// Needs the internet (Electron headers or a prebuilt binary); run by `npm start`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
const target = join(root, '.electron-native', `better_sqlite3-${sqliteVersion}-electron-${electronVersion}-${process.arch}.node`);

if (existsSync(target)) process.exit(0);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
const work = mkdtempSync(join(tmpdir(), 'switchboard-electron-native-'));
const copy = join(work, 'better-sqlite3');
cpSync(sqliteDir, copy, { recursive: true, filter: (src) => !src.includes(`${join(sqliteDir, 'build')}`) });
const local = createRequire(join(copy, 'package.json'));

const attempt = (command, args) => spawnSync(command, args, { cwd: copy, stdio: 'inherit' }).status === 0;
const prebuilt = () =>
  attempt(process.execPath, [
    local.resolve('prebuild-install/bin.js'),
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    `--platform=${process.platform}`,
  ]);
const compiled = () =>
  attempt('npx', [
    '--yes',
    'node-gyp',
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
  ]);

const ok = prebuilt() || compiled();
const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
if (!ok || !existsSync(built)) {
  console.error('Could not build better-sqlite3 for Electron: this needs the internet (electronjs.org or GitHub releases).');
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(built, target);
rmSync(work, { recursive: true, force: true });
console.log(`Ready: ${target}`);
