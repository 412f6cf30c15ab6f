import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { cspMetaTag } from './src/main/core/security/csp';

/** Writes the one CSP (src/main/core/security/csp.ts) into the built index.html. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'switchboard-csp',
    transformIndexHtml: (html) => html.replace('<!-- CSP -->', cspMetaTag()),
  };
}

export default defineConfig({
  main: {
    build: {
      // Worker threads are separate entries, built next to index.js (see core/workers/worker-script.ts).
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'import-worker': resolve(__dirname, 'src/main/core/contacts/import/import-worker.ts'),
          'writer-worker': resolve(__dirname, 'src/main/core/contacts/import/writer-worker.ts'),
          'reader-worker': resolve(__dirname, 'src/main/core/contacts/reader/reader-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but electron: bundle zod and our code into it.
      externalizeDeps: false,
      rollupOptions: {
        input: resolve(__dirname, 'src/preload/index.ts'),
        external: ['electron'],
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
