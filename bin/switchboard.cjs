#!/usr/bin/env node
// The command line: `npx switchboard import|export …`. Runs the TypeScript sources through tsx,
// so it works in a fresh clone with no build step.
const { join } = require('node:path');
require('tsx/cjs/api').register();
require(join(__dirname, '..', 'src', 'cli', 'main.ts'));
