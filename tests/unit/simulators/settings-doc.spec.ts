import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSettingsDoc } from '../../../src/simulators/settings-doc';
import { dropCowboySettingsSpec } from '../../../src/simulators/dropcowboy/settings';
import { octopushSettingsSpec } from '../../../src/simulators/octopush/settings';
import { revicomSettingsSpec } from '../../../src/simulators/revicom/settings';

describe('docs/simulators.md', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/simulators.md'), 'utf8');

  it('holds the settings tables generated from the code (run npm run docs:sim after changing a setting)', () => {
    expect(doc).toContain(renderSettingsDoc());
  });

  it('documents every setting with what is unknown and why its default', () => {
    for (const spec of [dropCowboySettingsSpec, octopushSettingsSpec, revicomSettingsSpec]) {
      for (const [key, setting] of Object.entries(spec)) {
        expect(doc).toContain(`| \`${key}\` |`);
        expect((setting as { unknown: string }).unknown.length).toBeGreaterThan(10);
        expect((setting as { why: string }).why.length).toBeGreaterThan(5);
      }
    }
  });
});
