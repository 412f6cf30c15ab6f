/**
 * The process boundaries are enforced by the lint config; these tests prove the rules bite,
 * and list which files import electron (it must be exactly the glue).
 */
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/files';

const root = join(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('process boundaries', () => {
  it('core code may not import electron', async () => {
    expect(
      await restrictedImports("import { app } from 'electron';\nexport const x = app;\n", 'src/main/core/whatever.ts'),
    ).toHaveLength(1);
  });

  it('the glue may import electron', async () => {
    expect(await restrictedImports("import { app } from 'electron';\nexport const x = app;\n", 'src/main/window.ts')).toEqual([]);
  });

  it('renderer code may not import Node modules, main-only packages or main code', async () => {
    const file = 'src/renderer/src/Anything.tsx';
    expect(
      await restrictedImports("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", file),
    ).toHaveLength(1);
    expect(await restrictedImports("import path from 'path';\nexport const x = path;\n", file)).toHaveLength(1);
    expect(await restrictedImports("import keytar from 'keytar';\nexport const x = keytar;\n", file)).toHaveLength(1);
    expect(
      await restrictedImports(
        "import { createAppCore } from '../../main/core/app-core';\nexport const x = createAppCore;\n",
        file,
      ),
    ).toHaveLength(1);
    expect(await restrictedImports("import { z } from 'zod';\nexport const x = z;\n", file)).toEqual([]);
  });

  it('shared code may not import Node modules', async () => {
    expect(
      await restrictedImports("import { randomUUID } from 'node:crypto';\nexport const x = randomUUID;\n", 'src/shared/x.ts'),
    ).toHaveLength(1);
  });

  it('only the glue imports electron', () => {
    const importsElectron = listFiles(join(root, 'src'))
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .filter((file) => /from ['"]electron['"]|require\(['"]electron['"]\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
      .sort();
    expect(importsElectron).toEqual(['src/main/index.ts', 'src/main/ipc.ts', 'src/main/window.ts', 'src/preload/index.ts']);
  });
});
