// The whole test suite, as `npm test` runs it (and .ci/run after installing packages):
// lint, typecheck, build, unit tests (vitest), end-to-end tests (Playwright: Chromium, and
// Electron where a binary exists). Every step runs even when an earlier one fails, and the
// last line is the tally CI reads: "N passed, N failed" (skips are counted on the line before).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const tally = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${label}`);
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
  return ok;
}

/** A step that is one check of its own (lint, typecheck, build). */
function check(label, command, args) {
  if (run(label, command, args)) tally.passed++;
  else tally.failed++;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('lint (eslint, prettier)', 'bash', [
  '-c',
  `"${bin('eslint')}" --max-warnings=0 . && "${bin('prettier')}" --check . --log-level=warn`,
]);
check('typecheck (node, web, e2e)', 'bash', [
  '-c',
  ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json'].map((p) => `"${bin('tsc')}" -p ${p} --noEmit`).join(' && '),
]);
check('build (electron-vite)', bin('electron-vite'), ['build']);

// Unit tests: vitest's JSON report is jest-shaped.
const unitFile = join(results, 'unit.json');
const unitOk = run('unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${unitFile}`,
]);
const unit = readJson(unitFile);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
  if (!unitOk && unit.numFailedTests === 0) tally.failed++; // a crash outside any test
} else tally.failed++;

// End-to-end: a virtual display only matters for Electron, which needs one on Linux.
const e2eFile = join(results, 'e2e.json');
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run');
const e2eOk = needsDisplay
  ? run('end-to-end tests (Playwright)', 'xvfb-run', ['-a', bin('playwright'), 'test'])
  : run('end-to-end tests (Playwright)', bin('playwright'), ['test']);
const e2e = readJson(e2eFile);
if (e2e) {
  tally.passed += e2e.stats.expected + e2e.stats.flaky;
  tally.failed += e2e.stats.unexpected;
  tally.skipped += e2e.stats.skipped;
  if (!e2eOk && e2e.stats.unexpected === 0) tally.failed++;
  const skips = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const skip = (t.annotations ?? []).find((a) => a.type === 'skip');
        if (t.status === 'skipped') skips.push(`${spec.title}: ${skip?.description ?? 'skipped'}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of e2e.suites ?? []) walk(suite);
  for (const s of skips) lines.push(`skip ${s}`);
} else tally.failed++;

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${tally.skipped} skipped (listed above)`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
