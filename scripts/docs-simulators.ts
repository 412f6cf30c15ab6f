/** `npm run docs:sim`: rewrites the generated settings tables in docs/simulators.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSettingsDoc, SETTINGS_BEGIN, SETTINGS_END } from '../src/simulators/settings-doc';

const file = join(__dirname, '..', 'docs', 'simulators.md');
const doc = readFileSync(file, 'utf8');
const start = doc.indexOf(SETTINGS_BEGIN);
const end = doc.indexOf(SETTINGS_END);
if (start < 0 || end < 0) throw new Error('docs/simulators.md has no settings markers');
writeFileSync(file, doc.slice(0, start) + renderSettingsDoc() + doc.slice(end + SETTINGS_END.length));
console.log('updated docs/simulators.md');
