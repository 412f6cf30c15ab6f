// Lint, and the process boundaries: only the thin Electron glue may import `electron`; the
// renderer and shared code may import nothing that needs Node.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** The only files allowed to import electron. */
export const electronGlue = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/ipc.ts',
  'src/preload/index.ts',
  'tests/electron/**',
];

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = {
  name: 'electron',
  message:
    'Only the Electron glue (src/main/{index,window,ipc}.ts, src/preload) may import electron; put logic in src/main/core.',
};
const browserOnly = [
  noElectron,
  ...['keytar', 'better-sqlite3', 'undici', 'esbuild'].map((name) => ({
    name,
    message: 'Runs in main only; reach it through the IPC contract.',
  })),
  ...nodeBuiltins.map((name) => ({ name, message: 'Renderer and shared code run in the browser: no Node modules.' })),
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.tmp/**', '.dev-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: electronGlue,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.ts', 'src/harness/bridge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserOnly,
          patterns: [
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through the IPC contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly' } },
  },
);
